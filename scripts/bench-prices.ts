/**
 * `npm run bench:prices`: three ways to price every GPU spot offer, in one process against one
 * simulator with realistic latency (100–200 ms per call) and a per-(action, region) limit of
 * 10 calls per second, its market frozen so all three see the same prices:
 *
 *  1. the original scripts' scan as it ran: one call per region, zone and type, in sequence;
 *  2. an exact-all concurrent scan (a fair modern baseline): one call per (region, type), all
 *     regions at once, nothing shown before the end;
 *  3. Danlu: a first screen of estimates, then every price made exact in the background; then
 *     a second scan within the cache lifetime, and a restart on the same cache.
 *
 * Danlu's answers are checked against the simulator's ground truth. The last line printed is
 * one JSON object; `speedup` is the original scan's time over Danlu's time to all-exact. The
 * market is the one at `--at` (ISO time), else at the test instant.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { createAliyunApi } from '../src/main/aliyun';
import { silentLogger } from '../src/main/log/logger';
import { PricesService } from '../src/main/prices/prices-service';
import { systemClock } from '../src/shared/clock';
import { parseInstant } from '../tests/support/test-instant';
import { startTestSimulator } from '../tests/support/test-simulator';
import { exactAllScan } from './bench/exact-all-scan';
import { seedScan } from './bench/seed-scan';
import { checkAgainstTruth } from './bench/truth-check';

const { values } = parseArgs({ options: { seed: { type: 'string', default: '5' }, at: { type: 'string' } } });
const ALL = { regionGroup: 'all', inStockOnly: false } as const;
const round = (n: number) => Math.round(n * 10) / 10;
const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;

async function main() {
  // Speed 0: the market stands still, so every phase and the ground truth see the same prices.
  const sim = await startTestSimulator({
    seed: Number(values.seed),
    startTime: values.at === undefined ? undefined : parseInstant(values.at, '--at'),
    speed: 0,
    faults: { rules: [{ kind: 'latency', fixedMs: 100, jitterMs: 100 }], throttle: [{ qps: 10 }] },
  });
  let calls = 0;
  let throttled = 0;
  // A fresh client per phase; its limiter waits in real time while the market's clock stands.
  const client = () =>
    createAliyunApi({
      credentials: { accessKeyId: sim.accessKeyId, accessKeySecret: sim.accessKeySecret },
      endpoints: { kind: 'fixed', url: sim.endpoint },
      clock: systemClock,
      onCall: (event) => {
        calls++;
        if (event.outcome === 'throttled') throttled++;
      },
    });
  const phase = async <T>(run: () => Promise<T>) => {
    // Let the simulator's per-second buckets refill, so no phase pays for the one before.
    await systemClock.sleep(1500);
    calls = 0;
    const started = performance.now();
    const value = await run();
    return { value, ms: performance.now() - started, calls };
  };

  const seedApi = client();
  const seed = await phase(() => seedScan(seedApi));
  seedApi.close();
  console.log(
    `original scan (sequential, per zone and type): ${seed.calls} calls, ${seconds(seed.ms)}, ${seed.value} prices`,
  );

  const allApi = client();
  const exactAll = await phase(() => exactAllScan(allApi));
  allApi.close();
  console.log(`exact-all concurrent scan: ${exactAll.calls} calls, ${seconds(exactAll.ms)}, ${exactAll.value} prices`);

  const api = client();
  const dataDir = mkdtempSync(join(tmpdir(), 'danlu-bench-'));
  const service = (dir: string) =>
    new PricesService({
      cloud: async () => ({ key: 'bench', api, clock: sim.clock, calls: () => calls }),
      dataDir: dir,
      log: silentLogger,
      onProgress: () => {},
      ttlMs: () => 10 * 60_000,
    });
  const danlu = service(dataDir);
  let firstScreen = { ms: 0, calls: 0, shown: 0, exact: 0 };
  const allExact = await phase(async () => {
    const started = performance.now();
    const first = await danlu.scan({ refresh: false, filters: ALL, sort: 'price', limit: 100_000 });
    firstScreen = {
      ms: performance.now() - started,
      calls,
      shown: first.offers.length,
      exact: first.exact.totalExact,
    };
    await danlu.settled();
  });
  const truth = sim.spotOffers();
  const check = await checkAgainstTruth(danlu, truth);
  const pairs = new Set(truth.map((o) => `${o.regionId}|${o.instanceType}`)).size;
  const regions = (await api.describeRegions()).regions.length;
  console.log(
    `danlu first screen: ${firstScreen.calls} calls, ${seconds(firstScreen.ms)}, ${firstScreen.shown} offers (${firstScreen.exact} exact)`,
  );
  console.log(
    `danlu all exact: ${allExact.calls} calls, ${seconds(allExact.ms)}, ${check.exact} of ${check.shown} offers exact; ` +
      `budget 2 per region + 1 per (region, type) = ${2 * regions + pairs}, plus the catalogue (kept a week)`,
  );
  console.log(
    `against the ground truth: first offer right for ${check.top1Hits} of ${check.top1Models} GPU models` +
      `${check.misses.length > 0 ? ` (wrong: ${check.misses.join(', ')})` : ''}, for all models: ${check.allRight ? 'right' : 'WRONG'}; ` +
      `largest error of a price shown as exact: ${check.maxExactError}`,
  );

  const cached = await phase(() => danlu.scan({ refresh: false, filters: ALL, sort: 'price', limit: 100_000 }));
  console.log(`danlu again within the cache lifetime: ${cached.calls} calls, ${round(cached.ms)} ms`);
  const restart = await phase(() =>
    service(dataDir).scan({ refresh: false, filters: ALL, sort: 'price', limit: 100_000 }),
  );
  console.log(
    `danlu after a restart: ${restart.calls} calls, ${round(restart.ms)} ms, ${restart.value.exact.totalExact} of ${restart.value.total} exact`,
  );
  if (throttled > 0) console.log(`calls throttled by the simulator (and retried): ${throttled}`);
  console.log(
    `speed-up to every price exact: ${round(seed.ms / allExact.ms)}× the original scan, ${round(exactAll.ms / allExact.ms)}× the exact-all scan; ` +
      `first screen ${round(exactAll.ms / firstScreen.ms)}× sooner than the exact-all scan's only screen`,
  );

  api.close();
  await sim.close();
  console.log(
    JSON.stringify({
      firstScreenMs: round(firstScreen.ms),
      firstScreenCalls: firstScreen.calls,
      allExactMs: round(allExact.ms),
      allExactCalls: allExact.calls,
      baselineMs: round(seed.ms),
      baselineCalls: seed.calls,
      exactAllMs: round(exactAll.ms),
      exactAllCalls: exactAll.calls,
      speedup: round(seed.ms / allExact.ms),
      cachedMs: round(cached.ms),
      cachedCalls: cached.calls,
      top1Models: check.top1Models,
      top1Hits: check.top1Hits,
      maxExactError: check.maxExactError,
    }),
  );
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
