import { useTranslation } from 'react-i18next';
import type { CredentialStatus } from '../../shared/credentials';
import { localize } from '../../shared/localized';

/** The facts about where credentials come from: env variables win, the keychain may be missing. */
export function CredentialNotes({ status }: { status: CredentialStatus }) {
  const { t, i18n } = useTranslation();
  return (
    <>
      <p className="muted small-print" data-testid="env-note">
        {t('account.credentials.envNote')}
      </p>
      {status.env.complete && (
        <p className="hint" data-testid="env-in-use">
          {t('account.credentials.envInUse')}
        </p>
      )}
      {status.env.missing.length > 0 && (
        <p className="warning-note" data-testid="env-incomplete">
          {t('account.credentials.envIncomplete', { missing: status.env.missing.join(', ') })}
        </p>
      )}
      {status.keychain.problem && (
        <div className="warning-note" role="alert" data-testid="keychain-problem">
          <strong>{t('account.credentials.keychainProblem')}</strong>{' '}
          {localize(status.keychain.problem.text, i18n.language)}
          <div className="small-print">{t('account.credentials.keychainProblemHint')}</div>
        </div>
      )}
    </>
  );
}
