import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Settings, UpdateStatus } from '../../../shared/contract';
import { localize } from '../../../shared/localized';
import { danlu } from '../../lib/danlu';
import { ErrorNote } from '../../lib/ErrorNote';
import { FieldRefusal, refusedFields } from '../../lib/FieldRefusal';
import { useDanluEvent } from '../../lib/use-event';
import { useLoad } from '../../lib/use-load';
import { SettingSwitch } from './SettingSwitch';
import { updateStatusText, waitingText } from './update-status-text';

/** The running version, where updates stand, Check now, Restart now, the automatic switch and the mirror. */
export function UpdatesCard({ settings, onSaved }: { settings: Settings; onSaved(s: Settings): void }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const loaded = useLoad(() => danlu().updates.status(), []);
  const [pushed, setPushed] = useState<UpdateStatus>();
  useDanluEvent('updates.changed', setPushed);
  const status = pushed ?? loaded.data;
  const [mirror, setMirror] = useState(settings.updateFeedUrl ?? '');
  const [mirrorSaved, setMirrorSaved] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [asking, setAsking] = useState(false);
  const refused = refusedFields(error);

  const run = async (request: () => Promise<UpdateStatus | Settings>) => {
    setAsking(true);
    setError(null);
    try {
      const answer = await request();
      if ('phase' in answer) setPushed(answer);
      else onSaved(answer);
      return true;
    } catch (e) {
      setError(e);
      return false;
    } finally {
      setAsking(false);
    }
  };

  return (
    <div className="card" data-testid="updates-card">
      <h2>{t('settings.updates.title')}</h2>
      {status && (
        <>
          <p data-testid="update-current">{t('settings.updates.current', { version: status.current })}</p>
          <p data-testid="update-status" data-phase={status.phase}>
            {updateStatusText(status, t, lang)}
          </p>
          {status.waitingFor && (
            <p className="muted" data-testid="update-waiting">
              {t('settings.updates.waiting', { work: waitingText(status, lang) })}
            </p>
          )}
          {status.error && (
            <p className="field-error" data-testid="update-error" data-code={status.error.code}>
              {t('settings.updates.failed')} {localize(status.error.text, lang)}
            </p>
          )}
        </>
      )}
      <ErrorNote error={loaded.error} />
      <div className="row">
        <button
          type="button"
          data-testid="update-check"
          disabled={asking || status?.phase !== 'idle'}
          onClick={() => void run(() => danlu().updates.check())}
        >
          {status?.phase === 'checking' ? t('settings.updates.checking') : t('settings.updates.check')}
        </button>
        {status?.phase === 'ready' && (
          <button
            type="button"
            className="primary"
            data-testid="update-restart"
            disabled={asking || Boolean(status.waitingFor)}
            onClick={() => void run(() => danlu().updates.restart())}
          >
            {t('update.restartNow')}
          </button>
        )}
      </div>
      <SettingSwitch
        testId="setting-updateChecks"
        checked={settings.updateChecks}
        label={t('settings.updates.automatic')}
        save={(updateChecks) => run(() => danlu().settings.update({ updateChecks }))}
      />
      <p className="muted small-print">{t('settings.updates.automaticHint')}</p>
      <form
        noValidate
        onSubmit={async (event) => {
          event.preventDefault();
          setMirrorSaved(false);
          const url = mirror.trim();
          if (await run(() => danlu().settings.update({ updateFeedUrl: url === '' ? null : url })))
            setMirrorSaved(true);
        }}
      >
        <label className="field">
          <span>{t('settings.updates.mirror')}</span>
          <input
            data-testid="setting-updateFeedUrl"
            value={mirror}
            placeholder="https://"
            onChange={(e) => {
              setMirror(e.target.value);
              setMirrorSaved(false);
            }}
          />
          <FieldRefusal field="updateFeedUrl" text={refused.updateFeedUrl} />
          <small className="muted">{t('settings.updates.mirrorHint')}</small>
        </label>
        <ErrorNote error={error} shownFields={['updateFeedUrl']} />
        <div className="form-end">
          {mirrorSaved && (
            <span className="ok-text" role="status" data-testid="update-mirror-saved">
              {t('settings.updates.mirrorSaved')}
            </span>
          )}
          <button type="submit" data-testid="update-mirror-save" disabled={asking}>
            {t('settings.save')}
          </button>
        </div>
      </form>
    </div>
  );
}
