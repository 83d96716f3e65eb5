import { gpuKey } from '../../src/main/prices/aws-reference';
import type { PricesService } from '../../src/main/prices/prices-service';
import { type PriceOffer, purchasable } from '../../src/shared/prices';
import type { SpotOffer } from '../../src/simulator/admin/spot-offers';

const ALL = { regionGroup: 'all', inStockOnly: false } as const;
const key = (o: { regionId: string; zoneId: string; instanceType: string }) =>
  `${o.regionId}/${o.zoneId}/${o.instanceType}`;

/** Whether `shown` is purchasable and costs what the cheapest purchasable offer of `truth` costs. */
function isCheapest(shown: PriceOffer | undefined, truth: SpotOffer[]): boolean {
  const buyable = truth.filter((o) => purchasable(o.stock));
  if (!shown || buyable.length === 0) return !shown && buyable.length === 0;
  const real = truth.find((o) => key(o) === key(shown));
  return !!real && purchasable(real.stock) && real.spotPrice === Math.min(...buyable.map((o) => o.spotPrice));
}

/**
 * Checks what the service shows against the simulator's ground truth, as a user filtering by
 * GPU model would: the first row per model (and for all models), and every price shown as exact.
 */
export async function checkAgainstTruth(service: PricesService, truth: SpotOffer[]) {
  const models = [...new Set(truth.filter((o) => purchasable(o.stock)).map((o) => o.gpuSpec))].sort();
  let hits = 0;
  const misses: string[] = [];
  for (const model of models) {
    const shown = await service.scan({ refresh: false, filters: { ...ALL, gpuModel: model }, sort: 'price', limit: 1 });
    const mine = truth.filter((o) => gpuKey(o.gpuSpec) === gpuKey(model));
    if (isCheapest(shown.offers[0], mine)) hits++;
    else misses.push(model);
  }
  const all = await service.scan({ refresh: false, filters: ALL, sort: 'price', limit: 100_000 });
  const byKey = new Map(truth.map((o) => [key(o), o]));
  let maxExactError = 0;
  let exact = 0;
  for (const offer of all.offers.filter((o) => o.priceExact)) {
    exact++;
    const real = byKey.get(key(offer));
    const error = real
      ? Math.max(Math.abs(offer.spotPrice - real.spotPrice), Math.abs(offer.originPrice - real.originPrice))
      : Number.POSITIVE_INFINITY;
    maxExactError = Math.max(maxExactError, error);
  }
  return {
    top1Models: models.length,
    top1Hits: hits,
    misses,
    allRight: isCheapest(all.offers[0], truth),
    shown: all.offers.length,
    exact,
    maxExactError: Math.round(maxExactError * 1e6) / 1e6,
  };
}
