import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CredentialStatus } from '../../../shared/credentials';
import { ConfirmDialog } from '../../components/Dialog';
import { AccessKeyForm } from '../../credentials/AccessKeyForm';
import { CliImport } from '../../credentials/CliImport';
import { CredentialNotes } from '../../credentials/CredentialNotes';
import { danlu } from '../../lib/danlu';
import { ErrorNote } from '../../lib/ErrorNote';

/** Which AccessKey Danlu uses and from where; replace it, import the CLI's, or forget it. */
export function CredentialsCard({
  status,
  onChanged,
}: {
  status: CredentialStatus;
  onChanged(s: CredentialStatus): void;
}) {
  const { t } = useTranslation();
  const [replacing, setReplacing] = useState(false);
  const [confirmForget, setConfirmForget] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const changed = (s: CredentialStatus) => {
    setReplacing(false);
    onChanged(s);
  };
  const forget = async () => {
    setConfirmForget(false);
    setError(null);
    try {
      onChanged(await danlu().credentials.forget());
    } catch (e) {
      setError(e);
    }
  };
  return (
    <div className="card" data-testid="credentials-card">
      <h2>{t('account.credentials.title')}</h2>
      <p data-testid="credentials-status">
        {status.configured
          ? t('account.credentials.inUse', {
              key: status.accessKeyIdMasked ?? '',
              source: t(`account.credentials.source.${status.source ?? 'keychain'}`),
            })
          : t('account.credentials.notConfigured')}
      </p>
      {status.keychain.hasAccessKey && status.source === 'env' && (
        <p className="muted small-print">
          {t('account.credentials.shadowed', { key: status.keychain.accessKeyIdMasked ?? '' })}
        </p>
      )}
      <CredentialNotes status={status} />
      <div className="actions">
        {status.keychain.available && (
          <button type="button" data-testid="credentials-replace" onClick={() => setReplacing(!replacing)}>
            {status.keychain.hasAccessKey ? t('account.credentials.replace') : t('account.credentials.add')}
          </button>
        )}
        {status.keychain.hasAccessKey && (
          <button
            type="button"
            className="danger"
            data-testid="credentials-forget"
            onClick={() => setConfirmForget(true)}
          >
            {t('account.credentials.forget')}
          </button>
        )}
      </div>
      {replacing && <AccessKeyForm onSaved={changed} />}
      <CliImport status={status} onImported={changed} />
      <ErrorNote error={error} />
      {confirmForget && (
        <ConfirmDialog
          title={t('account.credentials.forgetTitle')}
          confirmLabel={t('account.credentials.forget')}
          confirmTestId="forget-confirm"
          onConfirm={() => void forget()}
          onClose={() => setConfirmForget(false)}
        >
          <p>{t('account.credentials.forgetBody')}</p>
        </ConfirmDialog>
      )}
    </div>
  );
}
