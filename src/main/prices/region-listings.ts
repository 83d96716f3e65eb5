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
const at = (l: { zoneId: string; instanceType: string }) => `${l.zoneId}|${l.instanceType}`;

/**
 * What one region sells as spot and with what stock (DescribeAvailableResource); each offer keeps
 * the 30-day advice `previous` had for it (none for offers new since).
 */
export async function readRegionStock(
  api: PricesApi,
  regionId: string,
  isGpuType: (instanceType: string) => boolean,
  now: string,
  previous: RegionListing | undefined,
  signal?: AbortSignal,
): Promise<RegionListing> {
  const available = await api.describeAvailableResource(
    {
      regionId,
      destinationResource: 'InstanceType',
      instanceChargeType: 'PostPaid',
      spotStrategy: 'SpotAsPriceGo',
      networkCategory: 'vpc',
      ioOptimized: 'optimized',
    },
    { signal },
  );
  const known = new Map<string, Advice>((previous?.listings ?? []).map((l) => [at(l), l]));
  const listings: Listing[] = [];
  for (const zone of available.zones) {
    for (const resource of zone.resources) {
      if (resource.type.toLowerCase() !== 'instancetype') continue;
      for (const supported of resource.supported) {
        if (!isGpuType(supported.value)) continue;
        const tip = known.get(at({ zoneId: zone.zoneId, instanceType: supported.value }));
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
  return { at: now, adviceAt: previous?.adviceAt ?? '', listings };
}

/**
 * The region's 30-day average discount and interruption band per offer (DescribeSpotAdvice), as
 * a function that puts them into the region's listing (whatever stock it holds by then).
 */
export async function readRegionAdvice(
  api: PricesApi,
  regionId: string,
  now: string,
  signal?: AbortSignal,
): Promise<(listing: RegionListing) => RegionListing> {
  const advice = await api.describeSpotAdvice({ regionId, minCores: 1, minMemory: 1 }, { signal });
  const tips = new Map<string, Advice>(
    advice.advice.map((a) => [
      at(a),
      { averageDiscount: a.averageSpotDiscount, interruptionRate: a.interruptRateDesc || null },
    ]),
  );
  return (listing) => ({
    ...listing,
    adviceAt: now,
    listings: listing.listings.map((l) => ({ ...l, ...tips.get(at(l)) })),
  });
}
