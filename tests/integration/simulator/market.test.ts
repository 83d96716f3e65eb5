import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Simulator } from '../../../src/simulator/index';
import { startTestSimulator } from '../../support/test-simulator';
import { expectCode } from './support/expect-code';
import { popCore } from './support/pop-core-client';
import { START } from './support/sim-time';

// biome-ignore lint/suspicious/noExplicitAny: pop-core answers are untyped JSON; the assertions check their shape.
type Body = Record<string, any>;
const DAY = 86_400_000;
const iso = (ms: number) => `${new Date(ms).toISOString().slice(0, 19)}Z`;
let sim: Simulator;
let ecs: ReturnType<typeof popCore>;

beforeAll(async () => {
  sim = await startTestSimulator({ seed: 31, speed: 0, startTime: START });
  ecs = popCore(sim, 'ecs');
});
afterAll(async () => sim?.close());

describe('the spot market', () => {
  it('sells the catalogue GPU types at 10–30 % of a pay-as-you-go price in a subset of zones of ~25 regions', async () => {
    const regions = (await ecs.request<Body>('DescribeRegions', {})).Regions.Region as Body[];
    expect(regions.length).toBeGreaterThanOrEqual(25);
    const offers = sim.spotOffers();
    // GPUs are sold in most regions, not all (the Local Regions and a few overseas ones have none).
    expect(new Set(offers.map((o) => o.regionId)).size).toBeGreaterThanOrEqual(15);
    for (const o of offers) {
      expect(o.spotPrice / o.originPrice).toBeGreaterThanOrEqual(0.0999);
      expect(o.spotPrice / o.originPrice).toBeLessThanOrEqual(0.3001);
    }
    const seedExample = offers.find((o) => o.regionId === 'us-west-1' && o.instanceType === 'ecs.gn5-c4g1.xlarge');
    expect(seedExample?.originPrice).toBe(11.916);
    const cn = offers.filter((o) => o.regionId === 'cn-hangzhou');
    const zonesPerType = new Map<string, number>();
    for (const o of cn) zonesPerType.set(o.instanceType, (zonesPerType.get(o.instanceType) ?? 0) + 1);
    expect(Math.min(...zonesPerType.values())).toBeLessThan(4);
    expect(offers.some((o) => o.stock === 'WithoutStock')).toBe(true);
  });

  it('answers the API from the same ground truth as spotOffers()', async () => {
    for (const regionId of ['us-west-1', 'cn-beijing', 'ap-southeast-1']) {
      const offers = sim.spotOffers({ regionId, kind: 'all' });
      const available = await ecs.request<Body>('DescribeAvailableResource', {
        RegionId: regionId,
        DestinationResource: 'InstanceType',
        SpotStrategy: 'SpotAsPriceGo',
      });
      const fromApi = (available.AvailableZones.AvailableZone as Body[]).flatMap((z) =>
        (z.AvailableResources.AvailableResource[0].SupportedResources.SupportedResource as Body[]).map(
          (s) => `${z.ZoneId} ${s.Value} ${s.StatusCategory}`,
        ),
      );
      expect(fromApi.sort()).toEqual(offers.map((o) => `${o.zoneId} ${o.instanceType} ${o.stock}`).sort());
      for (const o of offers.slice(0, 4)) {
        const price = await ecs.request<Body>('DescribePrice', {
          RegionId: regionId,
          ZoneId: o.zoneId,
          InstanceType: o.instanceType,
          SpotStrategy: 'SpotAsPriceGo',
        });
        const detail = (price.PriceInfo.Price.DetailInfos.DetailInfo as Body[]).find(
          (d) => d.Resource === 'instanceType',
        );
        expect([detail?.TradePrice, detail?.OriginalPrice]).toEqual([o.spotPrice, o.originPrice]);
        const history = await ecs.request<Body>('DescribeSpotPriceHistory', {
          RegionId: regionId,
          ZoneId: o.zoneId,
          InstanceType: o.instanceType,
          NetworkType: 'vpc',
        });
        expect(history.SpotPrices.SpotPriceType.at(-1).SpotPrice).toBe(o.spotPrice);
        const advice = await ecs.request<Body>('DescribeSpotAdvice', {
          RegionId: regionId,
          ZoneId: o.zoneId,
          'InstanceTypes.1': o.instanceType,
        });
        const resource = advice.AvailableSpotZones.AvailableSpotZone[0].AvailableSpotResources.AvailableSpotResource[0];
        expect([resource.InterruptionRate, resource.InterruptRateDesc]).toEqual([
          o.interruptionRate,
          o.interruptRateDesc,
        ]);
      }
    }
  });

  it('keeps 30 days of hourly history, paged with NextOffset, and keeps moving', async () => {
    const o = sim.spotOffers({ regionId: 'us-west-1', instanceType: 'ecs.gn5-c4g1.xlarge' })[0];
    if (!o) throw new Error('no offer');
    const points: Body[] = [];
    let offset: number | undefined = 0;
    while (offset !== undefined) {
      const page: Body = await ecs.request<Body>('DescribeSpotPriceHistory', {
        RegionId: 'us-west-1',
        ZoneId: o.zoneId,
        InstanceType: o.instanceType,
        NetworkType: 'vpc',
        StartTime: iso(START - 30 * DAY),
        Offset: offset,
      });
      points.push(...page.SpotPrices.SpotPriceType);
      offset = page.NextOffset;
    }
    expect(points.length).toBe(30 * 24 + 1);
    expect(new Set(points.map((p) => p.SpotPrice)).size).toBeGreaterThan(50);
    const before = sim.spotOffers({ regionId: 'us-west-1' });
    await sim.clock.advance(DAY);
    const after = sim.spotOffers({ regionId: 'us-west-1' });
    const moved = after.filter((a, i) => a.spotPrice !== before[i]?.spotPrice);
    expect(moved.length).toBeGreaterThan(before.length / 2);
  });

  it('is reproducible for a seed and different for another', async () => {
    const again = await startTestSimulator({ seed: 31, speed: 0, startTime: sim.clock.now() });
    const other = await startTestSimulator({ seed: 32, speed: 0, startTime: sim.clock.now() });
    try {
      expect(again.spotOffers()).toEqual(sim.spotOffers());
      expect(other.spotOffers().map((o) => o.spotPrice)).not.toEqual(sim.spotOffers().map((o) => o.spotPrice));
    } finally {
      await again.close();
      await other.close();
    }
  });
});

