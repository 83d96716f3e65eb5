import type { ActionSpec } from '../../api/action';
import { type ApiError, apiError } from '../../api/api-error';
import { scheduleAutoRelease } from '../../lifecycle/instance-create';
import { current } from '../../lifecycle/instance-power';
import { releaseInstance } from '../../lifecycle/instance-release';
import type { Instance } from '../../state/resources';
import type { World } from '../../state/world';
import { dryRunGate, findIn, region } from '../common/guards';
import { findInstance } from './power-actions';
import { readAutoReleaseTime } from './run-instances';

/**
 * Why DeleteInstance is refused while the instance initializes: always while Pending; with the
 * `deleteRefusedAfterRunningMs` behaviour also while Starting (Force or not) and for that long
 * after it is Running.
 */
function initializing(world: World, inst: Instance, now: number): ApiError | undefined {
  if (inst.status === 'Pending') return apiError('IncorrectInstanceStatus.Initializing');
  const window = world.unkind.deleteRefusedAfterRunningMs;
  if (window <= 0) return undefined;
  if (inst.status === 'Starting') return apiError('IncorrectInstanceStatus');
  const running = inst.status === 'Running' && inst.startedAt !== undefined && now < inst.startedAt + window;
  return running ? apiError('IncorrectInstanceStatus.Initializing') : undefined;
}

const deleteInstance: ActionSpec = {
  product: 'ecs',
  name: 'DeleteInstance',
  regionOptional: true,
  handler: (ctx) => {
    const { world, params, now } = ctx;
    const inst = findInstance(ctx);
    const force = params.bool('Force') ?? false;
    params.bool('ForceStop');
    params.bool('TerminateSubscription');
    if (inst.deletionProtection) throw apiError('InvalidOperation.DeletionProtection');
    const refused = initializing(world, inst, now);
    if (refused) throw refused;
    if (inst.status !== 'Stopped' && !force) throw apiError('IncorrectInstanceStatus');
    dryRunGate(ctx);
    if (inst.status === 'Stopped') {
      releaseInstance(world, inst, now, 'DeleteInstance');
      return {};
    }
    // Force on a running machine: powered off first, gone a few seconds later.
    inst.status = 'Stopping';
    inst.stopping = { mode: 'KeepCharging', restart: false, release: true };
    const generation = ++inst.generation;
    world.timers.at(inst.id, now + world.delays.instanceForceRelease, (due) => {
      if (current(world, inst, generation)) releaseInstance(world, inst, due, 'DeleteInstance (Force)');
    });
    return {};
  },
};

const modifyInstanceAutoReleaseTime: ActionSpec = {
  product: 'ecs',
  name: 'ModifyInstanceAutoReleaseTime',
  handler: (ctx) => {
    const r = region(ctx);
    const inst = findIn(
      ctx.world.store.instances,
      ctx.params.required('InstanceId'),
      r.regionId,
      'InvalidInstanceId.NotFound',
    );
    const at = readAutoReleaseTime(ctx);
    dryRunGate(ctx);
    scheduleAutoRelease(ctx.world, inst, at);
    return {};
  },
};

export const releaseActions = [deleteInstance, modifyInstanceAutoReleaseTime];
