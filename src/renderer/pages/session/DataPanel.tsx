import { useTranslation } from 'react-i18next';
import type { SessionView } from '../../../shared/session';

/**
 * Where the user's data is, exactly: the disk (and its zone) the session holds it on, a move
 * under way with what becomes of the original, other disks it keeps, or the snapshot a release
 * left — never a guess.
 */
export function DataPanel({ session }: { session: SessionView }) {
  const { t } = useTranslation();
  const { diskId, keptDiskIds, snapshotIds } = session.resources;
  const zoneId = session.diskZoneId ?? session.zoneId ?? session.plan.regionId;
  // Attached to (or about to be attached to) a machine; in any other phase it is simply kept.
  const live = ['launching', 'ready', 'stopping', 'stopped', 'starting'].includes(session.phase);
  const move = session.move;
  const after = session.plan.disk.kind === 'existing' ? session.plan.disk.afterMove : 'delete';
  const snapshotId = snapshotIds?.at(-1);
  const lines: Array<{ key: string; text: string }> = [];
  if (move) {
    lines.push({
      key: 'moving',
      text: t('session.data.moving', {
        sourceDiskId: move.sourceDiskId,
        sourceZoneId: move.sourceZoneId,
        after: t(after === 'keep' ? 'session.data.afterKeep' : 'session.data.afterDelete'),
      }),
    });
  }
  if (diskId) {
    lines.push({ key: 'disk', text: t(live ? 'session.data.attached' : 'session.data.kept', { diskId, zoneId }) });
  } else if (snapshotId && !live) {
    lines.push({ key: 'snapshot', text: t('session.data.snapshot', { snapshotId }) });
  }
  for (const kept of keptDiskIds ?? []) lines.push({ key: kept, text: t('session.data.alsoKept', { diskId: kept }) });
  if (lines.length === 0 && session.phase === 'launching') return null;
  return (
    <div className="data-panel" data-testid="session-data" data-disk={diskId ?? ''} data-zone={diskId ? zoneId : ''}>
      <h3>{t('session.data.title')}</h3>
      {lines.length === 0 ? (
        <p className="muted">{t('session.data.none')}</p>
      ) : (
        lines.map((line) => (
          <p
            key={line.key}
            data-testid={`session-data-${line.key === 'disk' || line.key === 'moving' || line.key === 'snapshot' ? line.key : 'kept'}`}
          >
            {line.text}
          </p>
        ))
      )}
    </div>
  );
}
