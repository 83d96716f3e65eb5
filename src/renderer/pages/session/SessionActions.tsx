import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SessionView } from '../../../shared/session';
import { useAppInfo } from '../../app/app-info';
import type { Go } from '../../app/use-page';
import { danlu } from '../../lib/danlu';
import { ErrorNote } from '../../lib/ErrorNote';
import { useLoad } from '../../lib/use-load';
import { RecoverDialog } from './RecoverDialog';
import { ReleaseDialog } from './ReleaseDialog';
import { SaveImageDialog } from './SaveImageDialog';
import { useDiskMonthly } from './use-disk-monthly';

type Action =
  | 'cancel'
  | 'stop'
  | 'start'
  | 'release'
  | 'image'
  | 'recover'
  | 'again'
  | 'retryRelease'
  | 'simulateReclaim'
  | 'switch';

/** The buttons a session offers in its phase; each one waits for the cloud and shows what failed. */
export function SessionActions({
  session,
  go,
  onChanged,
  askRelease = false,
  askRecover = false,
}: {
  session: SessionView;
  go: Go;
  onChanged(s: SessionView): void;
  askRelease?: boolean;
  /** Opened from the tray's "Recover": the recover dialog shows at once. */
  askRecover?: boolean;
}) {
  const { t } = useTranslation();
  const { demo } = useAppInfo();
  const [busy, setBusy] = useState<Action | null>(null);
  const [dialog, setDialog] = useState<'release' | 'image' | 'recover' | null>(null);
  const [error, setError] = useState<unknown>(null);
  const diskMonthly = useDiskMonthly(dialog === 'release' || dialog === 'recover' ? session : undefined);
  const api = danlu().sessions;
  const id = session.id;
  // Read each time the dialog opens: what the release's snapshot step would prune now.
  const prune = useLoad(
    () => (dialog === 'release' ? api.prunePreview({ id }) : Promise.resolve(undefined)),
    [dialog, id],
  );

  const run = async (action: Action, work: () => Promise<SessionView>) => {
    setBusy(action);
    setError(null);
    setDialog(null);
    try {
      const view = await work();
      if (view.id === id) onChanged(view);
      else go('session', { id: view.id });
    } catch (e) {
      setError(e);
    } finally {
      setBusy(null);
    }
  };
  const phase = session.phase;
  const hasMachineOrDisk = Boolean(session.resources.instanceId || session.resources.diskId);
  const releasable =
    ['ready', 'stopped', 'interrupted'].includes(phase) ||
    (['failed', 'cancelled'].includes(phase) && hasMachineOrDisk);
  // A release (or a launch's undo) the cloud held up: nothing runs now, something is still billed.
  const held = phase === 'releasing' && session.operation?.state !== 'running' && Boolean(session.error);
  // The tray's "Release…" and "Recover" land here: ask what to keep straight away (once per arrival).
  useEffect(() => {
    if (askRelease && releasable) setDialog('release');
  }, [askRelease, releasable]);
  useEffect(() => {
    if (askRecover && phase === 'interrupted') setDialog('recover');
  }, [askRecover, phase]);
  const button = (action: Action, label: string, onClick: () => void, tone = '') => (
    <button type="button" className={tone} data-testid={`action-${action}`} disabled={busy !== null} onClick={onClick}>
      {busy === action ? t(`session.busy.${action}`) : label}
    </button>
  );

  return (
    <div className="actions-bar">
      <div className="actions" data-testid="session-actions">
        {phase === 'launching' &&
          button('cancel', t('session.actions.cancel'), () => void run('cancel', () => api.cancel({ id })))}
        {phase === 'ready' && button('stop', t('session.actions.stop'), () => void run('stop', () => api.stop({ id })))}
        {phase === 'stopped' &&
          button('start', t('session.actions.start'), () => void run('start', () => api.start({ id })), 'primary')}
        {(phase === 'ready' || phase === 'stopped') &&
          session.plan.setupOnCpu &&
          !session.switchedTo &&
          button(
            'switch',
            t('session.actions.switch'),
            () => void run('switch', () => api.switchToGpu({ id })),
            'primary',
          )}
        {(phase === 'ready' || phase === 'stopped') &&
          button('image', t('session.actions.image'), () => setDialog('image'))}
        {phase === 'interrupted' &&
          button('recover', t('session.actions.recover'), () => setDialog('recover'), 'primary')}
        {held &&
          button(
            'retryRelease',
            t('session.actions.retryRelease'),
            // The choices of the release (or the undo) under way are journaled; these are not used.
            () => void run('retryRelease', () => api.release({ id, snapshot: false, keepDisk: false })),
            'danger',
          )}
        {['failed', 'cancelled', 'released'].includes(phase) &&
          button(
            'again',
            t('session.actions.again'),
            () => go('launch', { from: id }),
            phase === 'released' ? '' : 'primary',
          )}
        {releasable && button('release', t('session.actions.release'), () => setDialog('release'), 'danger')}
      </div>
      {phase === 'launching' && <p className="muted small-print">{t('session.actions.cancelHint')}</p>}
      {(phase === 'ready' || phase === 'stopped') && (
        <p className="muted small-print">{t('session.actions.imageHint')}</p>
      )}
      {phase === 'interrupted' && <p className="muted small-print">{t('session.actions.recoverHint')}</p>}
      {held && <p className="muted small-print">{t('session.actions.retryReleaseHint')}</p>}
      {demo && phase === 'ready' && !session.reclaimDeadline && (
        // Only the demo's simulated cloud can be asked for a reclaim; with an account the cloud alone decides.
        <div className="demo-only" data-testid="demo-reclaim">
          {button(
            'simulateReclaim',
            t('session.actions.simulateReclaim'),
            () => void run('simulateReclaim', () => api.simulateReclaim({ id })),
            'small',
          )}
          <p className="muted small-print">{t('session.actions.simulateReclaimHint')}</p>
        </div>
      )}
      <ErrorNote error={error} />
      {dialog === 'release' && (
        <ReleaseDialog
          session={session}
          diskMonthly={diskMonthly}
          prune={prune}
          onClose={() => setDialog(null)}
          onRelease={(choice) => void run('release', () => api.release({ id, ...choice }))}
        />
      )}
      {dialog === 'recover' && (
        <RecoverDialog
          session={session}
          diskMonthly={diskMonthly}
          onClose={() => setDialog(null)}
          onRecover={(afterMove) => void run('recover', () => api.recover({ id, afterMove }))}
        />
      )}
      {dialog === 'image' && (
        <SaveImageDialog
          session={session}
          onClose={() => setDialog(null)}
          onSave={(imageName) => void run('image', () => api.saveImage({ id, imageName }))}
        />
      )}
    </div>
  );
}
