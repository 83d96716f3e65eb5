import type { PriceFilters } from '../../shared/contract/prices';
import { AppError } from '../../shared/errors';
import type { Localized } from '../../shared/localized';
import { type PriceOffer, purchasable } from '../../shared/prices';
import { inBoth, msg } from '../../shared/words/message';
import { gpuKey } from './aws-reference';

export type PriceSort = 'price' | 'pricePerGpuGiB';

/** Checks the regions a filter names; unknown regions are an error, not an empty table. */
export function checkRegions(filters: PriceFilters, knownRegions: string[]): void {
  const unknown = (filters.regions ?? []).filter((r) => !knownRegions.includes(r));
  if (unknown.length === 0) return;
  const regions = { list: unknown.map((text) => ({ msg: msg('prices.quoted', { text }) })) };
  const known = { list: knownRegions.slice(0, 6) };
  throw new AppError(msg('prices.unknownRegion', { regions, known }), { code: 'unknown_region' });
}

/** The offers matching every filter except the price ceiling (which depends on the prices themselves). */
export function matchOffers(offers: PriceOffer[], filters: PriceFilters): PriceOffer[] {
  const model = filters.gpuModel ? gpuKey(filters.gpuModel) : undefined;
  return offers.filter(
    (o) =>
      (!model || gpuKey(o.gpuModel) === model) &&
      (filters.minGpuMemGiB === undefined || o.gpuMemGiB >= filters.minGpuMemGiB) &&
      (filters.regionGroup === 'all' || o.regionGroup === filters.regionGroup) &&
      (!filters.regions || filters.regions.includes(o.regionId)) &&
      (!filters.inStockOnly || purchasable(o.stock)),
  );
}

/**
 * Sorts offers the way the table shows them: what can be bought now (in stock or low stock)
 * first, sold-out zones after; each group by the chosen key, an exact price before an estimate
 * at the same figure, then by place so the order is stable.
 */
export function sortOffers(offers: PriceOffer[], sort: PriceSort): PriceOffer[] {
  const key = (o: PriceOffer) => (sort === 'price' ? o.spotPrice : o.pricePerGpuGiB);
  return [...offers].sort(
    (a, b) =>
      Number(purchasable(b.stock)) - Number(purchasable(a.stock)) ||
      key(a) - key(b) ||
      Number(b.priceExact) - Number(a.priceExact) ||
      a.regionId.localeCompare(b.regionId) ||
      a.zoneId.localeCompare(b.zoneId) ||
      a.instanceType.localeCompare(b.instanceType),
  );
}

/** Whether the first purchasable offer is surely the best one: every purchasable offer it beats is exact. */
export function cheapestConfirmed(matched: PriceOffer[]): boolean {
  const buyable = matched.filter((o) => purchasable(o.stock));
  return buyable.length > 0 && buyable.every((o) => o.priceExact);
}

/** Says why nothing matched, naming the filter most likely responsible. */
export function emptyReason(offers: PriceOffer[], filters: PriceFilters): Localized {
  if (offers.length === 0) {
    return inBoth('prices.empty.none');
  }
  if (filters.maxPrice !== undefined) {
    const cheapest = offers.reduce((a, b) => (b.spotPrice < a.spotPrice ? b : a));
    if (cheapest.spotPrice > filters.maxPrice) {
      const about = cheapest.priceExact ? '' : '≈';
      return inBoth('prices.empty.overPrice', {
        max: String(filters.maxPrice),
        about,
        cheapest: { yuan: cheapest.spotPrice, digits: 3 },
      });
    }
  }
  return inBoth('prices.empty.filters');
}
