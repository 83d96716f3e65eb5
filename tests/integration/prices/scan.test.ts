import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { silentLogger } from '../../../src/main/log/logger';
import { loadCatalogue } from '../../../src/main/prices/catalogue';
import { PriceScanner } from '../../../src/main/prices/scanner';
import { ALL, pricesOnSim } from '../../support/sim-prices';
import { type SimApi, startSimApi } from '../aliyun/sim-api';
import { START } from '../simulator/support/sim-time';

let s: SimApi;
beforeEach(async () => {
  // A fixed start and a slower clock: no hourly price change falls inside a test.
  s = await startSimApi({ seed: 11, startTime: START, speed: 60 });
});
afterEach(async () => {
  await s.close();
});

const key = (o: { regionId: string; zoneId: string; instanceType: string }) =>
  `${o.regionId}/${o.zoneId}/${o.instanceType}`;

describe('price scan on the simulator', () => {
  it('finds exactly the spot offers the cloud has, in every region, with exact prices where it says so', async () => {
    const { service, progress } = pricesOnSim(s);
    const result = await service.scan({ refresh: false, filters: ALL, sort: 'price', limit: 2000 });
    const truth = s.sim.spotOffers();
    expect(result.failedRegions).toEqual([]);
    expect(result.total).toBe(truth.length);
    expect(new Set(result.offers.map((o) => `${key(o)}/${o.stock}`))).toEqual(
      new Set(truth.map((o) => `${key(o)}/${o.stock}`)),
    );
    const byKey = new Map(truth.map((o) => [key(o), o]));
    const exact = result.offers.filter((o) => o.priceExact);
    expect(exact.length).toBeGreaterThan(0);
    for (const offer of exact) {
      expect(offer.spotPrice, key(offer)).toBeCloseTo(byKey.get(key(offer))?.spotPrice ?? -1, 3);
      expect(offer.originPrice, key(offer)).toBeCloseTo(byKey.get(key(offer))?.originPrice ?? -1, 3);
    }
    // The answer to "where is the cheapest GPU right now?" is right, and exact.
    const cheapest = truth.filter((o) => o.stock === 'WithStock').sort((a, b) => a.spotPrice - b.spotPrice)[0];
    const first = result.offers.find((o) => o.stock === 'WithStock');
    expect(first && key(first)).toBe(cheapest && key(cheapest));
    expect(first?.priceExact).toBe(true);
    // Progress arrived region by region.
    expect(progress.length).toBe(result.regions.length);
    expect(progress.at(-1)?.regionsDone).toBe(result.regions.length);
    console.log(
      `scan: ${result.total} offers in ${result.regions.length} regions, ${result.calls} calls, ${exact.length} exact`,
    );
  });

  it('gives every price exactly when asked for all of them', async () => {
    const catalogue = await loadCatalogue(s.api, silentLogger);
    const scan = await new PriceScanner(s.api, s.sim.clock, silentLogger).scan(catalogue, {}, { exactAll: true });
    const byKey = new Map(s.sim.spotOffers().map((o) => [key(o), o]));
    expect(scan.offers.length).toBe(byKey.size);
    for (const offer of scan.offers) {
      expect(offer.priceExact, key(offer)).toBe(true);
      expect(offer.spotPrice, key(offer)).toBeCloseTo(byKey.get(key(offer))?.spotPrice ?? -1, 3);
    }
  });

  it('marks sold-out zones', async () => {
    const target = s.sim.spotOffers({ regionId: 'ap-southeast-1' }).find((o) => o.stock === 'WithStock');
    if (!target) throw new Error('the simulator sells nothing in ap-southeast-1');
    s.sim.faults.add({
      noStock: [{ regionId: target.regionId, zoneId: target.zoneId, instanceType: target.instanceType }],
    });
    const { service } = pricesOnSim(s);
    const result = await service.scan({
      refresh: true,
      filters: { ...ALL, regions: ['ap-southeast-1'] },
      sort: 'price',
      limit: 2000,
    });
    expect(result.offers.find((o) => key(o) === key(target))?.stock).toBe('WithoutStock');
    const inStock = await service.scan({
      refresh: false,
      filters: { ...ALL, regions: ['ap-southeast-1'], inStockOnly: true },
      sort: 'price',
      limit: 2000,
    });
    expect(inStock.offers.some((o) => key(o) === key(target))).toBe(false);
  });

  it('retries a region that throttles, and reports one that keeps failing without hiding the others', async () => {
    s.sim.faults.add({
      rules: [
        {
          kind: 'error',
          code: 'Throttling.User',
          status: 400,
          actions: ['DescribeAvailableResource'],
          regions: ['eu-central-1'],
          times: 2,
        },
        { kind: 'http5xx', status: 503, actions: ['DescribeAvailableResource'], regions: ['ap-northeast-1'] },
      ],
    });
    const { service, progress } = pricesOnSim(s);
    const result = await service.scan({ refresh: true, filters: ALL, sort: 'price', limit: 2000 });
    expect(result.failedRegions.map((f) => f.regionId)).toEqual(['ap-northeast-1']);
    expect(result.failedRegions[0]?.error.text.en).toMatch(/temporar|unavailable|try again/i);
    expect(result.offers.some((o) => o.regionId === 'eu-central-1')).toBe(true);
    expect(progress.find((p) => p.regionId === 'ap-northeast-1')?.failed).toBeDefined();
    const others = new Set(
      s.sim
        .spotOffers()
        .filter((o) => o.regionId !== 'ap-northeast-1')
        .map(key),
    );
    expect(new Set(result.offers.map(key))).toEqual(others);
  });

  it('answers from its cache within the TTL, with no call, and says how old the prices are', async () => {
    const { service } = pricesOnSim(s);
    const first = await service.scan({ refresh: false, filters: ALL, sort: 'price', limit: 10 });
    expect(first.fromCache).toBe(false);
    const before = s.events.length;
    await s.sim.clock.sleep(60_000);
    const again = await service.scan({ refresh: false, filters: ALL, sort: 'pricePerGpuGiB', limit: 10 });
    expect(s.events.length).toBe(before);
    expect(again).toMatchObject({ fromCache: true, calls: 0 });
    expect(again.ageMs).toBeGreaterThanOrEqual(60_000);
    const perGb = again.offers.map((o) => o.pricePerGpuGiB);
    expect(perGb).toEqual([...perGb].sort((a, b) => a - b));
  });

  it('filters by GPU model, memory, price and region group, and says why nothing matched', async () => {
    const { service } = pricesOnSim(s);
    const t4 = await service.scan({ refresh: false, filters: { ...ALL, gpuModel: 't4' }, sort: 'price', limit: 2000 });
    expect(t4.offers.length).toBeGreaterThan(0);
    expect(t4.offers.every((o) => o.gpuModel === 'NVIDIA T4')).toBe(true);
    const big = await service.scan({
      refresh: false,
      filters: { ...ALL, minGpuMemGiB: 40, regionGroup: 'overseas' },
      sort: 'price',
      limit: 2000,
    });
    expect(big.offers.every((o) => o.gpuMemGiB >= 40 && o.regionGroup === 'overseas')).toBe(true);
    const none = await service.scan({
      refresh: false,
      filters: { ...ALL, maxPrice: 0.001 },
      sort: 'price',
      limit: 2000,
    });
    expect(none.offers).toEqual([]);
    expect(none.emptyReason?.en).toMatch(/cheapest offer is ¥/);
    expect(none.emptyReason?.zh).toMatch(/最便宜/);
    await expect(
      service.scan({ refresh: false, filters: { ...ALL, regions: ['xx-nowhere-1'] }, sort: 'price', limit: 10 }),
    ).rejects.toMatchObject({
      code: 'unknown_region',
      text: { en: expect.any(String), zh: expect.stringContaining('未知的地域') },
    });
  });

  it('reads 30 days of history as change points ending at the current price, with pay-as-you-go beside it', async () => {
    const offer = s.sim.spotOffers({ regionId: 'us-west-1' }).find((o) => o.stock === 'WithStock');
    if (!offer) throw new Error('nothing sold in us-west-1');
    const { service } = pricesOnSim(s);
    const history = await service.history({
      regionId: 'us-west-1',
      zoneId: offer.zoneId,
      instanceType: offer.instanceType,
      days: 30,
    });
    expect(history.points.length).toBeGreaterThan(1);
    expect(history.points.length).toBeLessThanOrEqual(history.rawPoints);
    expect(Date.parse(history.to) - Date.parse(history.from)).toBe(30 * 24 * 3600 * 1000);
    expect(history.points.at(-1)?.spotPrice).toBeCloseTo(offer.spotPrice, 3);
    expect(history.points.every((p) => p.originPrice === offer.originPrice)).toBe(true);
    for (let i = 1; i < history.points.length - 1; i++) {
      const a = history.points[i - 1];
      const b = history.points[i];
      expect(a?.spotPrice !== b?.spotPrice || a?.originPrice !== b?.originPrice).toBe(true);
    }
  });
});
