import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { silentLogger } from '../../src/main/log/logger';
import type { PricesApi } from '../../src/main/prices/prices-api';
import { PricesService } from '../../src/main/prices/prices-service';
import type { PriceProgress } from '../../src/shared/contract/prices';
import { type PriceOffer, purchasable } from '../../src/shared/prices';
import type { SpotOffer } from '../../src/simulator/admin/spot-offers';
import type { SimApi } from '../integration/aliyun/sim-api';

/**
 * A PricesService on the simulator, with a fresh cache folder (or the one given, as after a
 * restart), every progress event kept, and the (region, type) of every exact-price read (price
 * history or spot quote; the history ones also apart) in the order it was started.
 */
export function pricesOnSim(s: SimApi, options: { ttlMs?: number; dataDir?: string } = {}) {
  const progress: PriceProgress[] = [];
  const reads: string[] = [];
  const historyReads: string[] = [];
  const api: PricesApi = {
    describeRegions: (...a) => s.api.describeRegions(...a),
    describeAllInstanceTypes: (...a) => s.api.describeAllInstanceTypes(...a),
    describeAvailableResource: (...a) => s.api.describeAvailableResource(...a),
    describeSpotAdvice: (...a) => s.api.describeSpotAdvice(...a),
    describeAllSpotPriceHistory: (input, o) => {
      reads.push(`${input.regionId}|${input.instanceType}`);
      historyReads.push(`${input.regionId}|${input.instanceType}`);
      return s.api.describeAllSpotPriceHistory(input, o);
    },
    describePrice: (input, o) => {
      reads.push(`${input.regionId}|${input.instanceType}`);
      return s.api.describePrice(input, o);
    },
  };
  const dataDir = options.dataDir ?? mkdtempSync(join(tmpdir(), 'danlu-prices-'));
  const service = new PricesService({
    cloud: async () => ({ key: 'sim', api, clock: s.sim.clock, calls: () => s.events.length }),
    dataDir,
    log: silentLogger,
    onProgress: (p) => progress.push(p),
    ttlMs: () => options.ttlMs ?? 10 * 60_000,
    // The first screen waits for every region, however slow this machine is.
    firstScreenMs: 10 * 60_000,
  });
  return { service, progress, reads, historyReads, dataDir };
}

export const ALL = { regionGroup: 'all', inStockOnly: false } as const;

export const offerKey = (o: { regionId: string; zoneId: string; instanceType: string }) =>
  `${o.regionId}/${o.zoneId}/${o.instanceType}`;

/** The cheapest offer the cloud would sell now among `truth` (in stock or low stock), or undefined. */
export function cheapestInTruth(truth: SpotOffer[]): SpotOffer | undefined {
  return truth
    .filter((o) => purchasable(o.stock))
    .reduce<SpotOffer | undefined>((best, o) => (!best || o.spotPrice < best.spotPrice ? o : best), undefined);
}

/**
 * Whether `shown` is a right first row for `truth`: a purchasable offer whose true price is the
 * lowest purchasable one (several zones may share that price).
 */
export function isTrueCheapest(shown: PriceOffer | undefined, truth: SpotOffer[]): boolean {
  const best = cheapestInTruth(truth);
  if (!shown || !best) return !shown && !best;
  const real = truth.find((o) => offerKey(o) === offerKey(shown));
  return !!real && purchasable(real.stock) && real.spotPrice === best.spotPrice;
}
