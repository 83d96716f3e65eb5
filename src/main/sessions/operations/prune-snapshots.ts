import { msg } from '../../../shared/words/message';
import { DANLU_TAG_KEY, DANLU_TAG_VALUE, type Snapshot } from '../../aliyun';
import { deleteIgnoringMissing } from '../cloud-checks';
import type { SessionRecord } from '../journal/session-record';
import { isDanlus } from '../reconcile/ownership';
import type { SessionCloudApi } from '../session-cloud-api';
import type { Say, StepScope } from '../step-scope';
import { snapshotLineage } from './lineage';
import { snapshotGone } from './snapshot-billing';

/** The lineage of a session's data: journaled with its disk, else (an older journal) the disk itself. */
export function dataLineage(record: Pick<SessionRecord, 'lineage' | 'resources'>): string | undefined {
  return record.lineage ?? record.resources.diskId;
}

/** Snapshots something still needs: behind an image (its disk device mappings), or a live session's source. */
async function neededSnapshots(
  api: Pick<SessionCloudApi, 'describeAllImages'>,
  regionId: string,
  sessions: readonly SessionRecord[],
  signal?: AbortSignal,
): Promise<Set<string>> {
  const images = await api.describeAllImages(
    {
      regionId,
      imageOwnerAlias: 'self',
      status: ['Creating', 'Waiting', 'Available', 'UnAvailable', 'CreateFailed', 'Deprecated'],
    },
    { signal },
  );
  const needed = new Set(images.flatMap((i) => i.diskDeviceMappings.map((m) => m.snapshotId)).filter(Boolean));
  for (const s of sessions) {
    // A launch restoring or moving from a snapshot needs it until its disk is made and attached.
    if (s.phase === 'launching') {
      if (s.plan.disk.kind === 'snapshot') needed.add(s.plan.disk.snapshotId);
      if (s.diskFrom) needed.add(s.diskFrom);
    }
    if (s.move?.snapshotId) needed.add(s.move.snapshotId);
  }
  return needed;
}

/**
 * The snapshots of `lineage` a prune that keeps the newest `keep` would delete: Danlu's own,
 * complete ones only (one in progress is not a copy yet), never one an image is made from or a
 * session is restoring or moving from. `keep` 0 only for a preview, where a new snapshot will be
 * the newest of the line.
 */
export async function prunableSnapshots(
  api: Pick<SessionCloudApi, 'describeAllSnapshots' | 'describeAllImages'>,
  regionId: string,
  lineage: string,
  keep: number,
  sessions: readonly SessionRecord[],
  signal?: AbortSignal,
): Promise<Snapshot[]> {
  const [snapshots, needed] = await Promise.all([
    api.describeAllSnapshots({ regionId, tags: [{ key: DANLU_TAG_KEY, value: DANLU_TAG_VALUE }] }, { signal }),
    neededSnapshots(api, regionId, sessions, signal),
  ]);
  const line = snapshots
    .filter((s) => s.status === 'accomplished' && isDanlus(s.tags) && snapshotLineage(s) === lineage)
    .sort(
      (a, b) => (b.creationTime ?? '').localeCompare(a.creationTime ?? '') || b.snapshotId.localeCompare(a.snapshotId),
    );
  return line.slice(Math.max(0, keep)).filter((s) => !needed.has(s.snapshotId));
}

/** Deletes the older snapshots of this session's lineage beyond `keep`, newest kept; returns their ids. */
export async function pruneSnapshots(
  scope: StepScope,
  keep: number,
  say: Say = (m) => scope.log(m),
): Promise<string[]> {
  const lineage = dataLineage(scope.record);
  const old = lineage
    ? // Never the last of a lineage: at least one is kept, whatever the setting.
      await prunableSnapshots(
        scope.api,
        scope.region,
        lineage,
        Math.max(1, keep),
        scope.deps.journal.list(),
        scope.signal,
      )
    : [];
  for (const snap of old) {
    await deleteIgnoringMissing(() =>
      scope.api.deleteSnapshot(
        { regionId: scope.region, snapshotId: snap.snapshotId, force: true },
        { signal: scope.signal },
      ),
    );
    snapshotGone(scope, snap.snapshotId);
  }
  say(
    old.length > 0
      ? msg('operation.snapshots.pruned', { count: old.length, snapshots: old.map((s) => s.snapshotId).join(', ') })
      : msg('operation.snapshots.noneToPrune'),
  );
  return old.map((s) => s.snapshotId);
}
