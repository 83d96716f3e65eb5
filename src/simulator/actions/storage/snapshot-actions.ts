import type { ActionSpec } from '../../api/action';
import { apiError } from '../../api/api-error';
import { isoSeconds } from '../../api/time-format';
import { destroySnapshot, snapshotDuration, snapshotProgress, takeSnapshot } from '../../lifecycle/snapshot-lifecycle';
import type { Disk, Snapshot } from '../../state/resources';
import type { World } from '../../state/world';
import { dryRunGate, findById, region } from '../common/guards';
import { listed, shownTags } from '../common/listing';
import { dualPage } from '../common/paging';
import { ecsTags, matchesTags, tagsFrom } from '../common/tags';
import { requireBalance } from './disk-actions';

/** Refuses a snapshot of a disk that cannot be snapshotted right now (also used by CreateImage). */
export function checkSnapshottable(world: World, disk: Disk): void {
  if (disk.snapshotInProgress) throw apiError('IncorrectDiskStatus.CreatingSnapshot');
  if (disk.status === 'Available' && !disk.everAttached) throw apiError('IncorrectDiskStatus.NeverAttached');
  if (disk.status !== 'Available' && disk.status !== 'In_use') throw apiError('IncorrectDiskStatus');
  if (disk.status === 'In_use') {
    const inst = world.store.instances.get(disk.instanceId);
    if (!inst || (inst.status !== 'Running' && inst.status !== 'Stopped')) throw apiError('IncorrectInstanceStatus');
  }
}

/** A new snapshot record of the disk (not yet started). */
export function newSnapshot(world: World, disk: Disk, at: number, fields: Partial<Snapshot> = {}): Snapshot {
  return {
    id: world.ids.next('s', disk.regionId),
    regionId: disk.regionId,
    name: '',
    description: '',
    status: 'progressing',
    sourceDiskId: disk.id,
    sourceDiskSize: disk.size,
    sourceDiskType: disk.type,
    sourceDiskCategory: disk.category,
    createdAt: at,
    completesAt: at + snapshotDuration(world, disk.size),
    tags: new Map(),
    ...fields,
  };
}

const createSnapshot: ActionSpec = {
  product: 'ecs',
  name: 'CreateSnapshot',
  idempotent: true,
  regionOptional: true,
  handler: (ctx) => {
    const { world, params, now } = ctx;
    const disk = findById(ctx, world.store.disks, 'DiskId', 'InvalidDiskId.NotFound');
    const name = params.str('SnapshotName') ?? '';
    if (name && (/^(auto|https?:)/.test(name) || !/^[A-Za-z\u4e00-\u9fa5][\w\u4e00-\u9fa5.:-]{1,127}$/.test(name))) {
      throw apiError('InvalidSnapshotName.Malformed');
    }
    const retentionDays = params.int('RetentionDays', { min: 1, max: 65536 });
    const tags = tagsFrom(params.tags());
    checkSnapshottable(world, disk);
    requireBalance(ctx);
    dryRunGate(ctx);
    const snapshot = newSnapshot(world, disk, now, {
      name,
      description: params.str('Description') ?? '',
      retentionDays,
      tags,
    });
    takeSnapshot(world, disk, snapshot, now);
    world.created('snapshot', snapshot.id, snapshot.tags, now);
    return { SnapshotId: snapshot.id };
  },
};

function usage(world: World, snapshot: Snapshot): string {
  const byImage = [...world.store.images.values()].some((i) => i.mappings.some((m) => m.snapshotId === snapshot.id));
  const byDisk = [...world.store.disks.values()].some((d) => d.sourceSnapshotId === snapshot.id);
  return byImage && byDisk ? 'image_disk' : byImage ? 'image' : byDisk ? 'disk' : 'none';
}

const describeSnapshots: ActionSpec = {
  product: 'ecs',
  name: 'DescribeSnapshots',
  handler: (ctx) => {
    const { world, params, now } = ctx;
    const r = region(ctx);
    const diskId = params.str('DiskId');
    const instanceId = params.str('InstanceId');
    const ids = params.jsonList('SnapshotIds');
    const name = params.str('SnapshotName');
    const status = params.oneOf('Status', ['progressing', 'accomplished', 'failed', 'all']) ?? 'all';
    const type = params.oneOf('SnapshotType', ['auto', 'user', 'all']) ?? 'all';
    const sourceType = params.str('SourceDiskType')?.toLowerCase();
    const usageFilter = params.str('Usage');
    const tags = params.tags();
    const instanceDisks = instanceId ? new Set(world.store.disksOf(instanceId).map((d) => d.id)) : undefined;
    const matches = [...world.store.snapshots.values()].filter(
      (s) =>
        s.regionId === r.regionId &&
        listed(ctx, s) &&
        (!diskId || s.sourceDiskId === diskId) &&
        (!instanceDisks || instanceDisks.has(s.sourceDiskId)) &&
        (!ids || ids.includes(s.id)) &&
        (!name || s.name === name) &&
        (status === 'all' || s.status === status) &&
        type !== 'auto' &&
        (!sourceType || s.sourceDiskType === sourceType) &&
        (!usageFilter || usage(world, s) === usageFilter) &&
        matchesTags(shownTags(ctx, s), tags),
    );
    const render = (s: Snapshot) => {
      const { progress, remain } = snapshotProgress(s, now);
      return {
        SnapshotId: s.id,
        SnapshotName: s.name,
        Description: s.description,
        RegionId: s.regionId,
        Status: s.status,
        Progress: progress,
        RemainTime: remain,
        SourceDiskId: s.sourceDiskId,
        SourceDiskSize: String(s.sourceDiskSize),
        SourceDiskType: s.sourceDiskType,
        SourceStorageType: 'disk',
        CreationTime: isoSeconds(s.createdAt),
        LastModifiedTime: isoSeconds(s.status === 'accomplished' ? s.completesAt : now),
        ...(s.retentionDays === undefined ? {} : { RetentionDays: s.retentionDays }),
        Usage: usage(world, s),
        Available: s.status === 'accomplished',
        Encrypted: false,
        InstantAccess: false,
        Category: 'standard',
        SnapshotType: 'user',
        SnapshotSN: `64472-${s.id.slice(2, 14)}`,
        ProductCode: '',
        ResourceGroupId: '',
        KMSKeyId: '',
        Tags: ecsTags(shownTags(ctx, s)),
      };
    };
    const { page, fields } = dualPage(params, matches, { defaultSize: 10, pageMax: 100, tokenMax: 100 });
    return { Snapshots: { Snapshot: page.map(render) }, ...fields };
  },
};

const deleteSnapshot: ActionSpec = {
  product: 'ecs',
  name: 'DeleteSnapshot',
  regionOptional: true,
  handler: (ctx) => {
    const { world, params, now } = ctx;
    const snapshot = findById(ctx, world.store.snapshots, 'SnapshotId', 'InvalidSnapshotId.NotFound');
    const force = params.bool('Force') ?? false;
    if ([...world.store.images.values()].some((i) => i.mappings.some((m) => m.snapshotId === snapshot.id))) {
      throw apiError('SnapshotCreatedImage');
    }
    if (!force && [...world.store.disks.values()].some((d) => d.sourceSnapshotId === snapshot.id)) {
      throw apiError('SnapshotCreatedDisk');
    }
    dryRunGate(ctx);
    destroySnapshot(world, snapshot, now);
    return {};
  },
};

export const snapshotActions = [createSnapshot, describeSnapshots, deleteSnapshot];
