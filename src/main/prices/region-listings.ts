import type { StockStatus } from '../../shared/prices';
import type { Listing, RegionListing } from './price-cache';
import type { PricesApi } from './prices-api';

const STOCK: Record<string, StockStatus> = {
  withstock: 'WithStock',
  withoutstock: 'WithoutStock',
  closedwithstock: 'ClosedWithStock',
  closedwithoutstock: 'ClosedWithoutStock',
};

type Advice = Pick<Listing, 'averageDiscount' | 'interruptionRate'>;

/**
 * What one region sells as spot and with what stock (DescribeAvailableResource), with each
 * offer's 30-day average discount and interruption band (DescribeSpotAdvice). The advice is a
 * 30-day statistic: when `previous` holds advice young enough, it is kept and only stock is asked.
 */
export async function readRegionListing(
  api: PricesApi,
  regionId: string,
  isGpuType: (instanceType: string) => boolean,
  now: string,
  previous: RegionListing | undefined,
  adviceFresh: boolean,
  signal?: AbortSignal,
): Promise<RegionListing> {
  const [available, advice] = await Promise.all([
    api.describeAvailableResource(
      {
        regionId,
        destinationResource: 'InstanceType',
        instanceChargeType: 'PostPaid',
        spotStrategy: 'SpotAsPriceGo',
        networkCategory: 'vpc',
        ioOptimized: 'optimized',
      },
      { signal },
    ),
    adviceFresh && previous ? undefined : api.describeSpotAdvice({ regionId, minCores: 1, minMemory: 1 }, { signal }),
  ]);
  const tips = new Map<string, Advice>();
  if (advice) {
    for (const a of advice.advice) {
      tips.set(`${a.zoneId}|${a.instanceType}`, {
        averageDiscount: a.averageSpotDiscount,
        interruptionRate: a.interruptRateDesc || null,
      });
    }
  } else {
    for (const l of previous?.listings ?? []) tips.set(`${l.zoneId}|${l.instanceType}`, l);
  }
  const listings: Listing[] = [];
  for (const zone of available.zones) {
    for (const resource of zone.resources) {
      if (resource.type.toLowerCase() !== 'instancetype') continue;
      for (const supported of resource.supported) {
        if (!isGpuType(supported.value)) continue;
        const tip = tips.get(`${zone.zoneId}|${supported.value}`);
        listings.push({
          zoneId: zone.zoneId,
          instanceType: supported.value,
          stock: STOCK[supported.statusCategory.toLowerCase()] ?? (supported.available ? 'WithStock' : 'WithoutStock'),
          averageDiscount: tip?.averageDiscount ?? null,
          interruptionRate: tip?.interruptionRate ?? null,
        });
      }
    }
  }
  return { at: now, adviceAt: advice ? now : (previous?.adviceAt ?? now), listings };
}
