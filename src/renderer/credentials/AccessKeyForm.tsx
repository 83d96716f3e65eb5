import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CredentialStatus } from '../../shared/credentials';
import { danlu } from '../lib/danlu';
import { ErrorNote } from '../lib/ErrorNote';

/**
 * AccessKey id and secret. Main checks the pair with a cheap read call before it keeps it in the
 * OS keychain; the secret never comes back to the page.
 */
export function AccessKeyForm({
  onSaved,
  submitLabel,
}: {
  onSaved(status: CredentialStatus): void;
  submitLabel?: string;
}) {
  const { t } = useTranslation();
  const [id, setId] = useState('');
  const [secret, setSecret] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [tried, setTried] = useState(false);
  const idOk = id.trim().length >= 8;
  const secretOk = secret.trim().length >= 8;

  const save = async () => {
    setTried(true);
    if (!idOk || !secretOk) return;
    setBusy(true);
    setError(null);
    try {
      const status = await danlu().credentials.save({ accessKeyId: id.trim(), accessKeySecret: secret.trim() });
      setSecret('');
      onSaved(status);
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };

  return (
    <form
      className="access-key-form"
      data-testid="access-key-form"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        void save();
      }}
    >
      <label className="field">
        <span>{t('credentials.keyId')}</span>
        <input
          data-testid="key-id"
          autoComplete="off"
          spellCheck={false}
          value={id}
          onChange={(e) => setId(e.target.value)}
          placeholder="LTAI…"
        />
        {tried && !idOk && <small className="field-error">{t('credentials.keyIdShort')}</small>}
      </label>
      <label className="field">
        <span>{t('credentials.keySecret')}</span>
        <input
          data-testid="key-secret"
          type="password"
          autoComplete="off"
          value={secret}
          onChange={(e) => setSecret(e.target.value)}
        />
        {tried && !secretOk && <small className="field-error">{t('credentials.keySecretShort')}</small>}
      </label>
      <p className="muted small-print">{t('credentials.keyHint')}</p>
      <ErrorNote error={error} />
      <button type="submit" className="primary" data-testid="key-save" disabled={busy}>
        {busy ? t('credentials.checking') : (submitLabel ?? t('credentials.save'))}
      </button>
    </form>
  );
}
