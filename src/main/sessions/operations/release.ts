import { msg } from '../../../shared/words/message';
import type { SessionRecord } from '../journal/session-record';
import { deleteSessionGroups, revokeSessionRules } from '../network/access-rules';
import type { StepScope } from '../step-scope';
import { deleteDisk } from './delete-disk';
import { deleteInstance } from './delete-instance';
import { opDetail, opPercent, opStep, type PlannedStep, planned } from './operation-steps';
import { dataLineage, pruneSnapshots } from './prune-snapshots';
import { snapshotDisk } from './snapshot-disk';
import { cleanupKitOrLeave } from './teardown';

export interface ReleaseOptions {
  /** Snapshot the data disk first (snapshots cost less than disks). */
  snapshot: boolean;
  /** Keep the data disk itself (to relaunch with it later). */
  keepDisk: boolean;
}

/** The steps a release of this session takes with these choices. */
export function releaseSteps(record: SessionRecord, options: ReleaseOptions): PlannedStep[] {
  const { instanceId, diskId } = record.resources;
  return [
    ...(instanceId ? [planned('releaseInstance')] : []),
    planned('releaseAccess'),
    ...(diskId && options.snapshot ? [planned('releaseSnapshot'), planned('releasePrune')] : []),
    ...(diskId && !options.keepDisk ? [planned('releaseDisk')] : []),
    planned('releaseNetwork'),
  ];
}

/**
 * Releases a session: the instance first (it is what costs most), the session's rules (nothing
 * uses them once the instance is gone), then — as asked — a snapshot of the data disk (waiting
 * for it to be accomplished, with progress), the disk, older snapshots beyond the kept count, the
 * session's security group, and the region's network when nothing else uses it. Every deletion
 * is checked by describing again. Safe to resume after a crash.
 */
export async function releaseSession(
  scope: StepScope,
  options: ReleaseOptions,
  context: { otherLiveSessions: number; keepSnapshots: number },
): Promise<void> {
  const { instanceId, diskId } = scope.record.resources;
  const say = (step: string) => (message: Parameters<typeof scope.log>[0]) => opDetail(scope, step, message);
  if (instanceId) {
    await opStep(scope, 'releaseInstance', () => deleteInstance(scope, instanceId, say('releaseInstance')));
  }
  await opStep(scope, 'releaseAccess', () => revokeSessionRules(scope, say('releaseAccess')));
  if (diskId && options.snapshot) {
    await opStep(scope, 'releaseSnapshot', async () => {
      const done = scope.record.release?.snapshotDone;
      const snapshotId =
        done ??
        (await snapshotDisk(scope, diskId, `release-snapshot:${diskId}`, dataLineage(scope.record) ?? diskId, {
          onStarted: (id) =>
            opDetail(scope, 'releaseSnapshot', msg('operation.snapshot.started', { snapshotId: id, diskId })),
          onProgress: (percent) => opPercent(scope, 'releaseSnapshot', percent),
        }));
      scope.update((s) => {
        if (s.release) s.release.snapshotDone = snapshotId;
      });
      opDetail(scope, 'releaseSnapshot', msg('operation.snapshot.accomplished', { snapshotId, diskId }));
    });
    await opStep(scope, 'releasePrune', () =>
      pruneSnapshots(scope, Math.max(1, context.keepSnapshots), say('releasePrune')),
    );
  }
  if (diskId && !options.keepDisk) {
    await opStep(scope, 'releaseDisk', async () => {
      if (scope.record.diskOwned) await deleteDisk(scope, diskId, say('releaseDisk'));
      else opDetail(scope, 'releaseDisk', msg('trust.diskYoursKept', { diskId }));
    });
  } else if (diskId) {
    scope.log(msg('operation.disk.kept', { diskId }));
  }
  await opStep(scope, 'releaseNetwork', async () => {
    // Late, so the cloud has had time to let go of the group the instance used.
    await deleteSessionGroups(scope, say('releaseNetwork'));
    await cleanupKitOrLeave(scope, context.otherLiveSessions, say('releaseNetwork'));
  });
  scope.update((s) => {
    s.phase = 'released';
    s.endedAt = scope.now();
  });
}
