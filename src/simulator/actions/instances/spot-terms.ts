import type { ActionContext } from '../../api/action';
import { apiError } from '../../api/api-error';
import type { Instance } from '../../state/resources';
import { decimalsOf } from '../common/input-rules';

/** The spot part of a RunInstances request, checked against the market now. */
export interface SpotTerms {
  strategy: Instance['spotStrategy'];
  limit: number;
  duration: number;
  interruptionBehavior: Instance['spotInterruptionBehavior'];
}

export function readSpotTerms(ctx: ActionContext, regionId: string, zoneId: string, instanceType: string): SpotTerms {
  const { params, world } = ctx;
  const strategy =
    params.oneOf('SpotStrategy', ['NoSpot', 'SpotWithPriceLimit', 'SpotAsPriceGo'], 'InvalidSpotStrategy') ?? 'NoSpot';
  const limit = params.float('SpotPriceLimit', 'InvalidSpotPriceLimit');
  const duration = params.int('SpotDuration', { min: 0, max: 6 }, 'InvalidSpotDuration');
  const behavior =
    params.oneOf('SpotInterruptionBehavior', ['Terminate', 'Stop'], 'InvalidSpotInterruptionBehavior') ?? 'Terminate';
  if (strategy === 'NoSpot') return { strategy, limit: 0, duration: 0, interruptionBehavior: 'Terminate' };
  if (behavior === 'Stop' && (world.catalog.type(instanceType)?.localStorageGiB ?? 0) > 0) {
    throw apiError(
      'InvalidSpotInterruptionBehavior.LocalDiskNotSupport',
      'SpotInterruptionBehavior Stop is not supported for instance types with local disks.',
      400,
    );
  }
  const market = world.market.priceAt(regionId, zoneId, instanceType, ctx.now);
  if (strategy === 'SpotWithPriceLimit') {
    if (limit === undefined || limit <= 0) throw apiError('InvalidSpotPriceLimit');
    const tooPrecise = decimalsOf(params.str('SpotPriceLimit') ?? '') > 3;
    if (tooPrecise && world.assumptions.spotPriceLimitExtraDecimals === 'refuse')
      throw apiError('InvalidSpotPriceLimit');
    if (limit < market) throw apiError('InvalidSpotPriceLimit.LowerThanPublicPrice');
  }
  return {
    strategy,
    limit: strategy === 'SpotWithPriceLimit' ? Math.round((limit ?? 0) * 1000) / 1000 : 0,
    duration: duration ?? 1,
    interruptionBehavior: behavior,
  };
}
