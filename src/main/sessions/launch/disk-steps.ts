import { AppError } from '../../../shared/errors';
import type { Plan } from '../../../shared/session';
import { msg } from '../../../shared/words/message';
import { clientTokenFor, type Disk } from '../../aliyun';
import { type BillingTimeline, closeSpans } from '../journal/billing-timeline';
import { madeNow, readSettled } from '../not-yet';
import { deleteDisk } from '../operations/delete-disk';
import { diskLineage, lineageTags, snapshotLineage } from '../operations/lineage';
import { sessionTags, snapshotDisk, waitDiskStatus } from '../operations/snapshot-disk';
import { isDanlus, notDanlus, VERBS } from '../reconcile/ownership';
import type { StepScope } from '../step-scope';
import { requireUsable } from './brought-resources';
import { categoriesFrom, categoryRefusedFailover, refusedCategory } from './disk-categories';

/** Ids of the user's own resources this session was told it may use. */
const confirmed = (scope: StepScope) => scope.record.confirmedForeign ?? [];

/** The disk as the cloud lists it now; one made a moment ago is read until it is listed. */
export async function describeDisk(scope: StepScope, diskId: string): Promise<Disk | undefined> {
  const page = await readSettled(
    scope,
    diskId,
    (api) => api.describeDisks({ regionId: scope.region, diskIds: [diskId] }, { signal: scope.signal }),
    (p) => p.disks.length > 0,
  );
  return page.disks[0];
}

/**
 * What the dry run of a candidate must ask about the data disk: the category it will have, and
 * whether that category is fixed. The user's own data keeps its category wherever it goes (a
 * family that refuses it is a failover to the next type); a new disk, or one restored from a
 * snapshot, may take the next category the family does take.
 */
export async function dataDiskFor(
  scope: StepScope,
  plan: Plan,
): Promise<{ category: string; fixed: boolean; sizeGiB: number }> {
  const current = scope.record.resources.diskId;
  const disk = current ? await describeDisk(scope, current) : undefined;
  const fixed = plan.disk.kind === 'existing';
  const category =
    fixed && disk ? disk.category : plan.disk.kind === 'new' ? plan.disk.category : (disk?.category ?? 'cloud_essd');
  const size = disk?.size ?? (plan.disk.kind === 'new' ? plan.disk.sizeGiB : 40);
  return { category, fixed, sizeGiB: Math.min(Math.max(size, 20), 32768) };
}

/**
 * The first look at the user's existing disk, once per session: it must be there, and be Danlu's
 * or one the user confirmed; its billing moves into this session, its lineage is noted.
 */
async function adoptExisting(scope: StepScope, diskId: string): Promise<void> {
  const disk = await describeDisk(scope, diskId);
  if (!disk) throw new AppError(msg('launch.diskNotFound', { diskId, regionId: scope.region }));
  const danlus = isDanlus(disk.tags);
  if (!danlus && !confirmed(scope).includes(disk.diskId)) throw notDanlus('disk', disk.diskId, VERBS.attach);
  scope.update((s) => {
    s.resources.diskId = disk.diskId;
    s.diskZoneId = disk.zoneId;
    // A disk Danlu made (kept from an earlier session) may be deleted at release if asked; never the user's own.
    s.diskOwned = danlus;
    s.diskRecreatable = false;
    s.diskBlank ??= false;
    s.lineage = diskLineage(disk);
    s.diskAdopted = true;
  });
  adoptDiskBilling(scope, disk);
}

/**
 * The data disk in the attempt's zone: a new disk, the user's disk, or one made from a snapshot.
 * A disk in another zone follows the attempt. One that holds nothing its source does not (new
 * and never attached, or made from a snapshot that still exists) is made again there. One
 * holding the user's data is copied through a snapshot and stays where it is: it is deleted, if
 * the user chose so, only once the new session is ready (see disk-move.ts); until then it and
 * the snapshot are the user's data, whatever happens to the launch.
 */
