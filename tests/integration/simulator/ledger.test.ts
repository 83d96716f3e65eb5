import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Simulator } from '../../../src/simulator/index';
import { startTestSimulator } from '../../support/test-simulator';
import { popCore } from './support/pop-core-client';
import { advanceUntil, START } from './support/sim-time';

// biome-ignore lint/suspicious/noExplicitAny: pop-core answers are untyped JSON; the assertions check their shape.
type Body = Record<string, any>;
const R = 'ap-southeast-1';
const TYPE = 'ecs.gn7i-c8g1.2xlarge';
const HOUR = 3_600_000;
const iso = (ms: number) => `${new Date(ms).toISOString().slice(0, 19)}Z`;

let sim: Simulator;
let ecs: ReturnType<typeof popCore>;
const call = (action: string, params: Record<string, unknown> = {}) =>
  ecs.request<Body>(action, { RegionId: R, ...params }, { method: 'POST' });

beforeAll(async () => {
  // 20 minutes past the hour: two hours of running cross two natural price points.
  sim = await startTestSimulator({
    seed: 5,
    speed: 0,
    startTime: START + 20 * 60_000,
    assumptions: { spotStockOutageRate: 0 },
  });
  ecs = popCore(sim, 'ecs');
});
afterAll(async () => sim?.close());

async function network(zoneId: string): Promise<{ VSwitchId: string; SecurityGroupId: string }> {
  const vpc = popCore(sim, 'vpc');
  const { VpcId } = await vpc.request<Body>('CreateVpc', { RegionId: R, CidrBlock: '10.0.0.0/8' });
  await sim.clock.advance(5_000);
  const { VSwitchId } = await vpc.request<Body>('CreateVSwitch', {
    RegionId: R,
    VpcId,
    ZoneId: zoneId,
    CidrBlock: '10.1.0.0/16',
  });
  await sim.clock.advance(5_000);
  const { SecurityGroupId } = await call('CreateSecurityGroup', { VpcId });
  return { VSwitchId, SecurityGroupId };
}

it('bills a spot instance running 2 simulated hours across price changes at Σ price × seconds', async () => {
  const offer = sim.spotOffers({ regionId: R, instanceType: TYPE }).find((o) => o.stock === 'WithStock');
  if (!offer) throw new Error('no stock for this seed');
  const net = await network(offer.zoneId);
  const t0 = sim.clock.now();
  const { InstanceIdSets } = await call('RunInstances', {
    ZoneId: offer.zoneId,
    ...net,
    ImageId: 'ubuntu_22_04_x64_20G_alibase_20240508.vhd',
    InstanceType: TYPE,
    SpotStrategy: 'SpotAsPriceGo',
    'SystemDisk.Category': 'cloud_essd',
    'SystemDisk.Size': 40,
  });
  const id: string = InstanceIdSets.InstanceIdSet[0];
  // An extra change half an hour in, on top of the market's own hourly moves.
  sim.setSpotPrice({
    regionId: R,
    zoneId: offer.zoneId,
    instanceType: TYPE,
    price: offer.originPrice * 0.29,
    from: t0 + 30 * 60_000,
    until: t0 + 50 * 60_000,
  });
  await sim.clock.advance(2 * HOUR);
  await call('DeleteInstance', { InstanceId: id, Force: true });
  await advanceUntil(sim, async () => (await call('DescribeInstances')).Instances.Instance.length === 0);
  const t1 = sim.clock.now();
  await sim.clock.advance(HOUR);

  // Expected cost from what the API itself publishes as the price history.
  const history = await call('DescribeSpotPriceHistory', {
    InstanceType: TYPE,
    NetworkType: 'vpc',
    ZoneId: offer.zoneId,
    StartTime: iso(t0),
    EndTime: iso(t1),
  });
  const points = (history.SpotPrices.SpotPriceType as Body[]).map((p) => ({
    at: Date.parse(p.Timestamp),
    price: p.SpotPrice as number,
  }));
  expect(new Set(points.map((p) => p.price)).size).toBeGreaterThanOrEqual(3);
  let expected = 0;
  points.forEach((p, i) => {
    const from = Math.max(p.at, t0);
    const to = Math.min(points[i + 1]?.at ?? t1, t1);
    if (to > from) expected += (p.price * (to - from)) / 1000 / 3600;
  });

  const ledger = sim.ledger();
  const compute = ledger.entries.filter((e) => e.resourceId === id);
  const total = ledger.resources.find((r) => r.resourceId === id);
  expect(compute.reduce((s, e) => s + e.seconds, 0)).toBe((t1 - t0) / 1000);
  expect(total?.cost).toBeCloseTo(expected, 10);
  expect(compute.reduce((s, e) => s + e.unitPrice * e.seconds, 0) / 3600).toBeCloseTo(expected, 10);
  for (const entry of compute) {
    expect(entry.unitPrice).toBe(points.filter((p) => p.at <= entry.from).at(-1)?.price);
  }
  expect(compute.some((e) => e.open)).toBe(false);

  // The system disk went with the instance: billed per GiB·hour for exactly the same time.
  const systemDisk = ledger.entries.filter((e) => e.resourceType === 'disk');
  expect(systemDisk).toHaveLength(1);
  expect(systemDisk[0]?.seconds).toBe((t1 - t0) / 1000);
  expect(systemDisk[0]?.cost).toBeCloseTo((1 / 720) * 40 * ((t1 - t0) / HOUR), 12);
  expect(ledger.total).toBeCloseTo(
    ledger.resources.reduce((s, r) => s + r.cost, 0),
    12,
  );
});

it('charges nothing for compute while stopped in economical mode, but keeps charging its disks', async () => {
  await sim.reset();
  const offer = sim.spotOffers({ regionId: R, instanceType: TYPE }).find((o) => o.stock === 'WithStock');
  if (!offer) throw new Error('no stock for this seed');
  const net = await network(offer.zoneId);
  const { InstanceIdSets } = await call('RunInstances', {
    ZoneId: offer.zoneId,
    ...net,
    ImageId: 'ubuntu_22_04_x64_20G_alibase_20240508.vhd',
    InstanceType: TYPE,
    SpotStrategy: 'SpotAsPriceGo',
    'SystemDisk.Category': 'cloud_efficiency',
    'SystemDisk.Size': 40,
  });
  const id: string = InstanceIdSets.InstanceIdSet[0];
  const status = async () => (await call('DescribeInstances')).Instances.Instance[0]?.Status;
  await advanceUntil(sim, async () => (await status()) === 'Running');
  await call('StopInstance', { InstanceId: id, StoppedMode: 'StopCharging' });
  await advanceUntil(sim, async () => (await status()) === 'Stopped');
  const computeBefore = sim.ledger().resources.find((r) => r.resourceId === id)?.cost ?? 0;
  const diskBefore = sim.ledger().resources.find((r) => r.resourceType === 'disk')?.cost ?? 0;
  await sim.clock.advance(3 * HOUR);
  const after = sim.ledger();
  expect(after.resources.find((r) => r.resourceId === id)?.cost).toBe(computeBefore);
  expect((after.resources.find((r) => r.resourceType === 'disk')?.cost ?? 0) - diskBefore).toBeCloseTo(
    (0.35 / 720) * 40 * 3,
    12,
  );
  expect(sim.balance()).toBeCloseTo(1000 - after.total, 9);
});
