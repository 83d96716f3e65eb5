import { afterEach, expect, it } from 'vitest';
import type { Simulator, UnkindInput } from '../../../../src/simulator/index';
import { startTestSimulator } from '../../../support/test-simulator';
import { type Body, type CloudCalls, cloudCalls } from '../support/cloud-calls';
import { expectCode } from '../support/expect-code';
import { START } from '../support/sim-time';

// The VPC service does one vSwitch task per VPC at a time, says so with several codes, and a
// create retried with its ClientToken while the first is still being set up is refused too.
const R = 'us-west-1';
const CONFLICTS = [
  'TaskConflict',
  'OperationConflict',
  'IncorrectStatus',
  'OperationFailed.IdempotentTokenProcessing',
  'OperationFailed.DistibuteLock',
];
let sim: Simulator;

afterEach(async () => sim?.close());

async function start(unkind: UnkindInput): Promise<CloudCalls> {
  sim = await startTestSimulator({ seed: 31, speed: 0, startTime: START, unkind });
  return cloudCalls(sim, R);
}

/** Runs `n` calls that are expected to fail and returns the codes they failed with. */
async function codesOf(n: number, attempt: () => Promise<unknown>): Promise<string[]> {
  const codes: string[] = [];
  for (let i = 0; i < n; i++) {
    await attempt().then(
      () => codes.push('(accepted)'),
      (e: { code: string }) => codes.push(e.code),
    );
  }
  return codes;
}

it('refuses CreateVSwitch while another vSwitch of the VPC is being created or deleted, with the conflict codes', async () => {
  const call = await start({ vSwitchCreateConflicts: true });
  const { VpcId } = await call.vpc('CreateVpc', { CidrBlock: '10.0.0.0/16' });
  await sim.clock.advance(5_000);
  const vswitch = (n: number) =>
    call.vpc('CreateVSwitch', { VpcId, ZoneId: 'us-west-1a', CidrBlock: `10.0.${n}.0/24` });

  const { VSwitchId } = await vswitch(1);
  const codes = await codesOf(12, () => vswitch(2));
  expect(codes.every((c) => CONFLICTS.includes(c))).toBe(true);
  expect(new Set(codes).size).toBeGreaterThan(2);
  // Another VPC is not held up.
  const { VpcId: other } = await call.vpc('CreateVpc', { CidrBlock: '10.1.0.0/16' });
  await sim.clock.advance(5_000);
  await call.vpc('CreateVSwitch', { VpcId: other, ZoneId: 'us-west-1a', CidrBlock: '10.1.1.0/24' });

  const second = (await vswitch(2)).VSwitchId;
  await sim.clock.advance(5_000);
  await call.vpc('DeleteVSwitch', { VSwitchId });
  expect(CONFLICTS).toContain((await codesOf(1, () => vswitch(3)))[0]);
  await sim.clock.advance(10_000);
  await vswitch(3);
  const listed = (await call.vpc('DescribeVSwitches', { VpcId })).VSwitches.VSwitch as Body[];
  expect(listed.map((v) => v.VSwitchId)).toContain(second);
  expect(listed).toHaveLength(2);
});

it('lets concurrent CreateVSwitch calls through with the behaviour off', async () => {
  const call = await start(false);
  const { VpcId } = await call.vpc('CreateVpc', { CidrBlock: '10.0.0.0/16' });
  await sim.clock.advance(5_000);
  await call.vpc('CreateVSwitch', { VpcId, ZoneId: 'us-west-1a', CidrBlock: '10.0.1.0/24' });
  await call.vpc('CreateVSwitch', { VpcId, ZoneId: 'us-west-1a', CidrBlock: '10.0.2.0/24' });
  expect((await call.vpc('DescribeVSwitches', { VpcId })).VSwitches.VSwitch).toHaveLength(2);
});

it('answers OperationFailed.LastTokenProcessing to a create retried while the first is Pending, then the first answer', async () => {
  const call = await start({ retriedTokenProcessing: true });
  const vpcParams = { CidrBlock: '10.0.0.0/16', ClientToken: 'vpc-token-1' };
  const { VpcId } = await call.vpc('CreateVpc', vpcParams);
  await expectCode(call.vpc('CreateVpc', vpcParams), 'OperationFailed.LastTokenProcessing', 400);
  await sim.clock.advance(5_000);
  expect((await call.vpc('CreateVpc', vpcParams)).VpcId).toBe(VpcId);

  const vswParams = { VpcId, ZoneId: 'us-west-1a', CidrBlock: '10.0.1.0/24', ClientToken: 'vsw-token-1' };
  const { VSwitchId } = await call.vpc('CreateVSwitch', vswParams);
  await expectCode(call.vpc('CreateVSwitch', vswParams), 'OperationFailed.LastTokenProcessing', 400);
  await sim.clock.advance(5_000);
  expect((await call.vpc('CreateVSwitch', vswParams)).VSwitchId).toBe(VSwitchId);
  expect((await call.vpc('DescribeVpcs')).Vpcs.Vpc).toHaveLength(1);
  expect((await call.vpc('DescribeVSwitches', { VpcId })).VSwitches.VSwitch).toHaveLength(1);
});

it('answers throttled calls with Rejected.Throttling as well as Throttling.User', async () => {
  const call = await start({ throttlingCodes: ['Throttling.User', 'Rejected.Throttling'] });
  sim.faults.set({ throttle: [{ action: 'DescribeRegions', qps: 0.001, burst: 1 }] });
  await call.ecs('DescribeRegions');
  const codes = await codesOf(12, () => call.ecs('DescribeRegions'));
  expect(new Set(codes)).toEqual(new Set(['Throttling.User', 'Rejected.Throttling']));

  sim.unkind.set(false);
  expect(new Set(await codesOf(4, () => call.ecs('DescribeRegions')))).toEqual(new Set(['Throttling.User']));
});
