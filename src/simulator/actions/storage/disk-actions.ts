import type { ActionContext, ActionSpec } from '../../api/action';
import { apiError, invalidParameter } from '../../api/api-error';
import { DISK_CATEGORIES, DISK_SIZE_LIMITS } from '../../catalog/disk-prices';
import { typeDiskCategories, zoneDiskCategories } from '../../catalog/disk-support';
import { attach, destroyDisk, detach, nextDevice, provisionDisk } from '../../lifecycle/disk-lifecycle';
import type { Disk } from '../../state/resources';
import { dryRunGate, findById, findIn, region, requireZone } from '../common/guards';
import { tagsFrom } from '../common/tags';

export const DISK_NAME = /^[A-Za-z\u4e00-\u9fa5][\w\u4e00-\u9fa5.:-]{1,127}$/;

/** Creating anything billed needs the balance the account rules ask for. */
export function requireBalance(ctx: ActionContext): void {
  if (ctx.world.account.balance(ctx.now) < ctx.world.assumptions.minimumBalance) {
    throw apiError('InvalidAccountStatus.NotEnoughBalance');
  }
}

function findDisk(ctx: ActionContext): Disk {
  return findById(ctx, ctx.world.store.disks, 'DiskId', 'InvalidDiskId.NotFound');
}

const createDisk: ActionSpec = {
  product: 'ecs',
  name: 'CreateDisk',
  idempotent: true,
  handler: (ctx) => {
    const { world, params, now } = ctx;
    const r = region(ctx);
    const zoneId = params.required('ZoneId');
    requireZone(r, zoneId);
    const category = params.str('DiskCategory') ?? 'cloud';
    if (!(DISK_CATEGORIES as readonly string[]).includes(category)) throw apiError('InvalidDiskCategory.NotSupported');
    if (!zoneDiskCategories(world, r.regionId, zoneId).includes(category)) {
      throw apiError('InvalidDataDiskCategory.NotSupported', `The disk category ${category} is not sold in ${zoneId}.`);
    }
    const performanceLevel = params.oneOf('PerformanceLevel', ['PL0', 'PL1', 'PL2', 'PL3']) ?? 'PL1';
    const snapshotId = params.str('SnapshotId') ?? '';
    let size = params.int('Size', {}, 'InvalidDiskSize.ValueNotSupported');
    if (snapshotId) {
      const snapshot = findIn(world.store.snapshots, snapshotId, r.regionId, 'InvalidSnapshotId.NotFound');
      if (snapshot.status !== 'accomplished') throw apiError('InvalidSnapshotId.NotReady');
      if (size !== undefined && size < snapshot.sourceDiskSize) throw apiError('InvalidDiskSize.TooSmall');
      size = Math.max(size ?? 0, snapshot.sourceDiskSize);
    }
    if (size === undefined)
      throw apiError(
        'MissingParameter',
        'The input parameter "Size" that is mandatory for processing this request is not supplied.',
      );
    const [min, max] = DISK_SIZE_LIMITS[category] ?? [20, 32768];
    if (size < min || size > max)
      throw apiError(
        'InvalidDiskSize.ValueNotSupported',
        'The specified Size is out of range for the disk category.',
        400,
      );
    const name = params.str('DiskName') ?? '';
    if (name && (!DISK_NAME.test(name) || /^https?:/.test(name))) throw apiError('InvalidDiskName.Malformed');
    const tags = tagsFrom(params.tags());
    const encrypted = params.bool('Encrypted') ?? false;
    requireBalance(ctx);
    dryRunGate(ctx);
    const disk: Disk = {
      id: world.ids.next('d', r.regionId),
      regionId: r.regionId,
      zoneId,
      name,
      description: params.str('Description') ?? '',
      type: 'data',
      category,
      performanceLevel,
      size,
      status: 'Creating',
      instanceId: '',
      device: '',
      portable: true,
      deleteWithInstance: false,
      deleteAutoSnapshot: true,
      enableAutoSnapshot: false,
      encrypted,
      sourceSnapshotId: snapshotId,
      imageId: '',
      createdAt: now,
      everAttached: false,
      tags,
    };
    world.store.disks.set(disk.id, disk);
    world.created('disk', disk.id, tags, now);
    provisionDisk(world, disk, now);
    return { DiskId: disk.id };
  },
};

