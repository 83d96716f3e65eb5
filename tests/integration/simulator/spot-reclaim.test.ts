import { afterAll, beforeEach, expect, it } from 'vitest';
import type { Simulator } from '../../../src/simulator/index';
import { startTestSimulator } from '../../support/test-simulator';
import { popCore } from './support/pop-core-client';
import { advanceUntil, START } from './support/sim-time';

// biome-ignore lint/suspicious/noExplicitAny: pop-core answers are untyped JSON; the assertions check their shape.
type Body = Record<string, any>;
const R = 'us-west-1';
const TYPE = 'ecs.gn6i-c4g1.xlarge';
const MIN = 60_000;
let sim: Simulator;
let ecs: ReturnType<typeof popCore>;
let launch: Record<string, unknown>;
let offer: { zoneId: string; spotPrice: number; originPrice: number };
const call = (action: string, params: Record<string, unknown> = {}) =>
  ecs.request<Body>(action, { RegionId: R, ...params }, { method: 'POST' });
const instance = async (id: string) =>
  (await call('DescribeInstances', { InstanceIds: JSON.stringify([id]) })).Instances.Instance[0] as Body | undefined;

beforeEach(async () => {
  await sim?.close();
  // On the hour, so market evaluations (every 5 minutes) fall on round minutes.
  sim = await startTestSimulator({ seed: 17, speed: 0, startTime: START, assumptions: { spotStockOutageRate: 0 } });
  ecs = popCore(sim, 'ecs');
  const found = sim.spotOffers({ regionId: R, instanceType: TYPE }).find((o) => o.stock === 'WithStock');
  if (!found) throw new Error('no stock');
  offer = found;
  const vpc = popCore(sim, 'vpc');
  const { VpcId } = await vpc.request<Body>('CreateVpc', { RegionId: R });
  await sim.clock.advance(5_000);
  const { VSwitchId } = await vpc.request<Body>('CreateVSwitch', {
    RegionId: R,
    VpcId,
    ZoneId: offer.zoneId,
    CidrBlock: '172.16.0.0/24',
  });
  await sim.clock.advance(5_000);
  const { SecurityGroupId } = await call('CreateSecurityGroup', { VpcId });
  launch = {
    VSwitchId,
    SecurityGroupId,
    ImageId: 'ubuntu_22_04_x64_20G_alibase_20240508.vhd',
    InstanceType: TYPE,
    InternetMaxBandwidthOut: 1,
  };
});
afterAll(async () => sim?.close());

it('reclaims a price-limited instance when the market passes its limit, but not inside the protection hour', async () => {
  const limit = Math.round((offer.spotPrice + 0.01) * 1000) / 1000;
  const { InstanceIdSets } = await call('RunInstances', {
    ...launch,
    SpotStrategy: 'SpotWithPriceLimit',
    SpotPriceLimit: limit,
    SpotDuration: 1,
  });
  const id: string = InstanceIdSets.InstanceIdSet[0];
  const created = sim.clock.now();
  sim.setSpotPrice({
    regionId: R,
    zoneId: offer.zoneId,
    instanceType: TYPE,
    price: limit + 0.5,
    from: created + 10 * MIN,
  });
  await sim.clock.advance(50 * MIN);
  expect((await instance(id))?.OperationLocks.LockReason).toEqual([]);
  await advanceUntil(sim, async () => (await instance(id))?.OperationLocks.LockReason.length === 1, { stepMs: MIN });
  const noticeAt = sim.clock.now();
  expect(noticeAt - created).toBeGreaterThanOrEqual(60 * MIN);
  expect(noticeAt - created).toBeLessThanOrEqual(66 * MIN);
  await advanceUntil(sim, async () => (await instance(id)) === undefined, { stepMs: 10_000 });
  expect(sim.clock.now() - noticeAt).toBeGreaterThanOrEqual(4 * MIN);
  expect(sim.clock.now() - noticeAt).toBeLessThanOrEqual(6 * MIN);
  // Restarting at that price would be refused too.
  await expect(
    call('RunInstances', { ...launch, SpotStrategy: 'SpotWithPriceLimit', SpotPriceLimit: limit }),
  ).rejects.toMatchObject({
    code: 'InvalidSpotPriceLimit.LowerThanPublicPrice',
  });
});

it('stops (economical mode) instead of releasing with SpotInterruptionBehavior=Stop, and refuses a restart above the limit', async () => {
  const limit = offer.originPrice * 0.3;
  const { InstanceIdSets } = await call('RunInstances', {
    ...launch,
    SpotStrategy: 'SpotWithPriceLimit',
    SpotPriceLimit: limit,
    SpotInterruptionBehavior: 'Stop',
    'DataDisk.1.Size': 20,
    'DataDisk.1.Category': 'cloud_essd',
  });
  const id: string = InstanceIdSets.InstanceIdSet[0];
  await advanceUntil(sim, async () => (await instance(id))?.Status === 'Running');
  sim.reclaim(id);
  await sim.clock.advance(5 * MIN + 10_000);
  const stopped = await instance(id);
  expect([stopped?.Status, stopped?.StoppedMode, stopped?.OperationLocks.LockReason]).toEqual([
    'Stopped',
    'StopCharging',
    [],
  ]);
  expect((await call('DescribeDisks', { InstanceId: id })).Disks.Disk).toHaveLength(2);
  sim.setSpotPrice({ regionId: R, zoneId: offer.zoneId, instanceType: TYPE, price: offer.originPrice * 0.31 });
  await expect(call('StartInstance', { InstanceId: id })).rejects.toMatchObject({
    code: 'OperationDenied.SpotPriceLowerThanPublicPrice',
  });
  sim.clearSpotPrices();
  await call('StartInstance', { InstanceId: id });
  await advanceUntil(sim, async () => (await instance(id))?.Status === 'Running');
});

it('releases an instance at its AutoReleaseTime', async () => {
  const at = new Date(sim.clock.now() + 45 * MIN).toISOString().replace(/\.\d+Z$/, 'Z');
  const { InstanceIdSets } = await call('RunInstances', {
    ...launch,
    SpotStrategy: 'SpotAsPriceGo',
    AutoReleaseTime: at,
  });
  const id: string = InstanceIdSets.InstanceIdSet[0];
  await expect(
    call('ModifyInstanceAutoReleaseTime', {
      InstanceId: id,
      AutoReleaseTime: new Date(sim.clock.now() + 10 * MIN).toISOString().replace(/\.\d+Z$/, 'Z'),
    }),
  ).rejects.toMatchObject({
    code: 'InvalidAutoReleaseTime.InvalidValue',
  });
  await sim.clock.advance(44 * MIN);
  expect((await instance(id))?.Status).toBe('Running');
  await sim.clock.advance(2 * MIN);
  expect(await instance(id)).toBeUndefined();
  expect(sim.validate().problems).toEqual([]);
});
