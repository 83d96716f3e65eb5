import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Simulator } from '../../../src/simulator/index';
import { startTestSimulator } from '../../support/test-simulator';
import { popCore } from './support/pop-core-client';
import { START } from './support/sim-time';

// The admin HTTP API under /_sim/, as scripts and other processes drive it.
let sim: Simulator;
const admin = async (method: string, path: string, body?: unknown) => {
  const response = await fetch(`${sim.admin}${path}`, {
    method,
    headers: body === undefined ? {} : { 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  return { status: response.status, body: text.startsWith('{') || text.startsWith('[') ? JSON.parse(text) : text };
};

beforeAll(async () => {
  sim = await startTestSimulator({ seed: 6, speed: 0, startTime: START, assumptions: { spotStockOutageRate: 0 } });
});
afterAll(async () => sim?.close());

it('describes itself and moves the clock', async () => {
  const info = await admin('GET', '');
  expect(info.body).toMatchObject({
    endpoint: sim.endpoint,
    seed: 6,
    versions: { ecs: '2014-05-26', vpc: '2016-04-28' },
  });
  expect(info.body.actions.length).toBeGreaterThanOrEqual(45);
  const moved = await admin('POST', '/clock', { advanceMs: 60_000, speed: 0 });
  expect(moved.body).toMatchObject({ now: START + 60_000, speed: 0 });
  expect((await admin('GET', '/clock')).body.time).toBe(new Date(START + 60_000).toISOString());
  expect((await admin('POST', '/clock', { speed: -1 })).status).toBe(400);
});

it('configures faults, prices, balance; reads offers, resources, ledger, validation, requests and events; resets', async () => {
  const put = await admin('PUT', '/faults', {
    noStock: [{ zoneId: 'us-west-1a' }],
    throttle: [{ action: 'RunInstances', qps: 2 }],
  });
  expect(put.body).toMatchObject({ rules: [], noStock: [{ zoneId: 'us-west-1a' }] });
  const added = await admin('POST', '/faults/rules', { kind: 'latency', fixedMs: 1 });
  expect(added.body.rules).toEqual([{ kind: 'latency', fixedMs: 1 }]);
  expect((await admin('POST', '/faults/rules', { kind: 'bogus' })).status).toBe(400);
  const offers = (await admin('GET', '/spot-offers?regionId=us-west-1')).body as Array<Record<string, unknown>>;
  expect(offers.filter((o) => o.zoneId === 'us-west-1a').every((o) => String(o.stock).endsWith('WithoutStock'))).toBe(
    true,
  );
  expect((await admin('DELETE', '/faults')).body).toEqual({ rules: [], noStock: [], closedStock: [], throttle: [] });

  const offer = offers.find((o) => o.zoneId === 'us-west-1b') as { instanceType: string; originPrice: number };
  await admin('POST', '/spot-price', {
    regionId: 'us-west-1',
    zoneId: 'us-west-1b',
    instanceType: offer.instanceType,
    price: 1.5,
  });
  expect(sim.spotOffers({ zoneId: 'us-west-1b', instanceType: offer.instanceType })[0]?.spotPrice).toBe(1.5);
  await admin('DELETE', '/spot-price');
  expect(sim.spotOffers({ zoneId: 'us-west-1b', instanceType: offer.instanceType })[0]?.spotPrice).not.toBe(1.5);

  const stockOf = () => sim.spotOffers({ zoneId: 'us-west-1b', instanceType: offer.instanceType })[0]?.stock;
  const pin = { regionId: 'us-west-1', zoneId: 'us-west-1b', instanceType: offer.instanceType };
  expect((await admin('POST', '/spot-stock', { ...pin, stock: 'WithoutStock' })).body).toEqual({ ok: true });
  expect(stockOf()).toBe('WithoutStock');
  expect((await admin('POST', '/spot-stock', { ...pin, stock: 'ClosedWithStock' })).body).toEqual({ ok: true });
  expect(stockOf()).toBe('ClosedWithStock');
  expect((await admin('POST', '/spot-stock', { ...pin, stock: 'Plenty' })).status).toBe(400);
  expect((await admin('POST', '/spot-stock', { zoneId: 'us-west-9z', stock: 'WithStock' })).status).toBe(400);
  expect((await admin('DELETE', '/spot-stock')).body).toEqual({ ok: true });

  expect((await admin('PUT', '/balance', { balance: 42 })).body).toEqual({ balance: 42, currency: 'CNY' });
  expect((await admin('GET', '/balance')).body.balance).toBe(42);

  const ecs = popCore(sim, 'ecs');
  await ecs
    .request('CreateDisk', { RegionId: 'us-west-1', ZoneId: 'us-west-1b', Size: 20, DiskCategory: 'cloud_essd' })
    .catch(() => undefined);
  await admin('PUT', '/balance', { balance: 500 });
  const { DiskId } = await ecs.request<{ DiskId: string }>('CreateDisk', {
    RegionId: 'us-west-1',
    ZoneId: 'us-west-1b',
    Size: 20,
    DiskCategory: 'cloud_essd',
  });
  await admin('POST', '/clock', { advanceMs: 3_600_000 });
  const resources = (await admin('GET', '/resources')).body;
  expect(resources.disks.map((d: { id: string }) => d.id)).toEqual([DiskId]);
  const ledger = (await admin('GET', '/ledger')).body;
  expect(ledger.resources[0]).toMatchObject({ resourceId: DiskId, resourceType: 'disk', seconds: 3600 });
  expect(ledger.total).toBeCloseTo((1 / 720) * 20, 12);
  expect((await admin('GET', '/validate')).body).toMatchObject({ ok: true, problems: [] });
  const requests = (await admin('GET', '/requests?limit=2')).body;
  expect(requests.map((r: { code: string }) => r.code)).toEqual(['InvalidAccountStatus.NotEnoughBalance', '']);
  expect(Array.isArray((await admin('GET', '/events')).body)).toBe(true);
  await admin('DELETE', '/requests');
  expect((await admin('GET', '/requests')).body).toEqual([]);

  expect((await admin('POST', '/reset')).body).toEqual({ ok: true });
  expect((await admin('GET', '/resources')).body.disks).toEqual([]);
  expect((await admin('GET', '/ledger')).body.total).toBe(0);
  expect((await admin('GET', '/nope')).status).toBe(404);
});

it('reclaims a spot instance on request and serves its metadata termination time', async () => {
  const ecs = popCore(sim, 'ecs');
  const vpc = popCore(sim, 'vpc');
  const R = 'us-west-1';
  const offer = sim.spotOffers({ regionId: R, instanceType: 'ecs.gn6i-c4g1.xlarge' })[0];
  if (!offer) throw new Error('ecs.gn6i-c4g1.xlarge is not sold in us-west-1');
  sim.setSpotStock({ regionId: R, zoneId: offer.zoneId, instanceType: offer.instanceType, stock: 'WithStock' });
  const { VpcId } = await vpc.request<{ VpcId: string }>('CreateVpc', { RegionId: R });
  await sim.clock.advance(5_000);
  const { VSwitchId } = await vpc.request<{ VSwitchId: string }>('CreateVSwitch', {
    RegionId: R,
    VpcId,
    ZoneId: offer.zoneId,
    CidrBlock: '172.16.9.0/24',
  });
  await sim.clock.advance(5_000);
  const { SecurityGroupId } = await ecs.request<{ SecurityGroupId: string }>('CreateSecurityGroup', {
    RegionId: R,
    VpcId,
  });
  const run = await ecs.request<{ InstanceIdSets: { InstanceIdSet: string[] } }>('RunInstances', {
    RegionId: R,
    VSwitchId,
    SecurityGroupId,
    ImageId: 'ubuntu_22_04_x64_20G_alibase_20240508.vhd',
    InstanceType: offer.instanceType,
    SpotStrategy: 'SpotAsPriceGo',
  });
  const id = run.InstanceIdSets.InstanceIdSet[0] as string;
  const path = `/metadata/${id}/latest/meta-data/instance/spot/termination-time`;
  expect((await admin('GET', path)).status).toBe(404);
  const reclaim = await admin('POST', '/reclaim', { instanceId: id, noticeMs: 120_000 });
  expect(reclaim.body).toEqual({
    instanceId: id,
    releaseAt: new Date(sim.clock.now() + 120_000).toISOString().replace('.000', ''),
  });
  expect((await admin('GET', path)).body).toBe(reclaim.body.releaseAt);
  await admin('POST', '/clock', { advanceMs: 120_000 });
  expect(sim.resources().instances).toEqual([]);
  expect(sim.events().map((e) => e.type)).toEqual(expect.arrayContaining(['spot.reclaim-notice', 'instance.released']));
  expect((await admin('POST', '/reclaim', { instanceId: id })).status).toBe(400);
});
