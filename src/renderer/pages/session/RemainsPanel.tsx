import { useTranslation } from 'react-i18next';
import type { SessionView } from '../../../shared/session';
import { Id } from '../../components/Id';
import { DataPanel } from './DataPanel';

/** Phases in which the session's machine is gone, or was never made. */
export const MACHINE_LOST = ['interrupted', 'released', 'failed', 'cancelled'] as const;

export function lostMachine(session: Pick<SessionView, 'phase'>): boolean {
  return (MACHINE_LOST as readonly string[]).includes(session.phase);
}

/**
 * For a session whose machine is gone (reclaimed, released, failed, cancelled): that SSH and the
 * notebook went with it, and what of it is still in the cloud: first where the user's data is
 * (the data panel, said once, here), then what else bills until deleted — earlier snapshots, an
 * image, or an instance a failed launch could not remove.
 */
export function RemainsPanel({ session }: { session: SessionView }) {
  const { t } = useTranslation();
  const { instanceId, diskId, snapshotIds = [], imageId, keptDiskIds = [] } = session.resources;
  const newestSnapshot = snapshotIds.at(-1);
  // The data panel names the disk, or (with no disk) the newest snapshot; the rest is listed here.
  const hasData = Boolean(diskId || newestSnapshot || keptDiskIds.length > 0 || session.move);
  const items = [
    instanceId && (
      <li key="instance" data-kind="instance">
        {t('session.remains.instance')} <Id text={instanceId} />
      </li>
    ),
    diskId && newestSnapshot && (
      <li key="snapshot" data-kind="snapshot">
        {t('session.remains.snapshot', { count: snapshotIds.length })} <Id text={newestSnapshot} />
      </li>
    ),
    !diskId && snapshotIds.length > 1 && (
      <li key="snapshot" data-kind="snapshot">
        {t('session.remains.earlierSnapshots', { count: snapshotIds.length - 1 })}
      </li>
    ),
    imageId && (
      <li key="image" data-kind="image">
        {t('session.remains.image')} <Id text={imageId} />
      </li>
    ),
  ].filter(Boolean);
  return (
    <div className="remains" data-testid="session-remains" data-phase={session.phase}>
      <h2>{t(`session.remains.title.${session.phase}`)}</h2>
      {!instanceId && <p className="muted small-print">{t('session.remains.noMachine')}</p>}
      {hasData && <DataPanel session={session} />}
      {items.length > 0 && (
        <>
          <p className="small-print">{t(hasData ? 'session.remains.introBesides' : 'session.remains.intro')}</p>
          <ul className="remains-list">{items}</ul>
        </>
      )}
      {!hasData && items.length === 0 && (
        <p className="small-print" data-testid="session-remains-nothing">
          {t('session.remains.nothing')}
        </p>
      )}
    </div>
  );
}
