import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Simulator } from '../../../src/simulator/index';
import { startTestSimulator } from '../../support/test-simulator';
import { expectCode } from './support/expect-code';
import { popCore } from './support/pop-core-client';
import { $ecs, ecsSdk } from './support/sdk-clients';
import { START } from './support/sim-time';

// biome-ignore lint/suspicious/noExplicitAny: pop-core answers are untyped JSON; the assertions check their shape.
type Body = Record<string, any>;
const R = 'cn-hangzhou';
let sim: Simulator;
let ecs: ReturnType<typeof popCore>;
let launch: Record<string, unknown>;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

beforeAll(async () => {
  sim = await startTestSimulator({ seed: 3, speed: 0, startTime: START });
  ecs = popCore(sim, 'ecs');
  const vpc = popCore(sim, 'vpc');
  const { VpcId } = await vpc.request<Body>('CreateVpc', { RegionId: R, CidrBlock: '10.0.0.0/16' });
  await sim.clock.advance(5_000);
  const zoneId = sim.spotOffers({ regionId: R, instanceType: 'ecs.gn6i-c4g1.xlarge' })[0]?.zoneId;
  const { VSwitchId } = await vpc.request<Body>('CreateVSwitch', {
    RegionId: R,
    VpcId,
    ZoneId: zoneId,
    CidrBlock: '10.0.1.0/24',
  });
  await sim.clock.advance(5_000);
  const { SecurityGroupId } = await ecs.request<Body>('CreateSecurityGroup', { RegionId: R, VpcId });
  launch = {
    RegionId: R,
    VSwitchId,
    SecurityGroupId,
    ImageId: 'ubuntu_22_04_x64_20G_alibase_20240508.vhd',
    InstanceType: 'ecs.gn6i-c4g1.xlarge',
  };
  sim.faults.set({ throttle: [{ action: 'RunInstances', regionId: R, qps: 2 }] });
});
afterAll(async () => sim?.close());

it('throttles a burst of 20 RunInstances at 2 QPS, and ClientToken retries create each instance once', async () => {
  const tokens = Array.from({ length: 20 }, (_, i) => `burst-${i}`);
  const first = await Promise.allSettled(
    tokens.map((ClientToken) => ecs.request<Body>('RunInstances', { ...launch, ClientToken }, { method: 'POST' })),
  );
  const ok = first.filter((r) => r.status === 'fulfilled');
  const refused = first.filter((r): r is PromiseRejectedResult => r.status === 'rejected');
  expect(ok).toHaveLength(2);
  expect(refused).toHaveLength(18);
  for (const r of refused) {
    expect(r.reason.code).toBe('Throttling.User');
    expect(r.reason.entry.response.statusCode).toBe(400);
  }

  // Every caller retries with its own token until it gets through (as a client with backoff would).
  const idsByToken = new Map<string, string>();
  for (const ClientToken of tokens) {
    for (let attempt = 0; ; attempt++) {
      try {
        const answer = await ecs.request<Body>('RunInstances', { ...launch, ClientToken }, { method: 'POST' });
        idsByToken.set(ClientToken, answer.InstanceIdSets.InstanceIdSet[0]);
        break;
      } catch (error) {
        if ((error as { code?: string }).code !== 'Throttling.User' || attempt > 40) throw error;
        await sleep(150);
      }
    }
  }
  const firstIds = ok.map((r) => (r as PromiseFulfilledResult<Body>).value.InstanceIdSets.InstanceIdSet[0]);
  for (const id of firstIds) expect([...idsByToken.values()]).toContain(id);
  expect(new Set(idsByToken.values()).size).toBe(20);
  expect(sim.resources().instances).toHaveLength(20);
  expect(sim.requests().filter((r) => r.code === 'Throttling.User').length).toBeGreaterThanOrEqual(18);

  // Same token, different parameters: refused, nothing created.
  sim.faults.clear();
  await expectCode(
    ecs.request('RunInstances', { ...launch, InstanceName: 'other', ClientToken: 'burst-0' }),
    'IdempotentParameterMismatch',
    400,
  );
  expect(sim.resources().instances).toHaveLength(20);
}, 60_000);

it('reports throttling to the official SDK as its ThrottlingError', async () => {
  sim.faults.set({ throttle: [{ action: 'DescribeZones', qps: 2, code: 'Throttling.Api' }] });
  const sdk = ecsSdk(sim, R);
  const results = await Promise.allSettled(
    Array.from({ length: 6 }, () => sdk.describeZones(new $ecs.DescribeZonesRequest({ regionId: R }))),
  );
  const errors = results.filter((r): r is PromiseRejectedResult => r.status === 'rejected').map((r) => r.reason);
  expect(errors.length).toBe(4);
  expect(errors.every((e) => e.name === 'ThrottlingError' && e.code === 'Throttling.Api' && e.statusCode === 400)).toBe(
    true,
  );
});