export async function ensureDisk(scope: StepScope, plan: Plan, zoneId: string, category: string): Promise<string> {
  if (plan.disk.kind === 'existing' && !scope.record.diskAdopted) await adoptExisting(scope, plan.disk.diskId);
  const current = scope.record.resources.diskId;
  if (current) {
    const disk = await describeDisk(scope, current);
    if (disk && disk.zoneId === zoneId) {
      const ready = disk.status === 'Creating' ? await waitDiskStatus(scope, current, 'Available') : disk;
      if (disk.status !== 'Creating' && disk.status !== 'Available' && disk.status !== 'In_use') {
        throw new AppError(msg('launch.diskBusy', { diskId: current, status: disk.status }));
      }
      // A disk made by an earlier try of this step that failed before it was billed (its wait for
      // Available, say) bills from now on in this session, as the cloud bills it.
      billDisk(scope, current, ready ?? disk, { size: disk.size, category: disk.category });
      scope.detail('disk', msg('launch.disk.inZone', { diskId: current, zoneId }));
      return current;
    }
    if (!scope.record.diskRecreatable) {
      // The user's data is on it: never replaced by an empty disk.
      if (!disk) throw new AppError(msg('launch.diskGone', { diskId: current }));
      await startMove(scope, disk, zoneId);
    } else {
      if (disk && scope.record.diskOwned) await deleteDisk(scope, current);
      scope.update((s) => {
        s.resources.diskId = undefined;
        s.diskZoneId = undefined;
      });
    }
  } else if (plan.disk.kind === 'snapshot' && scope.record.diskFrom === undefined) {
    const snapshotId = plan.disk.snapshotId;
    await requireUsable(scope.api, 'snapshot', scope.region, snapshotId, confirmed(scope), scope.signal);
    const snapshot = (await scope.api.describeSnapshots({ regionId: scope.region, snapshotIds: [snapshotId] }))
      .snapshots[0];
    scope.update((s) => {
      s.diskFrom = snapshotId;
      s.lineage = snapshot ? snapshotLineage(snapshot) : snapshotId;
    });
  }
  return createDataDisk(scope, plan, zoneId, category);
}

/**
 * Starts moving the user's disk to another zone: a snapshot of it (tagged with its lineage),
 * from which the copy is made. The disk itself stays, journaled as the move's source.
 */
async function startMove(scope: StepScope, disk: Disk, zoneId: string): Promise<void> {
  const move = scope.record.move;
  if (!move) {
    scope.detail('disk', msg('launch.disk.moving', { diskId: disk.diskId, from: disk.zoneId, to: zoneId }));
  }
  const lineage = scope.record.lineage ?? diskLineage(disk);
  const snapshotId =
    move?.snapshotId ?? (await snapshotDisk(scope, disk.diskId, `move-snapshot:${disk.diskId}`, lineage));
  scope.update((s) => {
    s.move ??= { sourceDiskId: disk.diskId, sourceZoneId: disk.zoneId, snapshotId };
    s.move.snapshotId = snapshotId;
    s.lineage = lineage;
    s.diskFrom = snapshotId;
    s.resources.diskId = undefined;
    s.diskZoneId = undefined;
  });
}

/**
 * CreateDisk in the zone, blank or from the snapshot the disk is made from, in the category the
 * dry run settled on (a category the zone does not sell is replaced by the next one).
 */
async function createDataDisk(scope: StepScope, plan: Plan, zoneId: string, category: string): Promise<string> {
  const from = scope.record.diskFrom;
  const size = plan.disk.kind === 'new' && from === undefined ? plan.disk.sizeGiB : undefined;
  let diskId: string | undefined;
  // A copy of the user's disk keeps its category; a new or restored disk may take the next one.
  for (const tried of plan.disk.kind === 'existing' ? [category] : categoriesFrom(category)) {
    const tokenKey = `disk:${zoneId}:${scope.record.attemptIndex}:${tried}`;
    const clientToken = scope.token(tokenKey, () => clientTokenFor(scope.sessionId, tokenKey));
    try {
      ({ diskId } = await scope.api.createDisk(
        {
          regionId: scope.region,
          zoneId,
          diskCategory: tried,
          size,
          snapshotId: from,
          diskName: `danlu-${scope.record.name}`,
          description: 'Danlu work disk (/mnt/ml)',
          clientToken,
          tags: [...sessionTags(scope), ...lineageTags(from ? scope.record.lineage : undefined)],
        },
        { signal: scope.signal },
      ));
      break;
    } catch (error) {
      if (refusedCategory(error) !== 'data') throw error;
    }
  }
  if (!diskId) throw categoryRefusedFailover(scope.record.instanceType ?? '—', category);
  const id = diskId;
  scope.update((s) => {
    s.resources.diskId = id;
    s.diskZoneId = zoneId;
    s.diskOwned = true;
    // Until it is attached it holds nothing its source (nothing, or a snapshot that exists) does not.
    s.diskRecreatable = true;
    // Only a disk made empty here may ever be formatted on the instance.
    s.diskBlank = from === undefined;
    // A blank disk starts its own lineage.
    if (from === undefined) s.lineage = id;
  });
  madeNow(scope, id);
  scope.detail(
    'disk',
    from
      ? msg('launch.disk.createdFromSnapshot', { diskId: id, zoneId, snapshotId: from })
      : msg('launch.disk.created', { diskId: id, zoneId }),
  );
  const ready = await waitDiskStatus(scope, id, 'Available');
  billDisk(scope, id, ready, { size, category });
  return id;
}

