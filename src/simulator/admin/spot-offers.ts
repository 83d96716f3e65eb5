import type { SpotStockCategory, World } from '../state/world';

/** What is sold as spot in one zone right now: the ground truth a price scan is checked against. */
export interface SpotOffer {
  regionId: string;
  zoneId: string;
  instanceType: string;
  instanceTypeFamily: string;
  gpuSpec: string;
  gpuAmount: number;
  gpuMemoryGiB: number;
  cpu: number;
  memoryGiB: number;
  /** CNY/h now. */
  spotPrice: number;
  /** Pay-as-you-go CNY/h. */
  originPrice: number;
  /** `ClosedWithStock`: still sold, low stock. */
  stock: SpotStockCategory;
  /** Percent. */
  interruptionRate: number;
  interruptRateDesc: string;
  /** When the price may change next (simulated ms). */
  priceUntil: number;
}

/** Which offers to list: the GPU types (the default, what the prices view shows), the CPU types, or all. */
export type OfferKind = 'gpu' | 'cpu' | 'all';

export interface SpotOfferFilter {
  regionId?: string;
  zoneId?: string;
  instanceType?: string;
  kind?: OfferKind;
}

export function spotOffers(world: World, filter: SpotOfferFilter = {}): SpotOffer[] {
  const kind = filter.instanceType ? 'all' : (filter.kind ?? 'gpu');
  const now = world.now();
  const offers: SpotOffer[] = [];
  for (const region of world.catalog.regions) {
    if (filter.regionId && region.regionId !== filter.regionId) continue;
    for (const zoneId of region.zones) {
      if (filter.zoneId && zoneId !== filter.zoneId) continue;
      for (const type of world.catalog.typesSoldIn(region.regionId, zoneId)) {
        if (filter.instanceType && type.instanceTypeId !== filter.instanceType) continue;
        if (kind !== 'all' && type.gpuAmount > 0 !== (kind === 'gpu')) continue;
        const id = type.instanceTypeId;
        const interruption = world.market.interruption(region.regionId, zoneId, id);
        const step = world.market.intervalMs;
        const nextChange = world.market.changePoints(region.regionId, zoneId, id, now, now + step + 1)[0];
        offers.push({
          regionId: region.regionId,
          zoneId,
          instanceType: id,
          instanceTypeFamily: type.family,
          gpuSpec: type.gpuSpec,
          gpuAmount: type.gpuAmount,
          gpuMemoryGiB: type.gpuMemoryGiB,
          cpu: type.cpu,
          memoryGiB: type.memoryGiB,
          spotPrice: world.market.priceAt(region.regionId, zoneId, id, now),
          originPrice: world.market.originPrice(region.regionId, id),
          stock: world.spotStockCategory(region.regionId, zoneId, id, now),
          interruptionRate: interruption.rate,
          interruptRateDesc: interruption.band,
          priceUntil: nextChange ?? Math.floor(now / step) * step + step,
        });
      }
    }
  }
  return offers;
}
