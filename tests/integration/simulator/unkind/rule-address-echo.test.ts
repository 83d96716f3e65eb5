import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Simulator } from '../../../../src/simulator/index';
import { startTestSimulator } from '../../../support/test-simulator';
import { type Body, type CloudCalls, cloudCalls, network } from '../support/cloud-calls';
import { START } from '../support/sim-time';

// A rule for one address comes back as `198.51.100.7/32`, as `198.51.100.7`, or either way by rule.
const R = 'us-west-1';
let sim: Simulator;
let call: CloudCalls;
let SecurityGroupId: string;
const SOURCES = Array.from({ length: 8 }, (_, n) => `198.51.100.${n + 1}/32`);

beforeAll(async () => {
  sim = await startTestSimulator({ seed: 47, speed: 0, startTime: START });
  call = cloudCalls(sim, R);
  ({ SecurityGroupId } = await network(sim, call, 'us-west-1a'));
  const permissions = [...SOURCES, '203.0.113.0/24'].map((source, n) => ({
    [`Permissions.${n + 1}.IpProtocol`]: 'TCP',
    [`Permissions.${n + 1}.PortRange`]: '22/22',
    [`Permissions.${n + 1}.SourceCidrIp`]: source,
  }));
  await call.ecs('AuthorizeSecurityGroup', { SecurityGroupId, ...Object.assign({}, ...permissions) });
});
afterAll(async () => sim?.close());

const echoed = async () =>
  ((await call.ecs('DescribeSecurityGroupAttribute', { SecurityGroupId })).Permissions.Permission as Body[]).map(
    (p) => p.SourceCidrIp as string,
  );
const bare = (cidr: string) => cidr.replace(/\/32$/, '');

it('echoes /32 as sent when the behaviour is cidr', async () => {
  sim.unkind.set({ ruleAddressEcho: 'cidr' });
  expect(await echoed()).toEqual([...SOURCES, '203.0.113.0/24']);
});

it('echoes single addresses bare, and wider ranges with their length, when it is bare', async () => {
  sim.unkind.set({ ruleAddressEcho: 'bare' });
  expect(await echoed()).toEqual([...SOURCES.map(bare), '203.0.113.0/24']);
});

it('echoes both forms, each rule always the same way, when it is mixed', async () => {
  sim.unkind.set({ ruleAddressEcho: 'mixed' });
  const first = await echoed();
  expect(await echoed()).toEqual(first);
  const single = first.slice(0, SOURCES.length);
  expect(single.some((s) => s.endsWith('/32'))).toBe(true);
  expect(single.some((s) => !s.includes('/'))).toBe(true);
  expect(single.map((s) => bare(s))).toEqual(SOURCES.map(bare));
  expect(first.at(-1)).toBe('203.0.113.0/24');
});

it('treats the bare and the /32 form as one rule when authorizing again and when revoking', async () => {
  sim.unkind.set({ ruleAddressEcho: 'bare' });
  const rule = (source: string) => ({
    SecurityGroupId,
    'Permissions.1.IpProtocol': 'TCP',
    'Permissions.1.PortRange': '22/22',
    'Permissions.1.SourceCidrIp': source,
  });
  await call.ecs('AuthorizeSecurityGroup', rule('198.51.100.1'));
  expect((await echoed()).filter((s) => s === '198.51.100.1')).toHaveLength(1);
  await call.ecs('RevokeSecurityGroup', rule('198.51.100.1'));
  await call.ecs('RevokeSecurityGroup', rule('198.51.100.2/32'));
  expect(await echoed()).not.toContain('198.51.100.1');
  expect(await echoed()).not.toContain('198.51.100.2');
  expect(await echoed()).toContain('198.51.100.3');
});
