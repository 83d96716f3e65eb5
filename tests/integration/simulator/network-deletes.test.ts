import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Simulator } from '../../../src/simulator/index';
import { startTestSimulator } from '../../support/test-simulator';
import { expectCode } from './support/expect-code';
import { popCore } from './support/pop-core-client';
import { START } from './support/sim-time';

// Deletes in a VPC are asynchronous on the cloud, and it says so with its own codes.
let sim: Simulator;
// biome-ignore lint/suspicious/noExplicitAny: pop-core answers are untyped JSON; the assertions check their shape.
type Body = Record<string, any>;
const R = 'us-west-1';

beforeAll(async () => {
  sim = await startTestSimulator({ seed: 23, speed: 0, startTime: START, assumptions: { spotStockOutageRate: 0 } });
});
afterAll(async () => sim?.close());

it('deletes vSwitches and VPCs in the background, refuses overlapping tasks, and holds groups while an interface lingers', async () => {
  const ecs = popCore(sim, 'ecs');
  const vpc = popCore(sim, 'vpc');
  const call = (client: typeof ecs, action: string, params: Record<string, unknown> = {}) =>
    client.request<Body>(action, { RegionId: R, ...params }, { method: 'POST' });
  const offer = sim.spotOffers({ regionId: R }).find((o) => o.stock === 'WithStock');
  if (!offer) throw new Error('no stock');

  const { VpcId } = await call(vpc, 'CreateVpc', { CidrBlock: '192.168.0.0/16' });
  await sim.clock.advance(10_000);
  const a = (await call(vpc, 'CreateVSwitch', { VpcId, ZoneId: 'us-west-1a', CidrBlock: '192.168.1.0/24' })).VSwitchId;
  const b = (await call(vpc, 'CreateVSwitch', { VpcId, ZoneId: 'us-west-1b', CidrBlock: '192.168.2.0/24' })).VSwitchId;
  await sim.clock.advance(10_000);
  const { SecurityGroupId } = await call(ecs, 'CreateSecurityGroup', { VpcId });
  const vswOfOffer = offer.zoneId === 'us-west-1a' ? a : b;
  const other = vswOfOffer === a ? b : a;
  const run = await call(ecs, 'RunInstances', {
    VSwitchId: vswOfOffer,
    SecurityGroupId,
    ImageId: 'ubuntu_22_04_x64_20G_alibase_20240508.vhd',
    InstanceType: offer.instanceType,
    SpotStrategy: 'SpotAsPriceGo',
  });
  const instanceId = run.InstanceIdSets.InstanceIdSet[0];
  await sim.clock.advance(60_000);

  // The other vSwitch goes in the background: Pending, then gone.
  await call(vpc, 'DeleteVSwitch', { VSwitchId: other });
  const listed = async () => (await call(vpc, 'DescribeVSwitches', { VpcId })).VSwitches.VSwitch as Body[];
  expect((await listed()).find((v) => v.VSwitchId === other)?.Status).toBe('Pending');
  // Asking again, or deleting another vSwitch of the VPC meanwhile, is refused.
  await expectCode(call(vpc, 'DeleteVSwitch', { VSwitchId: other }), 'IncorrectVSwitchStatus', 400);
  const codes = new Set<string>();
  for (let n = 0; n < 12; n++) {
    await call(vpc, 'DeleteVSwitch', { VSwitchId: vswOfOffer }).catch((e: { code: string }) => codes.add(e.code));
  }
  expect(
    [...codes].every((c) => ['OperationDenied.OtherSubnetProcessing', 'TaskConflict', 'OperationConflict'].includes(c)),
  ).toBe(true);
  expect(codes.size).toBeGreaterThan(1);
  await sim.clock.advance(10_000);
  expect((await listed()).map((v) => v.VSwitchId)).toEqual([vswOfOffer]);

  // The instance goes; its interface keeps the group and the vSwitch a while longer.
  await call(ecs, 'DeleteInstance', { InstanceId: instanceId, Force: true });
  await sim.clock.advance(10_000);
  expect((await call(ecs, 'DescribeInstances')).Instances.Instance).toEqual([]);
  await expectCode(call(ecs, 'DeleteSecurityGroup', { SecurityGroupId }), 'DependencyViolation', 403);
  await expectCode(call(vpc, 'DeleteVSwitch', { VSwitchId: vswOfOffer }), 'DependencyViolation', 400);
  await sim.clock.advance(30_000);
  await call(ecs, 'DeleteSecurityGroup', { SecurityGroupId });
  await call(vpc, 'DeleteVSwitch', { VSwitchId: vswOfOffer });
  // The VPC still holds the vSwitch being deleted.
  await expectCode(call(vpc, 'DeleteVpc', { VpcId }), 'DependencyViolation', 400);
  await sim.clock.advance(10_000);
  await call(vpc, 'DeleteVpc', { VpcId });
  expect((await call(vpc, 'DescribeVpcs', { VpcId })).Vpcs.Vpc[0]?.Status).toBe('Deleting');
  await expectCode(call(vpc, 'DeleteVpc', { VpcId }), 'IncorrectVpcStatus', 400);
  await sim.clock.advance(10_000);
  expect((await call(vpc, 'DescribeVpcs', { VpcId })).Vpcs.Vpc).toEqual([]);
  await expectCode(call(vpc, 'DeleteVpc', { VpcId }), 'InvalidVpcId.NotFound');
  expect(sim.validate()).toMatchObject({ ok: true });
});
