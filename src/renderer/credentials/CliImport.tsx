import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CredentialStatus } from '../../shared/credentials';
import { localize } from '../../shared/localized';
import { danlu } from '../lib/danlu';
import { ErrorNote } from '../lib/ErrorNote';
import { RootKeyConfirm } from './RootKeyConfirm';

/** Offers the aliyun CLI's AccessKey profile when one is found (and says why not when it cannot be used). */
export function CliImport({ status, onImported }: { status: CredentialStatus; onImported(s: CredentialStatus): void }) {
  const { t, i18n } = useTranslation();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const cli = status.cliProfile;
  if (!cli.found) return null;
  const importKey = async (confirmRoot = false) => {
    setBusy(true);
    setError(null);
    try {
      onImported(await danlu().credentials.importCli(confirmRoot ? { confirmRoot } : undefined));
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };
  return (
    <div className="cli-import" data-testid="cli-import">
      {cli.importable ? (
        <>
          <p className="small-print">
            {t('account.credentials.cliFound', {
              profile: cli.profile ?? 'default',
              key: cli.accessKeyIdMasked ?? '',
              path: cli.path,
            })}
          </p>
          {/* Importing stores the key in the keychain; the keychain problem above says why it cannot. */}
          {status.keychain.available && (
            <button type="button" data-testid="cli-import-button" disabled={busy} onClick={() => void importKey()}>
              {busy ? t('account.credentials.checking') : t('account.credentials.cliImport')}
            </button>
          )}
        </>
      ) : (
        <p className="muted small-print">
          {t('account.credentials.cliNotImportable', { path: cli.path })}{' '}
          {cli.reason && localize(cli.reason, i18n.language)}
        </p>
      )}
      <ErrorNote error={error} />
      <RootKeyConfirm error={error} busy={busy} onConfirm={() => void importKey(true)} />
    </div>
  );
}
