/**
 * `npm run bench:prices`: the seed's price scan against Danlu's, in one process against one
 * simulator with realistic latency (150 ms ± 50 ms per call) and a per-(action, region) QPS
 * limit. The seed asked DescribeSpotPriceHistory once per region × zone × type (taking the type
 * list of each region's first zone for every zone), one call after another. The last line
 * printed is one JSON object with the figures. `--quick` limits both to five regions.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { createAliyunApi } from '../src/main/aliyun';
import { silentLogger } from '../src/main/log/logger';
import { PricesService } from '../src/main/prices/prices-service';
import { startSimulator } from '../src/simulator';

const { values } = parseArgs({
  options: { quick: { type: 'boolean', default: false }, seed: { type: 'string', default: '5' } },
});

async function main() {
  const sim = await startSimulator({
    seed: Number(values.seed),
    faults: {
      rules: [{ kind: 'latency', fixedMs: 100, jitterMs: 100 }],
      throttle: [{ qps: 10 }],
    },
  });
  let calls = 0;
  const api = createAliyunApi({
    credentials: { accessKeyId: sim.accessKeyId, accessKeySecret: sim.accessKeySecret },
    endpoints: { kind: 'fixed', url: sim.endpoint },
    clock: sim.clock,
    onCall: () => {
      calls++;
    },
  });
  const { regions } = await api.describeRegions();
  const regionIds = regions.map((r) => r.regionId).slice(0, values.quick ? 5 : undefined);

  // The seed's algorithm, call after call.
  calls = 0;
  let started = performance.now();
  const seedPrices: Array<{ region: string; zone: string; type: string; price: number }> = [];
  for (const regionId of regionIds) {
    const { zones } = await api.describeZones({
      regionId,
      instanceChargeType: 'PostPaid',
      spotStrategy: 'SpotAsPriceGo',
    });
    const types = (zones[0]?.availableInstanceTypes ?? []).filter((t) => /^ecs\.(ebm)?gn/.test(t));
    for (const zone of zones) {
      for (const type of types) {
        try {
          const h = await api.describeSpotPriceHistory({
            regionId,
            zoneId: zone.zoneId,
            instanceType: type,
            networkType: 'vpc',
          });
          const last = h.prices.at(-1);
          if (last) seedPrices.push({ region: regionId, zone: zone.zoneId, type, price: last.spotPrice });
        } catch {
          // The seed printed the error and went on.
        }
      }
    }
  }
  const baselineMs = performance.now() - started;
  const baselineCalls = calls;
  console.log(
    `seed algorithm: ${baselineCalls} calls, ${(baselineMs / 1000).toFixed(1)} s, ${seedPrices.length} prices`,
  );

  // Danlu: first scan (cold cache), then again within the TTL.
  const service = new PricesService({
    cloud: async () => ({ key: 'bench', api, clock: sim.clock, calls: () => calls }),
    dataDir: mkdtempSync(join(tmpdir(), 'danlu-bench-')),
    log: silentLogger,
    onProgress: () => {},
    ttlMs: () => 10 * 60_000,
  });
  const filters = { regionGroup: 'all' as const, inStockOnly: false, regions: values.quick ? regionIds : undefined };
  calls = 0;
  started = performance.now();
  const cold = await service.scan({ refresh: false, filters, sort: 'price', limit: 2000 });
  const ms = performance.now() - started;
  const danluCalls = calls;
  console.log(
    `danlu scan: ${danluCalls} calls, ${(ms / 1000).toFixed(2)} s, ${cold.total} offers (${cold.offers.filter((o) => o.priceExact).length} exact), failed regions: ${cold.failedRegions.length}`,
  );
  const cheapest = cold.offers.find((o) => o.stock === 'WithStock');
  if (cheapest)
    console.log(
      `cheapest now: ${cheapest.instanceType} (${cheapest.gpuModel}) in ${cheapest.zoneId} at ¥${cheapest.spotPrice}/h`,
    );

  calls = 0;
  started = performance.now();
  await service.scan({ refresh: false, filters, sort: 'price', limit: 2000 });
  const cachedMs = performance.now() - started;
  const cachedCalls = calls;

  api.close();
  await sim.close();
  const round = (n: number) => Math.round(n * 10) / 10;
  console.log(
    JSON.stringify({
      calls: danluCalls,
      baselineCalls,
      ms: round(ms),
      baselineMs: round(baselineMs),
      speedup: round(baselineMs / ms),
      cachedMs: round(cachedMs),
      cachedCalls,
    }),
  );
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
