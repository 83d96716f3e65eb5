import { attach, detach, provisionDisk } from '../lifecycle/disk-lifecycle';
import { buildImage } from '../lifecycle/image-lifecycle';
import { scheduleAutoRelease } from '../lifecycle/instance-create';
import { beginStarting, beginStopping } from '../lifecycle/instance-power';
import { releaseInstance } from '../lifecycle/instance-release';
import { resumeSnapshot } from '../lifecycle/snapshot-lifecycle';
import { armReclaim } from '../lifecycle/spot-reclaim';
import type { World } from '../state/world';

/**
 * A restored account's resources were caught in the middle of a change (a disk Creating, an
 * instance Starting, a snapshot progressing, a VPC being deleted…): the timers that would have
 * moved them on were not saved, so each change is taken up again from where it stood, on the
 * same lifecycle functions the actions use. A change whose time passed while the simulator was
 * down completes at once.
 */
export function resumeTransitions(world: World): void {
  const now = world.now();
  const { store } = world;
  for (const vpc of store.vpcs.values()) {
    if (vpc.status === 'Deleting') {
      world.timers.at(vpc.id, Math.max(now, vpc.deletingUntil ?? now), () => store.vpcs.delete(vpc.id));
    } else if (vpc.status === 'Pending') {
      vpc.status = 'Available';
    }
  }
  for (const vsw of store.vSwitches.values()) {
    if (vsw.deletingUntil !== undefined) {
      world.timers.at(vsw.id, Math.max(now, vsw.deletingUntil), () => store.vSwitches.delete(vsw.id));
    } else if (vsw.status === 'Pending') {
      vsw.status = 'Available';
    }
  }
  for (const inst of store.instances.values()) {
    if (inst.status === 'Pending' || inst.status === 'Starting') beginStarting(world, inst, now);
    if (inst.status === 'Stopping') {
      const stopping = inst.stopping ?? { mode: 'KeepCharging' as const, restart: false };
      if (stopping.release) releaseInstance(world, inst, now, 'DeleteInstance (Force)');
      else
        beginStopping(world, inst, now, {
          force: true,
          mode: stopping.mode,
          onStopped: stopping.restart ? (at) => beginStarting(world, inst, at) : undefined,
        });
    }
    if (store.instances.get(inst.id) !== inst) continue;
    if (inst.reclaimAt !== undefined)
      armReclaim(world, inst, Math.max(now, inst.reclaimAt), 'reclaim notice before a restart');
    if (inst.autoReleaseAt !== undefined) scheduleAutoRelease(world, inst, Math.max(now, inst.autoReleaseAt));
  }
  for (const disk of store.disks.values()) {
    if (disk.status === 'Creating') provisionDisk(world, disk, now);
    if (disk.status !== 'Attaching' && disk.status !== 'Detaching') continue;
    const inst = store.instances.get(disk.instanceId);
    if (!inst) {
      disk.status = 'Available';
      disk.instanceId = '';
      disk.device = '';
    } else if (disk.status === 'Attaching') {
      attach(world, disk, inst, now, disk.device, disk.deleteWithInstance);
    } else {
      detach(world, disk, inst, now);
    }
  }
  for (const snapshot of store.snapshots.values()) {
    if (snapshot.status === 'progressing') resumeSnapshot(world, snapshot, now);
  }
  for (const image of store.images.values()) {
    if (image.status === 'Creating') buildImage(world, image);
  }
}
