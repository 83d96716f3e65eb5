import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Simulator } from '../../../src/simulator/index';
import { startTestSimulator } from '../../support/test-simulator';
import { popCore } from './support/pop-core-client';

// Demo mode runs the clock on its own (no advance calls): transitions happen in wall time, sped up.
// biome-ignore lint/suspicious/noExplicitAny: pop-core answers are untyped JSON; the assertions check their shape.
type Body = Record<string, any>;
let sim: Simulator;
beforeAll(async () => {
  sim = await startTestSimulator({ seed: 9, speed: 600, assumptions: { spotStockOutageRate: 0 } });
});
afterAll(async () => sim?.close());

it('moves an instance to Running by itself, in simulated seconds that pass 600 times faster', async () => {
  const R = 'us-west-1';
  const ecs = popCore(sim, 'ecs');
  const vpc = popCore(sim, 'vpc');
  const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
  const until = async (check: () => Promise<boolean>) => {
    for (let i = 0; i < 400 && !(await check()); i++) await sleep(25);
  };
  const offer = sim.spotOffers({ regionId: R }).find((o) => o.stock === 'WithStock' && o.instanceType.includes('gn7i'));
  if (!offer) throw new Error('no offer');
  const { VpcId } = await vpc.request<Body>('CreateVpc', { RegionId: R });
  await until(
    async () => (await vpc.request<Body>('DescribeVpcs', { RegionId: R })).Vpcs.Vpc[0].Status === 'Available',
  );
  const { VSwitchId } = await vpc.request<Body>('CreateVSwitch', {
    RegionId: R,
    VpcId,
    ZoneId: offer.zoneId,
    CidrBlock: '172.16.0.0/24',
  });
  await until(
    async () =>
      (await vpc.request<Body>('DescribeVSwitches', { RegionId: R })).VSwitches.VSwitch[0].Status === 'Available',
  );
  const { SecurityGroupId } = await ecs.request<Body>('CreateSecurityGroup', { RegionId: R, VpcId });
  const simStart = sim.clock.now();
  const wallStart = performance.now();
  await ecs.request<Body>('RunInstances', {
    RegionId: R,
    VSwitchId,
    SecurityGroupId,
    ImageId: 'ubuntu_22_04_x64_20G_alibase_20240508.vhd',
    InstanceType: offer.instanceType,
    SpotStrategy: 'SpotAsPriceGo',
    InternetMaxBandwidthOut: 1,
  });
  const running = async () =>
    (await ecs.request<Body>('DescribeInstances', { RegionId: R })).Instances.Instance[0]?.Status === 'Running';
  await until(running);
  expect(await running()).toBe(true);
  const simulated = sim.clock.now() - simStart;
  const wall = performance.now() - wallStart;
  // Pending + Starting take 30 simulated seconds; the ratio of simulated to wall time is the speed.
  expect(simulated).toBeGreaterThanOrEqual(30_000);
  expect(simulated / wall).toBeGreaterThan(300);
});
