import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { localize } from '../../../shared/localized';
import { WEBHOOK_FORMATS, type WebhookFormat, type WebhookView } from '../../../shared/notify';
import { danlu } from '../../lib/danlu';
import { ErrorNote } from '../../lib/ErrorNote';
import { FieldRefusal, refusedFields } from '../../lib/FieldRefusal';
import { dateTime } from '../../lib/format';
import { useLoad } from '../../lib/use-load';

/**
 * Where notices also go: a webhook whose address is typed once and kept in the keychain (never
 * shown again), its format, how its last use went, and "Send a test".
 */
export function WebhookCard() {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const view = useLoad(() => danlu().notify.webhook(), []);
  const [url, setUrl] = useState('');
  const [format, setFormat] = useState<WebhookFormat | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const current = view.data;
  const chosen = format ?? current?.format ?? 'json';
  const refused = refusedFields(error);

  const act = async (action: () => Promise<WebhookView>) => {
    setBusy(true);
    setError(null);
    try {
      view.set(await action());
      setUrl('');
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };

  return (
    <form
      className="card"
      noValidate
      data-testid="webhook-settings"
      data-configured={String(current?.configured ?? false)}
      onSubmit={(event) => {
        event.preventDefault();
        void act(() => danlu().notify.saveWebhook({ url: url.trim(), format: chosen }));
      }}
    >
      <h2>{t('notify.settings.title')}</h2>
      <p className="muted small-print">{t('notify.settings.intro')}</p>
      <p className="muted small-print mono">{t('notify.settings.usage')}</p>
      <ErrorNote error={view.error} />
      {current && (
        <p data-testid="webhook-current">
          {current.configured && current.host
            ? t('notify.settings.configured', { host: current.host, format: t(`notify.format.${chosen}`) })
            : t('notify.settings.none')}
        </p>
      )}
      {current?.kept === 'memory' && <p className="warning-note">{t('notify.settings.memoryOnly')}</p>}
      {current?.configured && (
        <p className="small-print" data-testid="webhook-status" data-state={current.status.state}>
          {current.status.state === 'unused' && t('notify.status.unused')}
          {current.status.state === 'ok' && t('notify.status.ok', { at: dateTime(current.status.at ?? '', lang) })}
          {current.status.state === 'failing' && (
            <span className="field-error">
              {t('notify.status.failing', { at: dateTime(current.status.at ?? '', lang) })}{' '}
              {current.status.error && localize(current.status.error, lang)}
            </span>
          )}
        </p>
      )}
      <label className="field">
        <span>{t('notify.settings.format')}</span>
        <select
          data-testid="webhook-format"
          value={chosen}
          onChange={(e) => setFormat(e.target.value as WebhookFormat)}
        >
          {WEBHOOK_FORMATS.map((f) => (
            <option key={f} value={f}>
              {t(`notify.format.${f}`)}
            </option>
          ))}
        </select>
      </label>
      <label className="field">
        <span>{t('notify.settings.url')}</span>
        <input
          data-testid="webhook-url"
          type="password"
          autoComplete="off"
          spellCheck={false}
          value={url}
          placeholder="https://"
          onChange={(e) => setUrl(e.target.value)}
        />
        <FieldRefusal field="url" text={refused.url} />
        <small className="muted">{t('notify.settings.urlKept')}</small>
      </label>
      <ErrorNote error={error} shownFields={refused.url ? ['url'] : []} />
      <div className="form-end">
        {current?.configured && (
          <>
            <button
              type="button"
              data-testid="webhook-forget"
              disabled={busy}
              onClick={() => void act(() => danlu().notify.forgetWebhook())}
            >
              {t('notify.settings.forget')}
            </button>
            <button
              type="button"
              data-testid="webhook-test"
              disabled={busy}
              onClick={() => void act(() => danlu().notify.testWebhook())}
            >
              {t('notify.settings.test')}
            </button>
          </>
        )}
        <button type="submit" className="primary" data-testid="webhook-save" disabled={busy || url.trim() === ''}>
          {t('notify.settings.save')}
        </button>
      </div>
    </form>
  );
}
