import { apiError, invalidParameter } from '../../api/api-error';
import type { Params } from '../../api/params';
import { DISK_CATEGORIES, DISK_SIZE_LIMITS } from '../../catalog/disk-prices';
import { typeDiskCategories } from '../../catalog/disk-support';
import type { DiskPlan } from '../../lifecycle/instance-create';
import type { World } from '../../state/world';

const PERFORMANCE_LEVELS = ['PL0', 'PL1', 'PL2', 'PL3'];

function checkCategory(category: string, code: string): void {
  if (!(DISK_CATEGORIES as readonly string[]).includes(category))
    throw apiError(code, `The specified disk category ${category} is not valid.`, 400);
}

export function planSystemDisk(params: Params, imageSize: number): DiskPlan {
  const category = params.str('SystemDisk.Category') ?? 'cloud_essd';
  checkCategory(category, 'InvalidSystemDiskCategory.ValueNotSupported');
  const size =
    params.int('SystemDisk.Size', { min: 20, max: 2048 }, 'InvalidSystemDiskSize') ?? Math.max(40, imageSize);
  if (size < imageSize) throw apiError('InvalidSystemDiskSize.LessThanImageSize');
  const performanceLevel = params.str('SystemDisk.PerformanceLevel') ?? 'PL1';
  if (!PERFORMANCE_LEVELS.includes(performanceLevel)) throw invalidParameter('SystemDisk.PerformanceLevel');
  return {
    category,
    performanceLevel,
    size,
    snapshotId: '',
    deleteWithInstance: true,
    name: params.str('SystemDisk.DiskName') ?? '',
    description: params.str('SystemDisk.Description') ?? '',
  };
}

/** DataDisk.N (N ≤ 16): size within the category's limits, or the size of the snapshot it is made from. */
export function planDataDisks(world: World, params: Params, regionId: string): DiskPlan[] {
  const entries = params.structs('DataDisk');
  if (entries.length > 16) throw invalidParameter('DataDisk');
  return entries.map((e, index) => {
    const category = e.Category ?? 'cloud_efficiency';
    checkCategory(category, 'InvalidDataDiskCategory.ValueNotSupported');
    const snapshotId = e.SnapshotId ?? '';
    let size = e.Size === undefined ? undefined : Number(e.Size);
    if (size !== undefined && !Number.isInteger(size)) throw apiError('InvalidDataDiskSize.ValueNotSupported');
    if (snapshotId) {
      const snapshot = world.store.snapshots.get(snapshotId);
      if (!snapshot || snapshot.regionId !== regionId) throw apiError('InvalidSnapshotId.NotFound');
      if (snapshot.status !== 'accomplished') throw apiError('InvalidSnapshotId.NotReady');
      size = Math.max(size ?? 0, snapshot.sourceDiskSize);
    }
    if (size === undefined)
      throw apiError(
        'MissingParameter',
        `The input parameter "DataDisk.${index + 1}.Size" that is mandatory for processing this request is not supplied.`,
      );
    const [min, max] = DISK_SIZE_LIMITS[category] ?? [20, 32768];
    if (size < min || size > max) throw apiError('InvalidDataDiskSize.ValueNotSupported');
    const performanceLevel = e.PerformanceLevel ?? 'PL1';
    if (!PERFORMANCE_LEVELS.includes(performanceLevel))
      throw invalidParameter(`DataDisk.${index + 1}.PerformanceLevel`);
    const deleteWithInstance = e.DeleteWithInstance === undefined ? true : e.DeleteWithInstance === 'true';
    if (e.DeleteWithInstance !== undefined && !['true', 'false'].includes(e.DeleteWithInstance)) {
      throw invalidParameter(`DataDisk.${index + 1}.DeleteWithInstance`);
    }
    return {
      category,
      performanceLevel,
      size,
      snapshotId,
      deleteWithInstance,
      name: e.DiskName ?? '',
      description: e.Description ?? '',
    };
  });
}

/** Refuses disks the instance family cannot use (the `diskCategoriesByFamily` behaviour), with RunInstances' codes. */
export function checkFamilyDisks(world: World, instanceType: string, system: DiskPlan, data: DiskPlan[]): void {
  const usable = typeDiskCategories(world, instanceType);
  if (!usable.includes(system.category)) {
    throw apiError(
      'InvalidSystemDiskCategory.ValueNotSupported',
      `The specified parameter "SystemDisk.Category" is not valid for ${instanceType}. Valid values: ${usable.join(';')}.`,
      400,
    );
  }
  if (data.some((d) => !usable.includes(d.category))) {
    throw apiError(
      'InvalidDiskCategory.NotSupported',
      'The specified disk category is not support the specified instance type.',
      403,
    );
  }
}
