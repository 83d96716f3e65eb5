import { useTranslation } from 'react-i18next';
import type { CredentialStatus } from '../../../shared/credentials';
import { useAppInfo } from '../../app/app-info';
import { LanguageSelect } from '../../components/LanguageSelect';
import { AccessKeyForm } from '../../credentials/AccessKeyForm';
import { CliImport } from '../../credentials/CliImport';
import { CredentialNotes } from '../../credentials/CredentialNotes';
import { RamPolicy } from '../../credentials/RamPolicy';

export interface FirstRunProps {
  status: CredentialStatus;
  onConfigured(status: CredentialStatus): void;
  onDemo(): void;
}

/** The first screen without credentials: add an AccessKey, or look around in demo mode. */
export function FirstRunPage({ status, onConfigured, onDemo }: FirstRunProps) {
  const { t } = useTranslation();
  const info = useAppInfo();
  return (
    <div className="first-run" data-testid="first-run">
      <header className="first-run-head">
        <span className="brand-mark large" aria-hidden="true">
          丹
        </span>
        <div>
          <h1>{t('account.firstRun.title')}</h1>
          <p className="muted">{t('account.firstRun.intro')}</p>
        </div>
        <LanguageSelect locale={info.locale} />
      </header>
      <div className="first-run-choices">
        <section className="card">
          <h2>{t('account.firstRun.accountTitle')}</h2>
          <p className="small-print">{t('account.firstRun.accountIntro')}</p>
          <CredentialNotes status={status} />
          {status.keychain.available && <AccessKeyForm onSaved={onConfigured} />}
          <CliImport status={status} onImported={onConfigured} />
          <details className="ram-details">
            <summary>{t('account.credentials.ramTitle')}</summary>
            <RamPolicy />
          </details>
        </section>
        <section className="card demo-choice">
          <h2>{t('account.firstRun.demoTitle')}</h2>
          <p>{t('account.firstRun.demoIntro')}</p>
          <ul className="small-print">
            <li>{t('account.firstRun.demoPoint1')}</li>
            <li>{t('account.firstRun.demoPoint2')}</li>
            <li>{t('account.firstRun.demoPoint3')}</li>
          </ul>
          <button type="button" className="primary large" data-testid="continue-demo" onClick={onDemo}>
            {t('account.firstRun.demoButton')}
          </button>
          <p className="muted small-print" data-testid="demo-later">
            {t(status.keychain.available ? 'account.firstRun.demoLater' : 'account.firstRun.demoLaterNoKeychain')}
          </p>
        </section>
      </div>
    </div>
  );
}
