import { AppError } from '../../../shared/errors';
import { msg } from '../../../shared/words/message';
import { clientTokenFor, sessionTag, withDanluTags } from '../../aliyun';
import { madeNow } from '../not-yet';
import type { StepScope } from '../step-scope';
import { snapshotLineageTags } from './lineage';

const MINUTE = 60_000;

/** The tags every resource a session makes carries: Danlu's, the session's and its name. */
export function sessionTags(scope: StepScope) {
  return withDanluTags([sessionTag(scope.sessionId), { key: 'danlu:name', value: scope.record.name }]);
}

export async function waitDiskStatus(scope: StepScope, diskId: string, status: string) {
  return scope.wait(
    (api) => api.describeDisks({ regionId: scope.region, diskIds: [diskId] }).then((p) => p.disks[0]),
    (disk) => disk?.status === status,
    {
      timeoutMs: scope.deps.timeouts?.disk ?? 10 * MINUTE,
      intervalMs: 1000,
      what: msg('wait.diskStatus', { diskId, status }),
    },
  );
}

/** Hears how a snapshot goes: its id once the cloud accepted it, then its percentage. */
export interface SnapshotHooks {
  onStarted?: (snapshotId: string) => void;
  onProgress?: (percent: number) => void;
}

/**
 * Snapshots a disk and waits for the snapshot, reporting progress; returns the snapshot id. The
 * snapshot is tagged with the disk it was taken of and that disk's lineage (pruning goes by it).
 */
export async function snapshotDisk(
  scope: StepScope,
  diskId: string,
  tokenKey: string,
  lineage: string,
  hooks: SnapshotHooks = {},
) {
  const clientToken = scope.token(tokenKey, () => clientTokenFor(scope.sessionId, tokenKey));
  // Named for the day it was first asked for: asked again after midnight, it is the same request.
  const { value: snapshotName } = scope.asked(tokenKey, () => `danlu-${scope.record.name}-${scope.now().slice(0, 10)}`);
  const { snapshotId } = await scope.api.createSnapshot(
    {
      regionId: scope.region,
      diskId,
      snapshotName,
      clientToken,
      tags: [...sessionTags(scope), ...snapshotLineageTags(diskId, lineage)],
    },
    { signal: scope.signal },
  );
  scope.update((s) => {
    s.resources.snapshotIds = [...new Set([...(s.resources.snapshotIds ?? []), snapshotId])];
  });
  madeNow(scope, snapshotId);
  hooks.onStarted?.(snapshotId);
  const done = await scope.wait(
    (api) => api.describeSnapshots({ regionId: scope.region, snapshotIds: [snapshotId] }).then((p) => p.snapshots[0]),
    (snap) => {
      if (snap?.status === 'failed') throw new AppError(msg('launch.snapshotFailed', { snapshotId }));
      if (snap) hooks.onProgress?.(snap.progress);
      return snap?.status === 'accomplished';
    },
    {
      timeoutMs: scope.deps.timeouts?.snapshot ?? 120 * MINUTE,
      intervalMs: 2000,
      maxIntervalMs: 10_000,
      what: msg('wait.snapshot', { snapshotId }),
    },
  );
  scope.bill((t, at) => {
    if (!t.snapshots.some((s) => s.snapshotId === snapshotId))
      t.snapshots.push({ snapshotId, sizeGiB: done?.sourceDiskSize ?? 0, from: at });
  });
  return snapshotId;
}