const attachDisk: ActionSpec = {
  product: 'ecs',
  name: 'AttachDisk',
  regionOptional: true,
  handler: (ctx) => {
    const { world, params, now } = ctx;
    const disk = findDisk(ctx);
    const inst = findById(ctx, world.store.instances, 'InstanceId', 'InvalidInstanceId.NotFound');
    const deleteWithInstance = params.bool('DeleteWithInstance') ?? false;
    if (params.bool('Bootable')) throw invalidParameter('Bootable');
    if (disk.type === 'system')
      throw apiError('IncorrectDiskStatus', 'A system disk can only be attached with Bootable.');
    if (disk.instanceId && disk.status !== 'Available') throw apiError('InvalidDisk.InUse');
    if (disk.status !== 'Available') {
      throw apiError(
        'IncorrectDiskStatus',
        'The current disk status does not support this operation. The expected disk status is Available.',
      );
    }
    if (inst.status !== 'Running' && inst.status !== 'Stopped') throw apiError('IncorrectInstanceStatus');
    if (inst.locks.includes('Recycling')) throw apiError('IncorrectInstanceStatus');
    if (disk.zoneId !== inst.zoneId) throw apiError('ResourcesNotInSameZone');
    if (!typeDiskCategories(world, inst.instanceType).includes(disk.category)) {
      throw apiError('InvalidInstanceType.NotSupportDiskCategory');
    }
    if (!disk.portable) throw apiError('DiskNotPortable');
    const device = nextDevice(world, inst.id);
    if (!device || world.store.disksOf(inst.id).filter((d) => d.type === 'data').length >= 16) {
      throw apiError('InstanceDiskLimitExceeded');
    }
    dryRunGate(ctx);
    attach(world, disk, inst, now, device, deleteWithInstance);
    return {};
  },
};

const detachDisk: ActionSpec = {
  product: 'ecs',
  name: 'DetachDisk',
  regionOptional: true,
  handler: (ctx) => {
    const { world, now } = ctx;
    const disk = findDisk(ctx);
    const inst = findById(ctx, world.store.instances, 'InstanceId', 'InvalidInstanceId.NotFound');
    ctx.params.bool('DeleteWithInstance');
    if (disk.instanceId !== inst.id || disk.status !== 'In_use') throw apiError('IncorrectDiskStatus');
    if (inst.status !== 'Running' && inst.status !== 'Stopped') throw apiError('IncorrectInstanceStatus');
    if (disk.type === 'system' && inst.status !== 'Stopped') throw apiError('IncorrectInstanceStatus');
    if (!disk.portable) throw apiError('DiskNotPortable');
    dryRunGate(ctx);
    detach(world, disk, inst, now);
    return {};
  },
};

const modifyDiskAttribute: ActionSpec = {
  product: 'ecs',
  name: 'ModifyDiskAttribute',
  handler: (ctx) => {
    const { world, params } = ctx;
    const r = region(ctx);
    const ids = [params.str('DiskId'), ...params.list('DiskIds')].filter((id): id is string => Boolean(id));
    if (ids.length === 0)
      throw apiError(
        'MissingParameter',
        'The input parameter "DiskId" that is mandatory for processing this request is not supplied.',
      );
    const disks = ids.map((id) => findIn(world.store.disks, id, r.regionId, 'InvalidDiskId.NotFound'));
    const name = params.str('DiskName');
    if (name && (!DISK_NAME.test(name) || /^https?:/.test(name))) throw apiError('InvalidDiskName.Malformed');
    const description = params.str('Description');
    const deleteWithInstance = params.bool('DeleteWithInstance');
    const deleteAutoSnapshot = params.bool('DeleteAutoSnapshot');
    const enableAutoSnapshot = params.bool('EnableAutoSnapshot');
    params.bool('BurstingEnabled');
    if (deleteWithInstance === false && disks.some((d) => !d.portable)) throw apiError('DiskNotPortable');
    dryRunGate(ctx);
    for (const disk of disks) {
      if (name !== undefined) disk.name = name;
      if (description !== undefined) disk.description = description;
      if (deleteWithInstance !== undefined) disk.deleteWithInstance = deleteWithInstance;
      if (deleteAutoSnapshot !== undefined) disk.deleteAutoSnapshot = deleteAutoSnapshot;
      if (enableAutoSnapshot !== undefined) disk.enableAutoSnapshot = enableAutoSnapshot;
    }
    return {};
  },
};

const deleteDisk: ActionSpec = {
  product: 'ecs',
  name: 'DeleteDisk',
  regionOptional: true,
  handler: (ctx) => {
    const disk = findDisk(ctx);
    if (disk.snapshotInProgress) throw apiError('DiskCreatingSnapshot');
    if (disk.status === 'In_use') throw apiError('DiskStillAttached');
    if (disk.status !== 'Available') throw apiError('IncorrectDiskStatus');
    if (!disk.portable) throw apiError('DiskNotPortable');
    dryRunGate(ctx);
    destroyDisk(ctx.world, disk, ctx.now);
    return {};
  },
};

export const diskActions = [createDisk, attachDisk, detachDisk, modifyDiskAttribute, deleteDisk];
