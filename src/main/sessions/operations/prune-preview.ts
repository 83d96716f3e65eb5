import type { PrunePreview } from '../../../shared/contract/sessions';
import type { SessionRecord } from '../journal/session-record';
import type { SessionDeps } from '../session-deps';
import { dataLineage, prunableSnapshots } from './prune-snapshots';

export type { PrunePreview };

/**
 * What a release of `record` with a snapshot would prune, read from the cloud now: its new
 * snapshot counts among the `keep` newest of the lineage, so the older ones beyond `keep - 1` are
 * listed (never the lineage's last, never one behind an image). The release dialog shows it.
 */
export async function prunePreview(
  deps: Pick<SessionDeps, 'api' | 'journal'>,
  record: SessionRecord,
  keep: number,
): Promise<PrunePreview> {
  const lineage = dataLineage(record);
  const kept = Math.max(1, keep);
  if (!lineage) return { keep: kept, snapshots: [] };
  const prunable = await prunableSnapshots(deps.api, record.plan.regionId, lineage, kept - 1, deps.journal.list());
  return {
    keep: kept,
    snapshots: prunable.map((s) => ({
      snapshotId: s.snapshotId,
      name: s.snapshotName,
      createdAt: s.creationTime,
      sizeGiB: s.sourceDiskSize,
    })),
  };
}
