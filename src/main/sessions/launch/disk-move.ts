import { msg } from '../../../shared/words/message';
import { deleteIgnoringMissing, isAbort } from '../cloud-checks';
import { requireDanlusSettled, settledOwnership } from '../not-yet';
import { deleteDisk } from '../operations/delete-disk';
import { snapshotGone } from '../operations/snapshot-billing';
import { VERBS } from '../reconcile/ownership';
import type { StepScope } from '../step-scope';

/** What becomes of the original disk once a move to another zone succeeded: the user's choice, delete by default. */
export function afterMoveChoice(scope: StepScope): 'delete' | 'keep' {
  const disk = scope.record.plan.disk;
  return disk.kind === 'existing' ? (disk.afterMove ?? 'delete') : 'delete';
}

/**
 * Ends a move once the new session is ready (its copy attached, the notebook up): the original
 * disk is deleted if the user chose so and it is Danlu's (never the user's own), else kept and
 * billed in this session (Resources lists it as kept); the move's snapshot goes, as the copy now
 * holds the data. Idempotent: a restart finishes it. A failure leaves both and says so.
 */
export async function finishMove(scope: StepScope): Promise<void> {
  const move = scope.record.move;
  if (!move) return;
  const { sourceDiskId, sourceZoneId, snapshotId } = move;
  const diskId = scope.record.resources.diskId ?? '—';
  try {
    const source = await settledOwnership(scope, 'disk', sourceDiskId);
    if (source.found && source.danlus && afterMoveChoice(scope) === 'delete') {
      await deleteDisk(scope, sourceDiskId);
      scope.log(
        msg('launch.moved.deleted', { diskId, zoneId: scope.record.zoneId ?? '—', sourceDiskId, sourceZoneId }),
      );
    } else if (source.found) {
      keepSource(scope, sourceDiskId);
      scope.log(
        msg(source.danlus ? 'launch.moved.kept' : 'launch.moved.keptYours', {
          diskId,
          zoneId: scope.record.zoneId ?? '—',
          sourceDiskId,
          sourceZoneId,
        }),
      );
    }
    if (snapshotId && (await requireDanlusSettled(scope, 'snapshot', snapshotId, VERBS.delete))) {
      await deleteIgnoringMissing(() =>
        scope.api.deleteSnapshot({ regionId: scope.region, snapshotId, force: true }, { signal: scope.signal }),
      );
    }
    if (snapshotId) snapshotGone(scope, snapshotId);
    scope.update((s) => {
      s.move = undefined;
      if (snapshotId) s.resources.snapshotIds = (s.resources.snapshotIds ?? []).filter((id) => id !== snapshotId);
    });
  } catch (error) {
    // A shutdown: the journal still names the move; the next start finishes it.
    if (isAbort(error, scope.signal)) throw error;
    scope.deps.log.warn('could not finish moving the disk', { session: scope.sessionId, error });
    keepSource(scope, sourceDiskId);
    scope.log(msg('launch.moved.unfinished', { diskId, sourceDiskId, sourceZoneId }));
  }
}

/** The original stays, billed in this session and listed as kept, until the user deletes it by name. */
function keepSource(scope: StepScope, sourceDiskId: string): void {
  scope.update((s) => {
    const kept = s.resources.keptDiskIds ?? [];
    if (!kept.includes(sourceDiskId)) s.resources.keptDiskIds = [...kept, sourceDiskId];
  });
}
