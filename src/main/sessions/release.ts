import { snapshotDisk } from './attempt-steps';
import type { StepScope } from './step-scope';
import { cleanupKit, deleteDisk, deleteInstance, pruneSnapshots } from './teardown';

export interface ReleaseOptions {
  /** Snapshot the data disk first (snapshots cost less than disks). */
  snapshot: boolean;
  /** Keep the data disk itself (to relaunch with it later). */
  keepDisk: boolean;
}

/**
 * Releases a session: the instance first (it is what costs most), then — as asked — a snapshot
 * of the data disk (waiting for it to be accomplished, with progress), the disk, older snapshots
 * beyond the kept count, and the region's network when nothing else uses it. Every deletion is
 * checked by describing again. Safe to resume after a crash.
 */
export async function releaseSession(
  scope: StepScope,
  options: ReleaseOptions,
  context: { otherLiveSessions: number; keepSnapshots: number; onProgress: (percent: number) => void },
): Promise<void> {
  const { instanceId, diskId } = scope.record.resources;
  if (instanceId) await deleteInstance(scope, instanceId);
  if (diskId && options.snapshot && !scope.record.release?.snapshotDone) {
    const snapshotId = await snapshotDisk(scope, diskId, `release-snapshot:${diskId}`, context.onProgress);
    scope.update((s) => {
      if (s.release) s.release.snapshotDone = snapshotId;
    });
    scope.log(`snapshot ${snapshotId} of ${diskId} accomplished`);
    await pruneSnapshots(scope, Math.max(1, context.keepSnapshots));
  }
  if (diskId && !options.keepDisk) await deleteDisk(scope, diskId);
  await cleanupKit(scope, context.otherLiveSessions);
  scope.update((s) => {
    s.phase = 'released';
  });
}
