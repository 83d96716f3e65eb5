import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type SimApi, startSimApi } from './sim-api';

let s: SimApi;
beforeAll(async () => {
  s = await startSimApi();
});
afterAll(async () => {
  await s.close();
});

const REGION = 'us-west-1';

describe('discovery and pricing on the simulator', () => {
  it('lists the regions and learns each region’s endpoint', async () => {
    const { regions } = await s.api.describeRegions({ acceptLanguage: 'en-US' });
    expect(regions.length).toBeGreaterThan(20);
    const west = regions.find((r) => r.regionId === REGION);
    expect(west?.regionEndpoint).toMatch(/^ecs\.us-west-1\.aliyuncs\.com$/);
    expect(s.api.caller.endpoints.learnedHost(REGION)).toBe(west?.regionEndpoint);
  });

  it('lists a region’s zones', async () => {
    const { zones } = await s.api.describeZones({ regionId: REGION });
    const truth = [...new Set(s.sim.spotOffers({ regionId: REGION }).map((o) => o.zoneId))];
    expect(zones.map((z) => z.zoneId)).toEqual(expect.arrayContaining(truth));
  });

  it('reports spot availability per zone exactly as the simulator’s market holds it', async () => {
    const { zones } = await s.api.describeAvailableResource({
      regionId: REGION,
      destinationResource: 'InstanceType',
      instanceChargeType: 'PostPaid',
      spotStrategy: 'SpotAsPriceGo',
    });
    const seen = zones.flatMap((z) =>
      z.resources
        .filter((r) => r.type.toLowerCase() === 'instancetype')
        .flatMap((r) => r.supported.filter((x) => x.available).map((x) => `${z.zoneId}/${x.value}`)),
    );
    const offers = s.sim.spotOffers({ regionId: REGION });
    const gpuTypes = new Set(offers.map((o) => o.instanceType));
    const truth = offers.filter((o) => o.stock.endsWith('WithStock')).map((o) => `${o.zoneId}/${o.instanceType}`);
    expect(truth.length).toBeGreaterThan(0);
    expect(new Set(seen.filter((k) => gpuTypes.has(k.split('/')[1] ?? '')))).toEqual(new Set(truth));
  });

  it('pages through every GPU instance type and reads its GPU facts', async () => {
    const byHundred = await s.api.describeAllInstanceTypes({ regionId: REGION, gpuSpec: 'NVIDIA' });
    const before = s.events.filter((e) => e.action === 'DescribeInstanceTypes').length;
    const byTen = await s.api.describeAllInstanceTypes({ regionId: REGION, gpuSpec: 'NVIDIA', maxResults: 10 });
    const pages = s.events.filter((e) => e.action === 'DescribeInstanceTypes').length - before;
    expect(byTen.map((t) => t.instanceTypeId)).toEqual(byHundred.map((t) => t.instanceTypeId));
    expect(pages).toBe(Math.ceil(byHundred.length / 10));
    const p100 = byHundred.find((t) => t.instanceTypeId === 'ecs.gn5-c4g1.xlarge');
    expect(p100).toMatchObject({ gpuSpec: 'NVIDIA P100', gpuAmount: 1, cpuCoreCount: 4, memorySize: 30 });
  });

  it('reads 30 days of spot price history, ending at the market’s current price', async () => {
    const offer = s.sim.spotOffers({ regionId: REGION }).find((o) => o.stock === 'WithStock');
    if (!offer) throw new Error('the seeded market has no offer in us-west-1');
    const now = s.sim.clock.now();
    const history = await s.api.describeAllSpotPriceHistory({
      regionId: REGION,
      zoneId: offer.zoneId,
      instanceType: offer.instanceType,
      startTime: new Date(now - 30 * 86_400_000),
      endTime: new Date(now),
    });
    expect(history.currency).toBe('CNY');
    expect(history.prices.length).toBeGreaterThan(24 * 28);
    const last = history.prices.at(-1);
    expect(last?.spotPrice).toBeCloseTo(offer.spotPrice, 3);
    expect(last?.originPrice).toBeCloseTo(offer.originPrice, 3);
  });

  it('gives spot advice and a current spot quote that agree with the market', async () => {
    const offer = s.sim.spotOffers({ regionId: REGION }).find((o) => o.stock === 'WithStock');
    if (!offer) throw new Error('the seeded market has no offer in us-west-1');
    const { advice } = await s.api.describeSpotAdvice({
      regionId: REGION,
      zoneId: offer.zoneId,
      instanceTypes: [offer.instanceType],
    });
    expect(advice.find((a) => a.instanceType === offer.instanceType)).toMatchObject({
      zoneId: offer.zoneId,
      interruptionRate: offer.interruptionRate,
      interruptRateDesc: offer.interruptRateDesc,
    });
    const quote = await s.api.describePrice({
      regionId: REGION,
      zoneId: offer.zoneId,
      instanceType: offer.instanceType,
      spotStrategy: 'SpotAsPriceGo',
    });
    expect(quote.currency).toBe('CNY');
    expect(quote.instanceTradePrice).toBeCloseTo(offer.spotPrice, 3);
  });

  it('reads the account’s attributes', async () => {
    const { attributes } = await s.api.describeAccountAttributes({
      regionId: REGION,
      attributeNames: ['max-spot-instance-vcpu-count', 'max-security-groups'],
    });
    const names = attributes.map((a) => a.name);
    expect(names).toEqual(expect.arrayContaining(['max-spot-instance-vcpu-count', 'max-security-groups']));
    expect(Number(attributes.find((a) => a.name === 'max-security-groups')?.values[0]?.value)).toBeGreaterThan(0);
  });

  it('finds the public Ubuntu images', async () => {
    const images = await s.api.describeAllImages({ regionId: REGION, imageOwnerAlias: 'system', osType: 'linux' });
    expect(images.map((i) => i.imageId)).toContain('ubuntu_22_04_x64_20G_alibase_20240508.vhd');
    expect(images.every((i) => i.status === 'Available')).toBe(true);
  });
});