/** Opens the disk's billing span in this session, from when the cloud made it, unless one is open. */
function billDisk(
  scope: StepScope,
  id: string,
  read: Pick<Disk, 'size' | 'category' | 'performanceLevel' | 'creationTime'> | undefined,
  asked: { size?: number; category: string },
): void {
  scope.bill((t, at) => {
    if (t.disks.some((d) => d.diskId === id && !d.to)) return;
    t.disks.push({
      diskId: id,
      sizeGiB: read?.size ?? asked.size ?? 0,
      category: read?.category ?? asked.category,
      performanceLevel: read?.performanceLevel ?? 'PL1',
      from: read?.creationTime ?? at,
    });
  });
}

/**
 * A disk kept from an earlier session bills in that session's timeline; from now on it bills in
 * this one, so each session shows what it costs and the two never count the same hour twice.
 */
function adoptDiskBilling(
  scope: StepScope,
  disk: { diskId: string; size: number; category: string; performanceLevel?: string },
): void {
  const at = scope.now();
  let found: BillingTimeline['disks'][number] | undefined;
  for (const other of scope.deps.journal.list()) {
    if (other.id === scope.sessionId) continue;
    const span = other.billing?.disks.find((d) => d.diskId === disk.diskId && !d.to);
    if (!span) continue;
    found = span;
    scope.deps.journal.update(other.id, (s) => {
      if (s.billing) closeSpans(s.billing.disks, at, (d) => d.diskId === disk.diskId);
      if (s.resources.keptDiskIds) s.resources.keptDiskIds = s.resources.keptDiskIds.filter((id) => id !== disk.diskId);
    });
  }
  scope.bill((t) => {
    if (t.disks.some((d) => d.diskId === disk.diskId && !d.to)) return;
    t.disks.push({
      diskId: disk.diskId,
      sizeGiB: found?.sizeGiB ?? disk.size,
      category: found?.category ?? disk.category,
      performanceLevel: found?.performanceLevel ?? disk.performanceLevel ?? 'PL1',
      from: at,
    });
  });
}

/**
 * Attaches the data disk (kept when the instance goes). The disk is read right before: it must be
 * Danlu's or one the user confirmed; the instance was read with its tags while waiting for it. A
 * family that does not take its category is a failover to the next option.
 */
export async function ensureAttached(scope: StepScope, instanceId: string, diskId: string): Promise<void> {
  const disk = await describeDisk(scope, diskId);
  if (!disk) throw new AppError(msg('launch.diskGone', { diskId }));
  if (!isDanlus(disk.tags) && !confirmed(scope).includes(diskId)) throw notDanlus('disk', diskId, VERBS.attach);
  if (disk.status === 'In_use' && disk.instanceId === instanceId) return;
  if (disk.status !== 'Attaching') {
    try {
      await scope.api.attachDisk(
        { regionId: scope.region, instanceId, diskId, deleteWithInstance: false },
        { signal: scope.signal },
      );
    } catch (error) {
      if (refusedCategory(error)) throw categoryRefusedFailover(scope.record.instanceType ?? '—', disk.category);
      throw error;
    }
  }
  await waitDiskStatus(scope, diskId, 'In_use');
  scope.update((s) => {
    s.diskRecreatable = false;
  });
  scope.detail('attachDisk', msg('launch.disk.attached', { diskId }));
}
