import type { PriceFilters } from '../../shared/contract/prices';
import { AppError } from '../../shared/errors';
import { type PriceOffer, purchasable } from '../../shared/prices';
import { gpuKey } from './aws-reference';

export type PriceSort = 'price' | 'pricePerGpuGiB';

/** Checks the regions a filter names; unknown regions are an error, not an empty table. */
export function checkRegions(filters: PriceFilters, knownRegions: string[]): void {
  const unknown = (filters.regions ?? []).filter((r) => !knownRegions.includes(r));
  if (unknown.length === 0) return;
  throw new AppError('unknown_region', {
    en: `Unknown region ${unknown.map((r) => `"${r}"`).join(', ')}. Known regions include ${knownRegions.slice(0, 6).join(', ')}…`,
    zh: `未知的地域 ${unknown.map((r) => `“${r}”`).join('、')}。已知地域包括 ${knownRegions.slice(0, 6).join('、')}…`,
  });
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
export function emptyReason(offers: PriceOffer[], filters: PriceFilters): { en: string; zh: string } {
  if (offers.length === 0) {
    return { en: 'No GPU spot offer was found in any region.', zh: '所有地域都没有找到 GPU 竞价实例。' };
  }
  if (filters.maxPrice !== undefined) {
    const cheapest = offers.reduce((a, b) => (b.spotPrice < a.spotPrice ? b : a));
    if (cheapest.spotPrice > filters.maxPrice) {
      const about = cheapest.priceExact ? '' : '≈';
      return {
        en: `Nothing costs ¥${filters.maxPrice}/h or less; the cheapest offer is ${about}¥${cheapest.spotPrice.toFixed(3)}/h.`,
        zh: `没有每小时 ¥${filters.maxPrice} 以内的实例；最便宜的是每小时 ${about}¥${cheapest.spotPrice.toFixed(3)}。`,
      };
    }
  }
  return {
    en: 'No offer matches all these filters. Loosen one of them (GPU model, memory, price or regions).',
    zh: '没有同时满足这些条件的实例。请放宽其中一项（GPU 型号、显存、价格或地域）。',
  };
}
