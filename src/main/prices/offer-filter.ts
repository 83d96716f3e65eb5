import type { PriceFilters } from '../../shared/contract/prices';
import { AppError } from '../../shared/errors';
import type { PriceOffer } from '../../shared/prices';
import { gpuKey } from './aws-reference';

/** Applies the user's filters and sort; unknown regions are an error, not an empty table. */
export function filterOffers(
  offers: PriceOffer[],
  filters: PriceFilters,
  sort: 'price' | 'pricePerGpuGiB',
  knownRegions: string[],
): PriceOffer[] {
  const unknown = (filters.regions ?? []).filter((r) => !knownRegions.includes(r));
  if (unknown.length > 0) {
    throw new AppError('unknown_region', {
      en: `Unknown region ${unknown.map((r) => `"${r}"`).join(', ')}. Known regions include ${knownRegions.slice(0, 6).join(', ')}…`,
      zh: `未知的地域 ${unknown.map((r) => `“${r}”`).join('、')}。已知地域包括 ${knownRegions.slice(0, 6).join('、')}…`,
    });
  }
  const model = filters.gpuModel ? gpuKey(filters.gpuModel) : undefined;
  const matched = offers.filter(
    (o) =>
      (!model || gpuKey(o.gpuModel) === model) &&
      (filters.minGpuMemGiB === undefined || o.gpuMemGiB >= filters.minGpuMemGiB) &&
      (filters.maxPrice === undefined || o.spotPrice <= filters.maxPrice) &&
      (filters.regionGroup === 'all' || o.regionGroup === filters.regionGroup) &&
      (!filters.regions || filters.regions.includes(o.regionId)) &&
      (!filters.inStockOnly || o.stock === 'WithStock'),
  );
  const key = (o: PriceOffer) => (sort === 'price' ? o.spotPrice : o.pricePerGpuGiB);
  // In-stock offers first at equal price: a sold-out zone is no use right now.
  return matched.sort(
    (a, b) =>
      key(a) - key(b) ||
      Number(b.stock === 'WithStock') - Number(a.stock === 'WithStock') ||
      a.regionId.localeCompare(b.regionId),
  );
}

/** Says why nothing matched, naming the filter most likely responsible. */
export function emptyReason(offers: PriceOffer[], filters: PriceFilters): { en: string; zh: string } {
  if (offers.length === 0) {
    return { en: 'No GPU spot offer was found in any region.', zh: '所有地域都没有找到 GPU 竞价实例。' };
  }
  if (filters.maxPrice !== undefined) {
    const cheapest = Math.min(...offers.map((o) => o.spotPrice));
    if (cheapest > filters.maxPrice) {
      return {
        en: `Nothing costs ¥${filters.maxPrice}/h or less; the cheapest offer is ¥${cheapest.toFixed(3)}/h.`,
        zh: `没有每小时 ¥${filters.maxPrice} 以内的实例；最便宜的是每小时 ¥${cheapest.toFixed(3)}。`,
      };
    }
  }
  return {
    en: 'No offer matches all these filters. Loosen one of them (GPU model, memory, price or regions).',
    zh: '没有同时满足这些条件的实例。请放宽其中一项（GPU 型号、显存、价格或地域）。',
  };
}
