import type { Instance } from '../state/resources';
import type { World } from '../state/world';

/**
 * The instance's own operating system powered it off (a shutdown inside it): the cloud sees it
 * stopped, in standard mode whatever economical mode would allow, so its compute stays billed
 * and its public address stays. `stopMachine`: the instance host still has to power it off
 * (when the admin says so rather than the host). Returns false when it was not running.
 */
export function poweredOffFromOs(world: World, inst: Instance, at: number, stopMachine: boolean): boolean {
  if (world.store.instances.get(inst.id) !== inst) return false;
  if (inst.status !== 'Running' && inst.status !== 'Starting') return false;
  inst.status = 'Stopped';
  inst.stoppedMode = 'KeepCharging';
  inst.stopping = undefined;
  inst.generation++;
  world.events.add(at, 'instance.os-power-off', inst.id, 'stopped from inside, in standard mode (KeepCharging)');
  if (stopMachine) void world.host.run([inst.id], 'stop', (h) => h.stop(inst.id));
  return true;
}

/** The instance host reports a machine that powered itself off; only the `osPowerOff` behaviour lets the cloud see it. */
export function hostPoweredOff(world: World, instanceId: string): void {
  const inst = world.store.instances.get(instanceId);
  if (!inst) return;
  if (!world.unkind.osPowerOff) {
    world.events.add(world.now(), 'host.power-off', instanceId, 'not reflected: the osPowerOff behaviour is off');
    return;
  }
  poweredOffFromOs(world, inst, world.now(), false);
}
