import { type PriceOffer, purchasable } from '../../../shared/prices';
import type { OwnedResource } from '../../../shared/resources';
import { danlu } from '../../lib/danlu';
import { useLoad } from '../../lib/use-load';
import { usePriceScan } from '../prices/use-price-scan';

/** One GPU type as the Launch page offers it in a region (or zone): its cheapest zone with stock. */
export interface TypeChoice {
  offer: PriceOffer;
  /** Zones of the region where it is sold as spot now. */
  zones: string[];
  inStock: boolean;
}

const EVERYWHERE = { regionGroup: 'all', inStockOnly: false } as const;

/**
 * Every spot offer and what the Launch form derives from it, kept live: the prices of the
 * form's region are made exact first and the form follows as they turn exact.
 */
export function useOffers(focusRegion: string | undefined) {
  return usePriceScan({ filters: EVERYWHERE, limit: 2000, focusRegion: focusRegion || undefined });
}

/** The types sold in a region (or one zone of it), cheapest first, with stock preferred. */
export function typesIn(offers: PriceOffer[], regionId: string, zoneId: string): TypeChoice[] {
  const byType = new Map<string, TypeChoice>();
  for (const offer of offers) {
    if (offer.regionId !== regionId || (zoneId && offer.zoneId !== zoneId)) continue;
    const inStock = purchasable(offer.stock);
    const seen = byType.get(offer.instanceType);
    if (!seen) {
      byType.set(offer.instanceType, { offer, zones: [offer.zoneId], inStock });
      continue;
    }
    seen.zones.push(offer.zoneId);
    const better = (inStock && !seen.inStock) || (inStock === seen.inStock && offer.spotPrice < seen.offer.spotPrice);
    if (better) seen.offer = offer;
    seen.inStock ||= inStock;
  }
  return [...byType.values()].sort(
    (a, b) => Number(b.inStock) - Number(a.inStock) || a.offer.spotPrice - b.offer.spotPrice,
  );
}

export function zonesIn(offers: PriceOffer[], regionId: string): string[] {
  return [...new Set(offers.filter((o) => o.regionId === regionId).map((o) => o.zoneId))].sort();
}

/** Danlu's disks, snapshots and images, asked for only when the form needs them. */
export function useOwned(wanted: boolean) {
  const owned = useLoad<OwnedResource[] | null>(
    async () => (wanted ? (await danlu().resources.reconcile({ allRegions: false })).resources : null),
    [wanted],
  );
  return owned;
}

/** Disks, snapshots or images in a region that a new session may use (not held by a live session). */
export function usable(owned: OwnedResource[] | null | undefined, kind: OwnedResource['kind'], regionId: string) {
  return (owned ?? []).filter(
    (r) => r.kind === kind && r.regionId === regionId && (kind !== 'disk' || r.use !== 'in-use'),
  );
}

/** The last plan that worked, or the plan of the session named ("Launch again"), with what its session left. */
export function useLastPlan(fromSession: string | undefined) {
  return useLoad(() => danlu().sessions.lastPlan(fromSession ? { id: fromSession } : undefined), [fromSession]);
}
