import type { Plan } from '../../../shared/session';
import { LIVE_PHASES } from '../../../shared/session-phases';
import type { SessionCloudApi } from '../session-cloud-api';
import type { SessionRecord } from './session-record';

/**
 * The plan of `last` (the most recent session), to launch again with the work it left: the data
 * disk it kept, else its newest snapshot, when the cloud still has them. A disk or snapshot the
 * plan named that is gone gives way to a new disk, so the plan can still be launched.
 */
export async function lastLaunchPlan(api: SessionCloudApi, last: SessionRecord | undefined): Promise<Plan | undefined> {
  if (!last) return undefined;
  const { plan } = last;
  const regionId = plan.regionId;
  const disk = async (diskId: string) =>
    (await api.describeDisks({ regionId, diskIds: [diskId] })).disks[0]?.status === 'Available';
  const snapshot = async (snapshotId: string) =>
    (await api.describeSnapshots({ regionId, snapshotIds: [snapshotId] })).snapshots[0]?.status === 'accomplished';
  const kept = last.resources.diskId;
  if (kept && !LIVE_PHASES.includes(last.phase) && (await disk(kept))) {
    // What becomes of it after a move is asked again on the Launch page; the default until then.
    return { ...plan, disk: { kind: 'existing', diskId: kept, afterMove: 'delete' } };
  }
  for (const snapshotId of [...(last.resources.snapshotIds ?? [])].reverse()) {
    if (await snapshot(snapshotId)) return { ...plan, disk: { kind: 'snapshot', snapshotId } };
  }
  const stillThere =
    plan.disk.kind === 'new' ||
    (plan.disk.kind === 'existing' ? await disk(plan.disk.diskId) : await snapshot(plan.disk.snapshotId));
  return stillThere ? plan : { ...plan, disk: { kind: 'new', sizeGiB: 100, category: 'cloud_essd' } };
}
