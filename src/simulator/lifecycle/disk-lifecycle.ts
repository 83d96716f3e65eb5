import type { Disk, Instance } from '../state/resources';
import type { World } from '../state/world';
import { hostDisk } from './host-spec';
import { startDiskBilling } from './metering';

/** CreateDisk: Creating → Available once the delay passed and the host made the backing store. */
export function provisionDisk(world: World, disk: Disk, at: number): void {
  disk.status = 'Creating';
  startDiskBilling(world, disk, at);
  let delayDone = false;
  let created = !world.host.attached;
  const finish = () => {
    if (world.store.disks.get(disk.id) !== disk || disk.status !== 'Creating' || !delayDone || !created) return;
    disk.status = 'Available';
  };
  if (world.host.attached) {
    const snapshotId = disk.sourceSnapshotId;
    const keys = snapshotId ? [disk.id, snapshotId] : [disk.id];
    void world.host
      .run(keys, 'createDisk', (h) =>
        snapshotId ? h.createDiskFromSnapshot(snapshotId, disk.id, disk.size) : h.createDisk(disk.id, disk.size),
      )
      .then(() => {
        created = true;
        finish();
      });
  }
  world.timers.at(disk.id, at + world.delays.diskCreating, () => {
    delayDone = true;
    finish();
  });
}

/** The first free /dev/xvd? letter (b…z) on the instance. */
export function nextDevice(world: World, instanceId: string): string | undefined {
  const used = new Set(world.store.disksOf(instanceId).map((d) => d.device));
  for (let c = 'b'.charCodeAt(0); c <= 'z'.charCodeAt(0); c++) {
    const device = `/dev/xvd${String.fromCharCode(c)}`;
    if (!used.has(device)) return device;
  }
  return undefined;
}

/** AttachDisk: Attaching → In_use (hot-attached by the host when the instance is running). */
export function attach(
  world: World,
  disk: Disk,
  inst: Instance,
  at: number,
  device: string,
  deleteWithInstance: boolean,
): void {
  disk.status = 'Attaching';
  disk.instanceId = inst.id;
  disk.device = device;
  disk.deleteWithInstance = deleteWithInstance;
  disk.attachedAt = at;
  disk.everAttached = true;
  world.timers.at(disk.id, at + world.delays.diskAttaching, () => {
    if (world.store.disks.get(disk.id) !== disk || disk.status !== 'Attaching') return;
    const done = () => {
      if (disk.status === 'Attaching') disk.status = 'In_use';
    };
    if (world.host.attached && (inst.status === 'Running' || inst.status === 'Starting')) {
      void world.host.run([inst.id, disk.id], 'attachDisk', (h) => h.attachDisk(inst.id, hostDisk(disk))).then(done);
    } else {
      done();
    }
  });
}

/** DetachDisk: Detaching for about a minute → Available. */
export function detach(world: World, disk: Disk, inst: Instance, at: number): void {
  disk.status = 'Detaching';
  world.timers.at(disk.id, at + world.delays.diskDetaching, (due) => {
    if (world.store.disks.get(disk.id) !== disk || disk.status !== 'Detaching') return;
    const done = (when: number) => {
      if (disk.status !== 'Detaching') return;
      disk.status = 'Available';
      disk.instanceId = '';
      disk.device = '';
      disk.detachedAt = when;
    };
    if (world.host.attached && world.store.instances.get(inst.id) === inst && inst.status !== 'Stopped') {
      void world.host
        .run([inst.id, disk.id], 'detachDisk', (h) => h.detachDisk(inst.id, disk.id))
        .then(() => done(world.now()));
    } else {
      done(due);
    }
  });
}

/** The disk is released: stops billing and frees the backing store after earlier host work on `afterKeys`. */
export function destroyDisk(world: World, disk: Disk, at: number, afterKeys: string[] = []): void {
  world.timers.cancel(disk.id);
  world.store.disks.delete(disk.id);
  world.ledger.stop(disk.id, at);
  void world.host.run([disk.id, ...afterKeys], 'deleteDisk', (h) => h.deleteDisk(disk.id));
}
