import { msg } from '../../../shared/words/message';
import { instanceReleased } from '../journal/billing-timeline';
import type { StepScope } from '../step-scope';

const MINUTE = 60_000;

/**
 * The session's instance is no longer listed. It went by its lease when the data disk was let
 * go of (its DetachedTime, a fact the cloud keeps) at or after the lease's end; otherwise the
 * cloud reclaimed it. Compute and the system disk stopped billing then; the data disk, attached
 * with DeleteWithInstance=false, is kept. Returns how it went, or undefined when it is still there.
 */
export async function instanceGone(scope: StepScope): Promise<'lease' | 'reclaim' | undefined> {
  const record = scope.record;
  const instanceId = record.resources.instanceId;
  if (!instanceId) return undefined;
  const { signal } = scope;
  const listed = await scope.api.describeInstances({ regionId: scope.region, instanceIds: [instanceId] }, { signal });
  if (listed.instances.length > 0) return undefined;
  const diskId = record.resources.diskId;
  const disk = diskId
    ? (await scope.api.describeDisks({ regionId: scope.region, diskIds: [diskId] }, { signal })).disks[0]
    : undefined;
  const detached = disk?.status === 'Available' && disk.detachedTime ? Date.parse(disk.detachedTime) : Number.NaN;
  const attached = disk?.attachedTime ? Date.parse(disk.attachedTime) : 0;
  const known = Number.isFinite(detached) && detached >= attached;
  const lease = record.leaseUntil ? Date.parse(record.leaseUntil) : Number.NaN;
  const byLease = known && Number.isFinite(lease) && detached >= lease - MINUTE;
  // When the cloud let go of the disk is when the instance went; without it, now (never earlier than the truth).
  const at = known ? new Date(detached).toISOString() : scope.now();
  scope.bill((t) => instanceReleased(t, instanceId, at));
  scope.update((s) => {
    s.phase = 'interrupted';
    s.goneBy = byLease ? 'lease' : 'reclaim';
    s.goneAt = at;
    s.resources.instanceId = undefined;
    s.resources.publicIp = undefined;
    s.leaseUntil = undefined;
    s.stopSeen = undefined;
  });
  // The notebook token of a machine that is gone has nothing left to open.
  await scope.deps.bootstrap
    ?.forget?.(instanceId)
    .catch((error: unknown) => scope.deps.log.warn('could not forget the notebook token', { instanceId, error }));
  // A reclaim is logged by the watch with why (its time); the lease's end here.
  if (byLease) scope.log(msg('session.lease.ended', { at: { time: at, date: true }, diskId: diskId ?? '—' }));
  return byLease ? 'lease' : 'reclaim';
}
