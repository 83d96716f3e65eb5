import { allocatePublicIp } from '../network/addresses';
import type { Instance } from '../state/resources';
import type { World } from '../state/world';
import { bootSpec } from './host-spec';
import { bandwidthMeterId, startBandwidth, startCompute } from './metering';

/** True while no later transition has replaced the one that captured `generation`. */
export function current(world: World, inst: Instance, generation: number): boolean {
  return world.store.instances.get(inst.id) === inst && inst.generation === generation;
}

/** RunInstances: Pending for a few seconds, then Starting. */
export function launch(world: World, inst: Instance, at: number): void {
  const generation = ++inst.generation;
  startCompute(world, inst, at);
  world.timers.at(inst.id, at + world.delays.instancePending, (due) => {
    if (current(world, inst, generation)) beginStarting(world, inst, due);
  });
}

/** Starting → Running once the start delay has passed and the instance host (if any) has booted the machine. */
export function beginStarting(world: World, inst: Instance, at: number): void {
  inst.status = 'Starting';
  inst.stoppedMode = 'Not-applicable';
  const generation = ++inst.generation;
  if (!world.ledger.isBilling(inst.id)) startCompute(world, inst, at);
  let delayDone = false;
  let booted: { ok: boolean; ip?: string } | undefined;
  const finish = (when: number) => {
    if (!current(world, inst, generation) || !delayDone || !booted) return;
    if (!booted.ok) {
      world.events.add(when, 'instance.boot-failed', inst.id, 'the instance host could not boot the machine');
      inst.status = 'Stopped';
      inst.stoppedMode = 'KeepCharging';
      inst.generation++;
      return;
    }
    inst.status = 'Running';
    inst.startedAt = when;
    if (inst.bandwidthOut > 0) {
      inst.publicIp = booted.ip ?? (inst.publicIp || allocatePublicIp(world, inst.regionId));
      startBandwidth(world, inst, when);
    }
  };
  const spec = bootSpec(world, inst);
  if (world.host.attached) {
    void world.host
      .run([inst.id], 'boot', (h) => h.boot(spec))
      .then((result) => {
        booted = result ? { ok: true, ip: result.publicIp } : { ok: false };
        finish(world.now());
      });
  } else {
    booted = { ok: true };
  }
  world.timers.at(inst.id, at + world.delays.instanceStarting, (due) => {
    delayDone = true;
    finish(due);
  });
}

/** Whether StopCharging can apply: VPC pay-as-you-go without local disks (and spot, if economical mode covers it). */
export function economicalModeApplies(world: World, inst: Instance): boolean {
  const localDisks = (world.catalog.type(inst.instanceType)?.localStorageGiB ?? 0) > 0;
  if (localDisks) return false;
  return inst.spotStrategy === 'NoSpot' || world.assumptions.spotEconomicalMode;
}

/** Running → Stopping → Stopped; `onStopped` runs once stopped (reboot starts again from there). */
export function beginStopping(
  world: World,
  inst: Instance,
  at: number,
  options: { force: boolean; mode: 'KeepCharging' | 'StopCharging'; onStopped?: (at: number) => void },
): void {
  inst.status = 'Stopping';
  inst.stopping = { mode: options.mode, restart: options.onStopped !== undefined };
  const generation = ++inst.generation;
  const delay = options.force ? world.delays.instanceForceStopping : world.delays.instanceStopping;
  world.timers.at(inst.id, at + delay, (due) => {
    if (!current(world, inst, generation)) return;
    const stopped = (when: number) => {
      if (!current(world, inst, generation)) return;
      inst.status = 'Stopped';
      inst.stopping = undefined;
      inst.generation++;
      inst.stoppedMode = options.mode;
      if (options.mode === 'StopCharging') {
        // Economical mode gives back vCPU, memory, GPU and the system-assigned public IP; disks keep billing.
        world.ledger.stop(inst.id, when);
        world.ledger.stop(bandwidthMeterId(inst.id), when);
        inst.publicIp = '';
      }
      options.onStopped?.(when);
    };
    if (!world.host.attached) {
      stopped(due);
      return;
    }
    void world.host.run([inst.id], 'stop', (h) => h.stop(inst.id)).then(() => stopped(world.now()));
  });
}