describe('stock and balance faults', () => {
  it('takes stock away in chosen zones only, with the real NoStock code', async () => {
    const regionId = 'cn-hangzhou';
    const [a, b] = sim.spotOffers({ regionId, instanceType: 'ecs.gn7i-c8g1.2xlarge' });
    if (!a || !b) throw new Error('need two zones');
    // Zone b in stock whatever the seeded market says at this hour, zone a sold out.
    sim.setSpotStock({ regionId, zoneId: b.zoneId, instanceType: b.instanceType, stock: 'WithStock' });
    sim.faults.set({ noStock: [{ regionId, zoneId: a.zoneId }] });
    const offers = sim.spotOffers({ regionId });
    expect(offers.filter((o) => o.zoneId === a.zoneId).every((o) => o.stock.endsWith('WithoutStock'))).toBe(true);
    const vpc = popCore(sim, 'vpc');
    const { VpcId } = await vpc.request<Body>('CreateVpc', { RegionId: regionId });
    await sim.clock.advance(5_000);
    const vsw = async (zoneId: string, cidr: string) =>
      (await vpc.request<Body>('CreateVSwitch', { RegionId: regionId, VpcId, ZoneId: zoneId, CidrBlock: cidr }))
        .VSwitchId;
    const inA = await vsw(a.zoneId, '172.16.1.0/24');
    const inB = await vsw(b.zoneId, '172.16.2.0/24');
    await sim.clock.advance(5_000);
    const { SecurityGroupId } = await ecs.request<Body>('CreateSecurityGroup', { RegionId: regionId, VpcId });
    const run = (VSwitchId: string) =>
      ecs.request<Body>('RunInstances', {
        RegionId: regionId,
        VSwitchId,
        SecurityGroupId,
        ImageId: 'ubuntu_22_04_x64_20G_alibase_20240508.vhd',
        InstanceType: a.instanceType,
        SpotStrategy: 'SpotAsPriceGo',
      });
    await expectCode(run(inA), 'OperationDenied.NoStock', 403);
    expect((await run(inB)).InstanceIdSets.InstanceIdSet).toHaveLength(1);
    sim.faults.clear();
    sim.clearSpotStock();

    sim.setBalance(99.5);
    await expectCode(run(inA), 'InvalidAccountStatus.NotEnoughBalance', 403);
    sim.setBalance(1000);
  });
});

/** RunInstances of one spot offer, in a network made for it. */
async function spotRunner(on: Simulator, offer: { regionId: string; zoneId: string; instanceType: string }) {
  const { regionId, zoneId, instanceType } = offer;
  const client = on === sim ? ecs : popCore(on, 'ecs');
  const vpc = popCore(on, 'vpc');
  const { VpcId } = await vpc.request<Body>('CreateVpc', { RegionId: regionId });
  await on.clock.advance(5_000);
  const { VSwitchId } = await vpc.request<Body>('CreateVSwitch', {
    RegionId: regionId,
    VpcId,
    ZoneId: zoneId,
    CidrBlock: '172.16.9.0/24',
  });
  await on.clock.advance(5_000);
  const { SecurityGroupId } = await client.request<Body>('CreateSecurityGroup', { RegionId: regionId, VpcId });
  return {
    run: () =>
      client.request<Body>('RunInstances', {
        RegionId: regionId,
        VSwitchId,
        SecurityGroupId,
        ImageId: 'ubuntu_22_04_x64_20G_alibase_20240508.vhd',
        InstanceType: instanceType,
        SpotStrategy: 'SpotAsPriceGo',
      }),
    stock: () => on.spotOffers({ regionId, zoneId, instanceType })[0]?.stock,
  };
}

