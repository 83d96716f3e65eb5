import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { gpuKey } from '../../../src/main/prices/aws-reference';
import { ALL, offerKey, pricesOnSim } from '../../support/sim-prices';
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

const calls = (action: string, from = 0) => s.events.slice(from).filter((e) => e.action === action).length;
const pairsOf = (offers: Array<{ regionId: string; instanceType: string }>) =>
  new Set(offers.map((o) => `${o.regionId}|${o.instanceType}`));

describe('price scan on the simulator', () => {
  it('shows every offer at once, marks estimates with what they come from, then makes each (region, type) exact with one call', async () => {
    const { service, progress, reads } = pricesOnSim(s);
    const first = await service.scan({ refresh: false, filters: ALL, sort: 'price', limit: 2000 });
    const truth = s.sim.spotOffers();
    expect(first.failedRegions).toEqual([]);
    expect(first.total).toBe(truth.length);
    expect(new Set(first.offers.map((o) => `${offerKey(o)}/${o.stock}`))).toEqual(
      new Set(truth.map((o) => `${offerKey(o)}/${o.stock}`)),
    );
    // The first screen needs two calls per region (plus the catalogue), and says how many prices are exact.
    expect(calls('DescribeAvailableResource')).toBe(first.regions.length);
    expect(calls('DescribeSpotAdvice')).toBe(first.regions.length);
    expect(first.exact.total).toBe(truth.length);
    expect(first.exact.totalExact).toBeLessThan(truth.length);
    expect(first.activity?.exactTotal).toBe(truth.length);
    const estimate = first.offers.find((o) => o.basis.kind === 'estimate');
    expect(estimate?.basis).toMatchObject({ kind: 'estimate', payg: 'modelled' });
    expect(first.cheapestConfirmed).toBe(false);

    await service.settled();
    const after = await service.scan({ refresh: false, filters: ALL, sort: 'price', limit: 2000 });
    const pairs = pairsOf(truth);
    // One call per (region, type): the price history covers all its zones; a type sold in one
    // zone may be quoted by DescribePrice instead (a limit of its own). Never one per zone.
    expect(calls('DescribeSpotPriceHistory') + calls('DescribePrice')).toBe(pairs.size);
    expect(calls('DescribePrice')).toBeGreaterThan(0);
    expect(new Set(reads)).toEqual(pairs);
    expect(reads.length).toBe(pairs.size);
    expect(after.exact).toMatchObject({ matched: truth.length, matchedExact: truth.length, totalExact: truth.length });
    expect(after.exact.oldestCheckedAt).not.toBeNull();
    expect(after.activity).toBeNull();
    expect(after.cheapestConfirmed).toBe(true);
    for (const o of after.offers) expect(o.basis.kind).toBe('exact');
    // Progress went region by region, then counted exact prices up to the total.
    expect(progress.filter((p) => p.regionId).length).toBe(after.regions.length);
    expect(progress.at(-1)).toMatchObject({ done: true, exactDone: truth.length, exactTotal: truth.length });
  });

  it('reads the rows the user looks at first, and follows a new filter at once', async () => {
    s.sim.faults.add({ rules: [{ kind: 'latency', fixedMs: 20, actions: ['DescribeSpotPriceHistory'] }] });
    // The price-history lane takes any pair, so it shows the order (spot quotes run beside it for single-zone types).
    const { service, historyReads: reads } = pricesOnSim(s);
    /** In each region, every pair of `first` that `reads` holds comes before any other pair. */
    const firstInEachRegion = (keys: string[], first: Set<string>) => {
      const regions = new Set(keys.map((k) => k.split('|')[0]));
      for (const region of regions) {
        const mine = keys.filter((k) => k.startsWith(`${region}|`));
        const others = mine.findIndex((k) => !first.has(k));
        const lastFirst = mine.reduce((last, k, i) => (first.has(k) ? i : last), -1);
        expect(others === -1 || lastFirst < others, `${region}: ${mine.join(' ')}`).toBe(true);
      }
    };

    const a10 = await service.scan({
      refresh: false,
      filters: { ...ALL, gpuModel: 'NVIDIA A10' },
      sort: 'price',
      limit: 50,
    });
    expect(pairsOf(a10.offers).size).toBeGreaterThan(5);
    // A new filter goes first for everything not yet asked.
    const t4 = await service.scan({ refresh: false, filters: { ...ALL, gpuModel: 't4' }, sort: 'price', limit: 50 });
    const from = reads.length;
    await service.settled();
    firstInEachRegion(reads.slice(0, from), pairsOf(a10.offers));
    const before = new Set(reads.slice(0, from));
    firstInEachRegion(reads.slice(from), new Set([...pairsOf(t4.offers)].filter((k) => !before.has(k))));
    const done = await service.scan({ refresh: false, filters: { ...ALL, gpuModel: 't4' }, sort: 'price', limit: 50 });
    expect(done.offers.every((o) => o.priceExact && gpuKey(o.gpuModel) === 'T4')).toBe(true);
  });

  it('answers from memory within the cache lifetime with no call, and a restart shows exact prices at once', async () => {
    const { service, dataDir } = pricesOnSim(s);
    await service.scan({ refresh: false, filters: ALL, sort: 'price', limit: 10 });
    await service.settled();
    const before = s.events.length;
    await s.sim.clock.advance(60_000);
    const again = await service.scan({ refresh: false, filters: ALL, sort: 'pricePerGpuGiB', limit: 10 });
    expect(s.events.length).toBe(before);
    expect(again).toMatchObject({ fromCache: true, calls: 0, activity: null });
    expect(again.ageMs).toBeGreaterThanOrEqual(60_000);
    expect(again.offers.every((o) => o.priceExact)).toBe(true);
    const perGb = again.offers.map((o) => o.pricePerGpuGiB);
    expect(perGb).toEqual([...perGb].sort((a, b) => a - b));

    const restarted = pricesOnSim(s, { dataDir }).service;
    const atOnce = await restarted.scan({ refresh: false, filters: ALL, sort: 'price', limit: 2000 });
    expect(s.events.length).toBe(before);
    expect(atOnce).toMatchObject({ fromCache: true, calls: 0, activity: null });
    expect(atOnce.exact.totalExact).toBe(atOnce.total);
  });

  it('after the cache lifetime shows the earlier prices as such, re-reads stock (keeping the 30-day advice) and every price once', async () => {
    const { service } = pricesOnSim(s, { ttlMs: 5 * 60_000 });
    const first = await service.scan({ refresh: false, filters: ALL, sort: 'price', limit: 2000 });
    await service.settled();
    await s.sim.clock.advance(6 * 60_000);
    const from = s.events.length;
    const later = await service.scan({ refresh: false, filters: ALL, sort: 'price', limit: 2000 });
    expect(later.offers.every((o) => o.basis.kind === 'earlier')).toBe(true);
    expect(later.exact.totalExact).toBe(0);
    expect(later.activity).not.toBeNull();
    await service.settled();
    expect(calls('DescribeAvailableResource', from)).toBe(first.regions.length);
    expect(calls('DescribeSpotAdvice', from)).toBe(0);
    expect(calls('DescribeSpotPriceHistory', from) + calls('DescribePrice', from)).toBe(pairsOf(first.offers).size);
    const current = await service.scan({ refresh: false, filters: ALL, sort: 'price', limit: 2000 });
    expect(current.exact.totalExact).toBe(current.total);
  });

  it('lists low stock as purchasable and sold-out zones after everything that can be bought', async () => {
    const target = s.sim.spotOffers({ regionId: 'ap-southeast-1' }).find((o) => o.stock === 'WithStock');
    if (!target) throw new Error('the simulator sells nothing in ap-southeast-1');
    s.sim.faults.add({
      noStock: [{ regionId: target.regionId, zoneId: target.zoneId, instanceType: target.instanceType }],
    });
    const { service } = pricesOnSim(s);
    const result = await service.scan({ refresh: true, filters: ALL, sort: 'price', limit: 2000 });
    expect(result.offers.find((o) => offerKey(o) === offerKey(target))?.stock).toBe('WithoutStock');
    const firstSoldOut = result.offers.findIndex((o) => o.stock === 'WithoutStock' || o.stock === 'ClosedWithoutStock');
    expect(firstSoldOut).toBeGreaterThan(0);
    expect(result.offers.slice(firstSoldOut).every((o) => o.stock.endsWith('WithoutStock'))).toBe(true);
    const closed = result.offers.filter((o) => o.stock === 'ClosedWithStock');
    expect(closed.length).toBe(s.sim.spotOffers().filter((o) => o.stock === 'ClosedWithStock').length);
    const inStock = await service.scan({
      refresh: false,
      filters: { ...ALL, inStockOnly: true },
      sort: 'price',
      limit: 2000,
    });
    expect(inStock.offers.some((o) => offerKey(o) === offerKey(target))).toBe(false);
    expect(inStock.offers.filter((o) => o.stock === 'ClosedWithStock').length).toBe(closed.length);
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
    await service.scan({ refresh: true, filters: ALL, sort: 'price', limit: 2000 });
    await service.settled();
    const result = await service.scan({ refresh: false, filters: ALL, sort: 'price', limit: 2000 });
    expect(result.failedRegions.map((f) => f.regionId)).toEqual(['ap-northeast-1']);
    expect(result.failedRegions[0]?.error.text.en).toMatch(/temporar|unavailable|try again/i);
    expect(result.offers.some((o) => o.regionId === 'eu-central-1')).toBe(true);
    expect(progress.find((p) => p.regionId === 'ap-northeast-1')?.failed).toBeDefined();
    const others = new Set(
      s.sim
        .spotOffers()
        .filter((o) => o.regionId !== 'ap-northeast-1')
        .map(offerKey),
    );
    expect(new Set(result.offers.map(offerKey))).toEqual(others);
  });

  it('lists a region whose 30-day advice cannot be read, and prices it exactly all the same', async () => {
    s.sim.faults.add({
      rules: [{ kind: 'http5xx', status: 503, actions: ['DescribeSpotAdvice'], regions: ['us-west-1'] }],
    });
    const { service } = pricesOnSim(s);
    const first = await service.scan({
      refresh: false,
      filters: { ...ALL, regions: ['us-west-1'] },
      sort: 'price',
      limit: 2000,
    });
    expect(first.failedRegions).toEqual([]);
    expect(first.offers.length).toBe(s.sim.spotOffers({ regionId: 'us-west-1' }).length);
    for (const o of first.offers) {
      if (o.basis.kind === 'estimate') expect(o.basis.averageDiscount).toBeNull();
      expect(o.interruptionRate).toBeNull();
    }
    await service.settled();
    const exact = await service.scan({
      refresh: false,
      filters: { ...ALL, regions: ['us-west-1'] },
      sort: 'price',
      limit: 2000,
    });
    expect(exact.offers.every((o) => o.priceExact)).toBe(true);
  });

  it('keeps an estimate, says so and counts it, when a price cannot be read', async () => {
    s.sim.faults.add({
      rules: [
        {
          kind: 'error',
          code: 'InvalidParameter',
          status: 400,
          actions: ['DescribeSpotPriceHistory', 'DescribePrice'],
          regions: ['us-west-1'],
        },
      ],
    });
    const { service } = pricesOnSim(s);
    await service.scan({ refresh: false, filters: ALL, sort: 'price', limit: 2000 });
    await service.settled();
    const result = await service.scan({
      refresh: false,
      filters: { ...ALL, regions: ['us-west-1'] },
      sort: 'price',
      limit: 2000,
    });
    expect(result.offers.length).toBeGreaterThan(0);
    expect(result.offers.every((o) => o.basis.kind === 'estimate')).toBe(true);
    expect(result.exact.failed).toBe(pairsOf(result.offers).size);
    expect(result.cheapestConfirmed).toBe(false);
    // Nothing is asked again until the next pass.
    const before = s.events.length;
    await service.scan({ refresh: false, filters: ALL, sort: 'price', limit: 10 });
    expect(s.events.length).toBe(before);
  });

  it('filters by GPU model, memory, price and region group, and says why nothing matched', async () => {
    const { service } = pricesOnSim(s);
    await service.scan({ refresh: false, filters: ALL, sort: 'price', limit: 1 });
    await service.settled();
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

  it('compares with AWS only with a cheapest Alibaba offer that is surely the cheapest', async () => {
    const { service } = pricesOnSim(s);
    await service.scan({ refresh: false, filters: ALL, sort: 'price', limit: 1 });
    expect(service.compareAws({ gpuModel: 'NVIDIA T4' }).alibaba).toEqual([]);
    await service.settled();
    const [t4] = service.compareAws({ gpuModel: 'NVIDIA T4' }).alibaba;
    const cheapest = s.sim
      .spotOffers()
      .filter((o) => o.gpuSpec === 'NVIDIA T4' && o.stock !== 'WithoutStock')
      .reduce((a, b) => (b.spotPrice < a.spotPrice ? b : a));
    expect(t4?.priceExact).toBe(true);
    expect(t4?.spotPrice).toBe(cheapest.spotPrice);
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
