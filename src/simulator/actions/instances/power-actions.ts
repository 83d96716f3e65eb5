import type { ActionContext, ActionSpec } from '../../api/action';
import { apiError } from '../../api/api-error';
import { beginStarting, beginStopping, economicalModeApplies } from '../../lifecycle/instance-power';
import type { Instance } from '../../state/resources';
import { dryRunGate, findById } from '../common/guards';

export function findInstance(ctx: ActionContext): Instance {
  return findById(ctx, ctx.world.store.instances, 'InstanceId', 'InvalidInstanceId.NotFound');
}

function notWhileRecycling(inst: Instance): void {
  if (inst.locks.includes('Recycling')) throw apiError('IncorrectInstanceStatus');
}

const startInstance: ActionSpec = {
  product: 'ecs',
  name: 'StartInstance',
  regionOptional: true,
  handler: (ctx) => {
    const { world, now } = ctx;
    const inst = findInstance(ctx);
    ctx.params.bool('InitLocalDisk');
    if (inst.status !== 'Stopped') throw apiError('IncorrectInstanceStatus');
    notWhileRecycling(inst);
    if (inst.stoppedMode === 'StopCharging') {
      // Economical mode gave the resources back: restarting needs stock and, for a price limit, a market below it.
      const inStock =
        inst.spotStrategy === 'NoSpot'
          ? world.onDemandStock(inst.regionId, inst.zoneId, inst.instanceType)
          : world.spotStock(inst.regionId, inst.zoneId, inst.instanceType, now, inst);
      if (!inStock) throw apiError('OperationDenied.NoStock');
    }
    if (
      inst.spotStrategy === 'SpotWithPriceLimit' &&
      world.market.priceAt(inst.regionId, inst.zoneId, inst.instanceType, now) > inst.spotPriceLimit
    ) {
      throw apiError('OperationDenied.SpotPriceLowerThanPublicPrice');
    }
    if (world.account.balance(now) < 0) throw apiError('InvalidAccountStatus.NotEnoughBalance');
    dryRunGate(ctx);
    beginStarting(world, inst, now);
    return {};
  },
};

const stopInstance: ActionSpec = {
  product: 'ecs',
  name: 'StopInstance',
  regionOptional: true,
  handler: (ctx) => {
    const { world, params, now } = ctx;
    const inst = findInstance(ctx);
    const force = params.bool('ForceStop') ?? false;
    const requested =
      params.oneOf('StoppedMode', ['StopCharging', 'KeepCharging']) ?? world.assumptions.defaultStoppedMode;
    params.bool('ConfirmStop');
    params.bool('Hibernate');
    if (inst.status !== 'Running') throw apiError('IncorrectInstanceStatus');
    notWhileRecycling(inst);
    dryRunGate(ctx);
    // Instances that cannot use economical mode are stopped in standard mode, without an error.
    const mode = requested === 'StopCharging' && economicalModeApplies(world, inst) ? 'StopCharging' : 'KeepCharging';
    beginStopping(world, inst, now, { force, mode });
    return {};
  },
};

const rebootInstance: ActionSpec = {
  product: 'ecs',
  name: 'RebootInstance',
  regionOptional: true,
  handler: (ctx) => {
    const { world, params, now } = ctx;
    const inst = findInstance(ctx);
    const force = params.bool('ForceStop') ?? false;
    if (inst.status !== 'Running') throw apiError('IncorrectInstanceStatus');
    notWhileRecycling(inst);
    dryRunGate(ctx);
    beginStopping(world, inst, now, {
      force,
      mode: 'KeepCharging',
      onStopped: (at) => beginStarting(world, inst, at),
    });
    return {};
  },
};

export const powerActions = [startInstance, stopInstance, rebootInstance];
