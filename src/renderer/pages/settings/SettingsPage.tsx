import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppInfo, Language } from '../../../shared/contract';
import type { CredentialStatus } from '../../../shared/credentials';
import { resolveLanguage } from '../../../shared/language';
import { RamPolicy } from '../../credentials/RamPolicy';
import { danlu } from '../../lib/danlu';
import { ErrorNote } from '../../lib/ErrorNote';
import { useLoad } from '../../lib/use-load';
import { PageHeader } from '../PageHeader';
import { CredentialsCard } from './CredentialsCard';
import { PreferencesForm } from './PreferencesForm';

type Choice = Language | 'system';

export function SettingsPage({ info, onCredentials }: { info: AppInfo; onCredentials(s: CredentialStatus): void }) {
  const { t, i18n } = useTranslation();
  const settings = useLoad(() => danlu().settings.get(), []);
  const credentials = useLoad(() => danlu().credentials.status(), []);
  const [error, setError] = useState<unknown>(null);

  const changeLanguage = async (next: Choice) => {
    setError(null);
    try {
      const saved = await danlu().settings.update({ language: next === 'system' ? null : next });
      settings.set(saved);
      await i18n.changeLanguage(resolveLanguage(saved.language, info.locale));
    } catch (e) {
      setError(e);
    }
  };

  return (
    <section data-testid="page-settings">
      <PageHeader title={t('pages.settings.title')} intro={t('pages.settings.intro')} />
      <div className="card">
        <label className="field">
          <span>{t('settings.language')}</span>
          <select
            data-testid="language-select"
            value={settings.data ? (settings.data.language ?? 'system') : (i18n.language as Language)}
            onChange={(event) => void changeLanguage(event.target.value as Choice)}
          >
            <option value="system">{t('settings.languageSystem', { locale: info.locale })}</option>
            <option value="zh-CN">{t('settings.languageZh')}</option>
            <option value="en">{t('settings.languageEn')}</option>
          </select>
        </label>
        <ErrorNote error={error ?? settings.error} />
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
        <h2>{t('credentials.ramTitle')}</h2>
        <RamPolicy />
      </div>
      {settings.data && <PreferencesForm settings={settings.data} onSaved={settings.set} />}
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
