import { useTranslation } from 'react-i18next';
import type { AppInfo } from '../../../shared/contract';
import type { CredentialStatus } from '../../../shared/credentials';
import { LanguageSelect } from '../../components/LanguageSelect';
import { RamPolicy } from '../../credentials/RamPolicy';
import { danlu } from '../../lib/danlu';
import { ErrorNote } from '../../lib/ErrorNote';
import { useLoad } from '../../lib/use-load';
import { PageHeader } from '../PageHeader';
import { AccessCard } from './AccessCard';
import { CredentialsCard } from './CredentialsCard';
import { DesktopCard } from './DesktopCard';
import { DiagnosticsCard } from './DiagnosticsCard';
import { PreferencesForm } from './PreferencesForm';
import { UpdatesCard } from './UpdatesCard';
import { WebhookCard } from './WebhookCard';

export function SettingsPage({ info, onCredentials }: { info: AppInfo; onCredentials(s: CredentialStatus): void }) {
  const { t } = useTranslation();
  const settings = useLoad(() => danlu().settings.get(), []);
  const credentials = useLoad(() => danlu().credentials.status(), []);

  return (
    <section data-testid="page-settings">
      <PageHeader title={t('shell.pages.settings.title')} intro={t('shell.pages.settings.intro')} />
      <div className="card">
        <LanguageSelect locale={info.locale} />
      </div>
      <ErrorNote error={credentials.error} />
      {credentials.data && (
        <CredentialsCard
          status={credentials.data}
          onChanged={(s) => {
            credentials.set(s);
            onCredentials(s);
          }}
        />
      )}
      <div className="card">
        <h2>{t('account.credentials.ramTitle')}</h2>
        <RamPolicy />
      </div>
      {settings.data && <PreferencesForm settings={settings.data} onSaved={settings.set} />}
      {settings.data && <AccessCard settings={settings.data} onSaved={settings.set} />}
      <WebhookCard />
      {settings.data && <DesktopCard settings={settings.data} onSaved={settings.set} />}
      {settings.data && <UpdatesCard settings={settings.data} onSaved={settings.set} />}
      <DiagnosticsCard />
      <div className="card">
        <h2>{t('settings.about')}</h2>
        <p data-testid="app-info">
          {t('settings.version', {
            version: info.version,
            platform: t(`settings.platform.${info.platform}`),
            transport: t(`settings.transport.${info.transport}`),
          })}
        </p>
        <p className="muted small-print">{t('settings.aboutText')}</p>
      </div>
    </section>
  );
}
