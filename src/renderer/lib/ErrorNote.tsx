import { useTranslation } from 'react-i18next';
import { type ErrorInfo, errorInfoOf } from '../../shared/errors';
import { localize } from '../../shared/localized';
import { CopyButton } from '../components/CopyButton';
import { errorTitleKey } from './error-title';

export interface ErrorNoteProps {
  /** An error thrown by a request (or anything thrown), or an ErrorInfo kept on a session. */
  error: unknown;
  /** Offered as "Try again" when the error may pass by itself. */
  onRetry?: () => void;
  /** Fields a form shows under themselves: their texts are not repeated here. */
  shownFields?: readonly string[];
}

function asInfo(error: unknown): ErrorInfo {
  const info = error as Partial<ErrorInfo> | null;
  if (info && typeof info.code === 'string' && typeof info.text?.en === 'string') return info as ErrorInfo;
  return errorInfoOf(error);
}

/**
 * An error the way a person should read it: a title saying what happened, the explanation with
 * what to do next, "Try again" when it may pass, and the details a support ticket needs (code,
 * the cloud's code and RequestId) behind a disclosure. Worded in the window's language at every
 * render, so switching language rewords it too.
 */
export function ErrorNote({ error, onRetry, shownFields = [] }: ErrorNoteProps) {
  const { t, i18n } = useTranslation();
  if (!error) return null;
  const info = asInfo(error);
  const lang = i18n.language;
  const fieldsElsewhere = Object.keys(info.fields ?? {}).some((f) => shownFields.includes(f));
  const details = [
    `${t('error.code')}: ${info.code}`,
    ...(info.cloudCode ? [`${t('error.cloudCode')}: ${info.cloudCode}`] : []),
    ...(info.requestId ? [`RequestId: ${info.requestId}`] : []),
    // The cloud's own words, in English: for a support ticket, never the sentence a person reads.
    ...(info.original ? [`${t('error.original')}: ${info.original}`] : []),
  ].join('\n');
  return (
    <div className="error-note" role="alert" data-testid="error-note" data-code={info.code}>
      <strong className="error-title" data-testid="error-title">
        {t(errorTitleKey(info.code, (key) => i18n.exists(key)))}
      </strong>
      {!fieldsElsewhere && <p className="error-text">{localize(info.text, lang)}</p>}
      {fieldsElsewhere && <p className="error-text">{t('error.seeFields')}</p>}
      {info.retryable && (
        <p className="error-next" data-testid="error-next">
          {t('error.mayPass')}{' '}
          {onRetry && (
            <button type="button" className="small" data-testid="error-retry" onClick={onRetry}>
              {t('shell.common.retry')}
            </button>
          )}
        </p>
      )}
      <details className="error-details">
        <summary>{t('error.details')}</summary>
        <pre data-testid="error-details">{details}</pre>
        <CopyButton text={details} />
      </details>
    </div>
  );
}
