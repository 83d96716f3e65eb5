import { AppError } from '../../../shared/errors';
import type { Plan } from '../../../shared/session';
import { msg } from '../../../shared/words/message';
import type { StepScope } from '../step-scope';

/** One (zone, type) to try, in order. */
export interface Candidate {
  zoneId: string;
  instanceType: string;
  /** Current market price in that zone, when known. */
  spotPrice?: number;
  /** ClosedWithStock: sold now but not replenished, so stock may run out at any moment. */
  lowStock?: boolean;
}

/** The StatusCategory values that can be bought now (ClosedWithStock: low stock, still sold). */
const LAUNCHABLE: Record<string, 'stock' | 'low'> = { withstock: 'stock', closedwithstock: 'low' };

function attribute(attrs: Array<{ name: string; values: Array<{ value: string }> }>, name: string): number | undefined {
  const raw = attrs.find((a) => a.name === name)?.values[0]?.value;
  return raw === undefined ? undefined : Number(raw);
}

/** What DescribeAvailableResource answers, as far as stock goes. */
export type StockAnswer = Awaited<ReturnType<StepScope['api']['describeAvailableResource']>>;

/**
 * Zones selling the type now, with whether stock is low (ClosedWithStock). The category
 * decides; only an answer without one falls back to Status.
 */
export function sellableZones(stock: StockAnswer, type: string): Array<{ zoneId: string; lowStock: boolean }> {
  return stock.zones.flatMap((z) => {
    const offer = z.resources.flatMap((r) => r.supported).find((s) => s.value === type);
    if (!offer) return [];
    const kind = offer.statusCategory
      ? LAUNCHABLE[offer.statusCategory.toLowerCase()]
      : offer.available
        ? 'stock'
        : undefined;
    return kind ? [{ zoneId: z.zoneId, lowStock: kind === 'low' }] : [];
  });
}

/**
 * Checks what can be known before anything is created — credentials (the first call fails
 * otherwise), the spot vCPU quota, stock per zone, and a price limit below the market — and
 * orders the (zone, type) candidates: the chosen or cheapest zone first, the user's types in order.
 */
export async function preflight(scope: StepScope, plan: Plan, diskZone?: string): Promise<Candidate[]> {
  const regionId = plan.regionId;
  const { signal } = scope;
  const [attrs, stock, specs, history] = await Promise.all([
    scope.api.describeAccountAttributes(
      { regionId, attributeNames: ['max-spot-instance-vcpu-count', 'used-spot-instance-vcpu-count'] },
      { signal },
    ),
    scope.api.describeAvailableResource(
      { regionId, destinationResource: 'InstanceType', instanceChargeType: 'PostPaid', spotStrategy: 'SpotAsPriceGo' },
      { signal },
    ),
    scope.api.describeInstanceTypes({ regionId, instanceTypes: plan.instanceTypes }, { signal }),
    scope.api.describeSpotPriceHistory(
      {
        regionId,
        instanceType: plan.instanceTypes[0] as string,
        networkType: 'vpc',
        ioOptimized: 'optimized',
        osType: 'linux',
      },
      { signal },
    ),
  ]);

  const cores = specs.instanceTypes.find((t) => t.instanceTypeId === plan.instanceTypes[0])?.cpuCoreCount;
  const max = attribute(attrs.attributes, 'max-spot-instance-vcpu-count');
  const used = attribute(attrs.attributes, 'used-spot-instance-vcpu-count') ?? 0;
  if (cores !== undefined && max !== undefined && max - used < cores) {
    throw new AppError(
      msg('launch.quota', {
        regionId,
        max: String(max),
        used: String(used),
        instanceType: plan.instanceTypes[0] as string,
        cores: String(cores),
      }),
    );
  }

  const latest = new Map<string, number>();
  for (const point of [...history.prices].sort((a, b) => a.timestamp.localeCompare(b.timestamp))) {
    latest.set(point.zoneId, point.spotPrice);
  }
  const sellable = (type: string) => sellableZones(stock, type);

  const first = plan.zoneId ?? diskZone;
  const candidates: Candidate[] = [];
  for (const [index, type] of plan.instanceTypes.entries()) {
    const price = (zoneId: string) => latest.get(zoneId) ?? Number.POSITIVE_INFINITY;
    const zones = sellable(type).sort((a, b) => {
      if (a.zoneId === first) return -1;
      if (b.zoneId === first) return 1;
      if (a.lowStock !== b.lowStock) return a.lowStock ? 1 : -1;
      return index === 0 ? price(a.zoneId) - price(b.zoneId) : a.zoneId.localeCompare(b.zoneId);
    });
    for (const { zoneId, lowStock } of zones) {
      candidates.push({
        zoneId,
        instanceType: type,
        spotPrice: index === 0 ? latest.get(zoneId) : undefined,
        ...(lowStock ? { lowStock } : {}),
      });
    }
  }
  if (candidates.length === 0) {
    const types = { list: plan.instanceTypes };
    throw new AppError(
      msg(plan.instanceTypes.length > 1 ? 'launch.noStockTypes' : 'launch.noStock', { types, regionId }),
      {
        code: 'launch.noStock',
      },
    );
  }

  if (plan.spot.strategy === 'SpotWithPriceLimit') {
    const limit = plan.spot.priceLimit;
    const firstTypePrices = candidates.filter((c) => c.spotPrice !== undefined).map((c) => c.spotPrice as number);
    const onlyFirstType = plan.instanceTypes.length === 1;
    if (onlyFirstType && firstTypePrices.length > 0 && Math.min(...firstTypePrices) > limit) {
      const market = Math.min(...firstTypePrices);
      throw new AppError(
        msg('launch.priceLimitBelowMarket', {
          limit: { yuan: limit, digits: 3 },
          instanceType: plan.instanceTypes[0] as string,
          regionId,
          market: { yuan: market, digits: 3 },
        }),
      );
    }
    return candidates.filter((c) => c.spotPrice === undefined || c.spotPrice <= limit);
  }
  return candidates;
}
