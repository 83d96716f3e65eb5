import type { Instance } from '../state/resources';
import type { World } from '../state/world';
import { destroyDisk } from './disk-lifecycle';
import { bandwidthMeterId } from './metering';
import { lingerNic } from './network-release';

/** Timer group of an instance's auto-release, kept apart so ModifyInstanceAutoReleaseTime can replace it. */
export const autoReleaseTimerId = (instanceId: string) => `${instanceId}#auto-release`;

/** Timer group of a pending spot reclaim. */
export const reclaimTimerId = (instanceId: string) => `${instanceId}#reclaim`;

/**
 * The instance is gone (DeleteInstance, spot reclaim, auto-release): billing stops, the host
 * releases the machine, disks with DeleteWithInstance go with it and the others stay as Available.
 */
export function releaseInstance(world: World, inst: Instance, at: number, reason: string): void {
  if (world.store.instances.get(inst.id) !== inst) return;
  world.timers.cancel(inst.id);
  world.timers.cancel(autoReleaseTimerId(inst.id));
  world.timers.cancel(reclaimTimerId(inst.id));
  world.store.instances.delete(inst.id);
  inst.generation++;
  world.ledger.end(inst.id, at);
  world.ledger.stop(bandwidthMeterId(inst.id), at);
  if (inst.locks.includes('Recycling')) world.host.scheduleTermination(inst.id, null);
  void world.host.run([inst.id], 'release', (h) => h.release(inst.id));
  for (const disk of world.store.disksOf(inst.id)) {
    if (disk.deleteWithInstance) {
      destroyDisk(world, disk, at, [inst.id]);
    } else {
      world.timers.cancel(disk.id);
      disk.status = 'Available';
      disk.instanceId = '';
      disk.device = '';
      disk.detachedAt = at;
    }
  }
  lingerNic(world, inst, at);
  world.events.add(at, 'instance.released', inst.id, reason);
}
