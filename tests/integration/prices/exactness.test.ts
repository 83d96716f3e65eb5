import { afterEach, describe, expect, it } from 'vitest';
import { gpuKey } from '../../../src/main/prices/aws-reference';
import { purchasable } from '../../../src/shared/prices';
import type { Simulator } from '../../../src/simulator';
import { ALL, isTrueCheapest, offerKey, pricesOnSim } from '../../support/sim-prices';
import { type SimApi, startSimApi } from '../aliyun/sim-api';
import { START } from '../simulator/support/sim-time';

let s: SimApi | undefined;
afterEach(async () => {
  await s?.close();
  s = undefined;
});

/** A small seeded generator, so each market's moves are the same on every run. */
function random(seed: number) {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

/**
 * Moves about a fifth of the offers away from their 30-day average: some far below (a fresh low
 * that no average predicts), some far above, never above pay-as-you-go.
 */
function movePrices(sim: Simulator, seed: number): number {
  const next = random(seed);
  let moved = 0;
  for (const o of sim.spotOffers()) {
    if (next() > 0.2) continue;
    const factor = next() < 0.5 ? 0.25 + next() * 0.4 : 1.6 + next() * 1.6;
    const price = Math.min(o.originPrice, Math.max(0.001, o.spotPrice * factor));
    sim.setSpotPrice({ regionId: o.regionId, zoneId: o.zoneId, instanceType: o.instanceType, price });
    moved++;
  }
  return moved;
}

describe('exact prices on randomized markets', () => {
  for (const seed of [3, 17, 42, 20261128]) {
    it(`seed ${seed}: after the exact pass, the first offer of every GPU model and of all is the cheapest the cloud sells, and every exact price is the cloud's`, async () => {
      s = await startSimApi({ seed, startTime: START, speed: 60 });
      expect(movePrices(s.sim, seed)).toBeGreaterThan(50);
      const { service } = pricesOnSim(s);
      const first = await service.scan({ refresh: false, filters: ALL, sort: 'price', limit: 2000 });
      // The first screen may be estimates, but says so.
      expect(first.offers.some((o) => !o.priceExact)).toBe(true);
      expect(first.offers.filter((o) => !o.priceExact).every((o) => o.basis.kind === 'estimate')).toBe(true);
      await service.settled();

      const truth = s.sim.spotOffers();
      const byKey = new Map(truth.map((o) => [offerKey(o), o]));
      const all = await service.scan({ refresh: false, filters: ALL, sort: 'price', limit: 2000 });
      expect(all.total).toBe(truth.length);
      expect(all.exact).toMatchObject({ total: truth.length, totalExact: truth.length, failed: 0 });
      expect(all.activity).toBeNull();
      for (const offer of all.offers) {
        const real = byKey.get(offerKey(offer));
        expect(offer.priceExact, offerKey(offer)).toBe(true);
        expect(offer.spotPrice, offerKey(offer)).toBe(real?.spotPrice);
        expect(offer.originPrice, offerKey(offer)).toBe(real?.originPrice);
        expect(offer.stock, offerKey(offer)).toBe(real?.stock);
      }
      expect(isTrueCheapest(all.offers[0], truth)).toBe(true);
      expect(all.cheapestConfirmed).toBe(true);

      for (const model of all.gpuModels) {
        const filtered = await service.scan({
          refresh: false,
          filters: { ...ALL, gpuModel: model },
          sort: 'price',
          limit: 20,
        });
        const mine = truth.filter((o) => gpuKey(o.gpuSpec) === gpuKey(model));
        const first = filtered.offers[0];
        expect(isTrueCheapest(first, mine), `${model}: ${first ? offerKey(first) : 'nothing shown'}`).toBe(true);
        expect(filtered.cheapestConfirmed, model).toBe(true);
      }

      // Low stock is listed as such, among what can be bought.
      const closed = truth.filter((o) => o.stock === 'ClosedWithStock');
      expect(closed.length).toBeGreaterThan(0);
      const inStock = await service.scan({
        refresh: false,
        filters: { ...ALL, inStockOnly: true },
        sort: 'price',
        limit: 2000,
      });
      expect(new Set(inStock.offers.map(offerKey))).toEqual(
        new Set(truth.filter((o) => purchasable(o.stock)).map(offerKey)),
      );
      expect(inStock.offers.filter((o) => o.stock === 'ClosedWithStock').length).toBe(closed.length);
    });
  }
});
