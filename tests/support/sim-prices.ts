import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { silentLogger } from '../../src/main/log/logger';
import { PricesService } from '../../src/main/prices/prices-service';
import type { PriceProgress } from '../../src/shared/contract/prices';
import type { SimApi } from '../integration/aliyun/sim-api';

/** A PricesService on the simulator, with a fresh cache folder and every progress event kept. */
export function pricesOnSim(s: SimApi, options: { ttlMs?: number; shortlist?: number } = {}) {
  const progress: PriceProgress[] = [];
  const service = new PricesService({
    cloud: async () => ({ key: 'sim', api: s.api, clock: s.sim.clock, calls: () => s.events.length }),
    dataDir: mkdtempSync(join(tmpdir(), 'danlu-prices-')),
    log: silentLogger,
    onProgress: (p) => progress.push(p),
    ttlMs: () => options.ttlMs ?? 10 * 60_000,
    shortlist: options.shortlist,
  });
  return { service, progress };
}

export const ALL = { regionGroup: 'all', inStockOnly: false } as const;
