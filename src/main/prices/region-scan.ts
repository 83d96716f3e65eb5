import type { PriceOffer, StockStatus } from '../../shared/prices';
import type { CatalogueData, RegionFacts } from './catalogue';
import type { PaygModel } from './payg-model';
import type { PricesApi } from './prices-api';

/** When a type has no spot advice, spot is assumed at this share of pay-as-you-go (typical). */
const DEFAULT_RATIO = 0.2;

const STOCK: Record<string, StockStatus> = {
  withstock: 'WithStock',
  withoutstock: 'WithoutStock',
  closedwithstock: 'ClosedWithStock',
  closedwithoutstock: 'ClosedWithoutStock',
};

export function round3(value: number): number {
  return Math.round(value * 1000) / 1000;
}

/** Fills the derived fields of an offer from its spot and pay-as-you-go prices. */
export function withPrices(
  offer: PriceOffer,
  spotPrice: number,
  originPrice: number,
  exact: boolean,
  at: string,
): PriceOffer {
  const gpuGiB = offer.gpuCount * offer.gpuMemGiB;
  return {
    ...offer,
    spotPrice: round3(spotPrice),
    originPrice: round3(originPrice),
    priceExact: exact,
    ratio: originPrice > 0 ? spotPrice / originPrice : 0,
    pricePerGpuGiB: gpuGiB > 0 ? spotPrice / gpuGiB : spotPrice,
    at,
  };
}

/**
 * Every GPU type sold as spot in one region, with stock per zone: two calls
 * (DescribeAvailableResource for what is on sale and in stock, DescribeSpotAdvice for the
 * 30-day discount and interruption band). Prices are estimates until made exact.
 */
export async function scanRegion(
  api: PricesApi,
  region: RegionFacts,
  catalogue: CatalogueData,
  model: PaygModel,
  now: string,
  signal?: AbortSignal,
): Promise<PriceOffer[]> {
  const [available, advice] = await Promise.all([
    api.describeAvailableResource(
      {
        regionId: region.regionId,
        destinationResource: 'InstanceType',
        instanceChargeType: 'PostPaid',
        spotStrategy: 'SpotAsPriceGo',
        networkCategory: 'vpc',
        ioOptimized: 'optimized',
      },
      { signal },
    ),
    api.describeSpotAdvice({ regionId: region.regionId, minCores: 1, minMemory: 1 }, { signal }),
  ]);
  const adviceByKey = new Map(advice.advice.map((a) => [`${a.zoneId}|${a.instanceType}`, a]));
  const offers: PriceOffer[] = [];
  for (const zone of available.zones) {
    for (const resource of zone.resources) {
      if (resource.type.toLowerCase() !== 'instancetype') continue;
      for (const supported of resource.supported) {
        const facts = catalogue.gpuTypes[supported.value];
        if (!facts) continue;
        const tip = adviceByKey.get(`${zone.zoneId}|${supported.value}`);
        const payg = model.estimate(region.regionId, supported.value, facts);
        const ratio = tip ? tip.averageSpotDiscount / 100 : DEFAULT_RATIO;
        const base: PriceOffer = {
          regionId: region.regionId,
          regionName: region.name,
          regionGroup: region.group,
          zoneId: zone.zoneId,
          instanceType: supported.value,
          gpuModel: facts.gpuModel,
          gpuCount: facts.gpuCount,
          gpuMemGiB: facts.gpuMemGiB,
          vcpu: facts.vcpu,
          memoryGiB: facts.memoryGiB,
          spotPrice: 0,
          priceExact: false,
          originPrice: 0,
          ratio: 0,
          pricePerGpuGiB: 0,
          interruptionRate: tip?.interruptRateDesc || null,
          stock: STOCK[supported.statusCategory.toLowerCase()] ?? (supported.available ? 'WithStock' : 'WithoutStock'),
          at: now,
        };
        offers.push(withPrices(base, payg.price * ratio, payg.price, false, now));
      }
    }
  }
  return offers;
}