describe('low stock', () => {
  it('states ClosedWithStock for offers still sold with little stock, and sells them until none is left', async () => {
    const all = sim.spotOffers();
    const closed = all.filter((o) => o.stock === 'ClosedWithStock');
    // Seeded low-stock stretches: some offers, far from all.
    expect(closed.length).toBeGreaterThan(0);
    expect(closed.length).toBeLessThan(all.length / 4);
    const offer = closed.find((o) => o.regionId === 'us-west-1') ?? closed[0];
    if (!offer) throw new Error('no low-stock offer');
    const runner = await spotRunner(sim, offer);
    for (let n = 0; runner.stock() === 'ClosedWithStock'; n++) {
      expect((await runner.run()).InstanceIdSets.InstanceIdSet).toHaveLength(1);
      expect(n).toBeLessThan(20);
    }
    // Sold out during a low-stock stretch: not replenished either.
    expect(runner.stock()).toBe('ClosedWithoutStock');
    await expectCode(runner.run(), 'OperationDenied.NoStock', 403);
  });

  it('reports the last free unit of an offer as ClosedWithStock', async () => {
    const plain = await startTestSimulator({
      seed: 31,
      speed: 0,
      startTime: START,
      assumptions: { spotStockLowRate: 0, spotStockOutageRate: 0 },
    });
    try {
      expect(plain.spotOffers().every((o) => o.stock === 'WithStock')).toBe(true);
      const offer = plain.spotOffers({ regionId: 'cn-beijing' })[0];
      if (!offer) throw new Error('nothing sold in cn-beijing');
      const runner = await spotRunner(plain, offer);
      const seen: string[] = [];
      while (runner.stock() !== 'WithoutStock' && seen.length < 20) {
        seen.push(runner.stock() ?? '');
        await runner.run();
      }
      expect(seen.at(-1)).toBe('ClosedWithStock');
      expect(seen.slice(0, -1).every((s) => s === 'WithStock')).toBe(true);
    } finally {
      await plain.close();
    }
  });
});

describe('stock set by a test', () => {
  const regionId = 'us-west-1';
  const instanceType = 'ecs.gn6i-c4g1.xlarge';

  it('keeps a zone in stock, low or sold out at every hour of a week, whatever the seeded market says', async () => {
    const zones = sim.spotOffers({ regionId, instanceType }).map((o) => o.zoneId);
    expect(zones.length).toBeGreaterThanOrEqual(2);
    const [inStock, other] = zones as [string, string];
    const probe = await startTestSimulator({ seed: 31, speed: 0, startTime: sim.clock.now() });
    try {
      probe.setSpotStock({ regionId, instanceType, stock: 'ClosedWithStock' });
      probe.setSpotStock({ regionId, zoneId: inStock, instanceType, stock: 'WithStock' });
      const seen = new Map<string, Set<string>>(zones.map((z) => [z, new Set<string>()]));
      for (let block = 0; block < 28; block++) {
        for (const o of probe.spotOffers({ regionId, instanceType })) seen.get(o.zoneId)?.add(o.stock);
        await probe.clock.advance(6 * 3_600_000);
      }
      expect([...(seen.get(inStock) ?? [])]).toEqual(['WithStock']);
      for (const zone of zones.slice(1)) expect([...(seen.get(zone) ?? [])]).toEqual(['ClosedWithStock']);
      // The latest pin wins; what the market shows is what RunInstances sells.
      probe.setSpotStock({ regionId, zoneId: other, instanceType, stock: 'WithoutStock' });
      expect(probe.spotOffers({ regionId, zoneId: other, instanceType })[0]?.stock).toBe('WithoutStock');
      await expectCode(
        (await spotRunner(probe, { regionId, zoneId: other, instanceType })).run(),
        'OperationDenied.NoStock',
        403,
      );
      const runner = await spotRunner(probe, { regionId, zoneId: inStock, instanceType });
      expect((await runner.run()).InstanceIdSets.InstanceIdSet).toHaveLength(1);
      // A pin is not a fault: the capacity still runs out.
      for (let n = 0; runner.stock() !== 'WithoutStock'; n++) {
        await runner.run();
        expect(n).toBeLessThan(20);
      }
      await expectCode(runner.run(), 'OperationDenied.NoStock', 403);
    } finally {
      await probe.close();
    }
  });

  it('gives the seeded market back when cleared, and refuses a pin that matches no offer', async () => {
    const before = sim.spotOffers({ regionId }).map((o) => o.stock);
    sim.setSpotStock({ regionId, stock: 'WithoutStock' });
    expect(new Set(sim.spotOffers({ regionId }).map((o) => o.stock.endsWith('WithoutStock')))).toEqual(new Set([true]));
    sim.clearSpotStock();
    expect(sim.spotOffers({ regionId }).map((o) => o.stock)).toEqual(before);
    expect(() => sim.setSpotStock({ regionId, zoneId: 'us-west-9z', stock: 'WithStock' })).toThrow(/no spot offer/);
    expect(() => sim.setSpotStock({ regionId: 'cn-hangzhou', instanceType: 'ecs.nope', stock: 'WithStock' })).toThrow();
  });
});
