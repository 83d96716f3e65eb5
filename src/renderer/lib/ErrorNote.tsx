import { useTranslation } from 'react-i18next';
import { errorCode, errorText } from '../../shared/errors';

/** Shows an error from a request the way the user should read it, with its code for support. */
export function ErrorNote({ error }: { error: unknown }) {
  const { t } = useTranslation();
  if (!error) return null;
  return (
    <div className="error-note" role="alert" data-testid="error-note" data-code={errorCode(error)}>
      <strong>{t('common.error')}:</strong> {errorText(error)} <code>{errorCode(error)}</code>
    </div>
  );
}
