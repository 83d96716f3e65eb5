import type { Disk, Instance } from '../state/resources';
import type { World } from '../state/world';
import { autoReleaseTimerId, releaseInstance } from './instance-release';
import { startDiskBilling } from './metering';

/** One disk RunInstances will create with the instance. */
export interface DiskPlan {
  category: string;
  performanceLevel: string;
  size: number;
  snapshotId: string;
  deleteWithInstance: boolean;
  name: string;
  description: string;
}

/** A disk RunInstances creates already attached (system disk or DataDisk.N), with its backing store made by the host before boot. */
export function provisionDiskAttached(
  world: World,
  inst: Instance,
  plan: DiskPlan,
  type: 'system' | 'data',
  device: string,
  at: number,
): Disk {
  const disk: Disk = {
    id: world.ids.next('d', inst.regionId),
    regionId: inst.regionId,
    zoneId: inst.zoneId,
    name: plan.name,
    description: plan.description,
    type,
    category: plan.category,
    performanceLevel: plan.performanceLevel,
    size: plan.size,
    status: 'In_use',
    instanceId: inst.id,
    device,
    // Pay-as-you-go cloud disks are removable; only local and subscription disks are not.
    portable: true,
    deleteWithInstance: plan.deleteWithInstance,
    deleteAutoSnapshot: true,
    enableAutoSnapshot: false,
    encrypted: false,
    sourceSnapshotId: plan.snapshotId,
    imageId: type === 'system' ? inst.imageId : '',
    createdAt: at,
    attachedAt: at,
    everAttached: true,
    tags: new Map(inst.tags),
  };
  world.store.disks.set(disk.id, disk);
  world.lag.created(disk.id, disk.tags, at, world.unkind.listingLagMs);
  startDiskBilling(world, disk, at);
  if (type === 'data') {
    const snapshotId = plan.snapshotId;
    void world.host.run(snapshotId ? [inst.id, disk.id, snapshotId] : [inst.id, disk.id], 'createDisk', (h) =>
      snapshotId ? h.createDiskFromSnapshot(snapshotId, disk.id, disk.size) : h.createDisk(disk.id, disk.size),
    );
  }
  return disk;
}

/** AutoReleaseTime: the instance is released then (replacing any earlier schedule). */
export function scheduleAutoRelease(world: World, inst: Instance, at: number | undefined): void {
  world.timers.cancel(autoReleaseTimerId(inst.id));
  inst.autoReleaseAt = at;
  if (at === undefined) return;
  world.timers.at(autoReleaseTimerId(inst.id), at, (due) =>
    releaseInstance(world, inst, due, 'AutoReleaseTime reached'),
  );
}
