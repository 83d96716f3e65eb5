import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Simulator } from '../../../../src/simulator/index';
import { startTestSimulator } from '../../../support/test-simulator';
import { type Body, type CloudCalls, cloudCalls, IMAGE, network } from '../support/cloud-calls';
import { expectCode } from '../support/expect-code';
import { START } from '../support/sim-time';

// A young instance cannot be deleted, Force or not: for tens of seconds a rollback's delete is refused.
const R = 'us-west-1';
const TYPE = 'ecs.gn6i-c4g1.xlarge';
let sim: Simulator;
let call: CloudCalls;
let launch: Record<string, unknown>;

beforeAll(async () => {
  sim = await startTestSimulator({ seed: 29, speed: 0, startTime: START, assumptions: { spotStockOutageRate: 0 } });
  call = cloudCalls(sim, R);
  const offer = sim.spotOffers({ regionId: R, instanceType: TYPE }).find((o) => o.stock === 'WithStock');
  if (!offer) throw new Error('no stock for this seed');
  const net = await network(sim, call, offer.zoneId);
  launch = { ...net, ImageId: IMAGE, InstanceType: TYPE, SpotStrategy: 'SpotAsPriceGo' };
});
afterAll(async () => sim?.close());

/** Switches behaviours through the admin HTTP API, as a test of a running app would. */
async function patchUnkind(body: unknown): Promise<Body> {
  const response = await fetch(`${sim.admin}/unkind`, {
    method: 'PATCH',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  expect(response.status).toBe(200);
  return (await response.json()) as Body;
}

const status = async (id: string) =>
  ((await call.ecs('DescribeInstances', { InstanceIds: JSON.stringify([id]) })).Instances.Instance[0] as Body)?.Status;
const forceDelete = (id: string) => call.ecs('DeleteInstance', { InstanceId: id, Force: true });

it('refuses DeleteInstance while Pending, Starting and for 30 s after Running, then releases', async () => {
  expect((await patchUnkind({ deleteRefusedAfterRunningMs: 30_000 })).deleteRefusedAfterRunningMs).toBe(30_000);
  const id: string = (await call.ecs('RunInstances', launch)).InstanceIdSets.InstanceIdSet[0];
  const created = sim.clock.now();

  await expectCode(forceDelete(id), 'IncorrectInstanceStatus.Initializing', 403);
  await sim.clock.advance(6_000);
  expect(await status(id)).toBe('Starting');
  await expectCode(forceDelete(id), 'IncorrectInstanceStatus', 403);
  await sim.clock.advance(24_000);
  expect(await status(id)).toBe('Running');
  await expectCode(forceDelete(id), 'IncorrectInstanceStatus.Initializing', 403);
  await sim.clock.advance(29_000);
  await expectCode(forceDelete(id), 'IncorrectInstanceStatus.Initializing', 403);

  await sim.clock.advance(1_000);
  await forceDelete(id);
  expect(sim.clock.now() - created).toBeGreaterThanOrEqual(60_000);
  await sim.clock.advance(10_000);
  expect(await status(id)).toBeUndefined();
});

it('accepts a forced delete of a Starting instance with the behaviour switched off', async () => {
  expect((await patchUnkind(false)).deleteRefusedAfterRunningMs).toBe(0);
  const id: string = (await call.ecs('RunInstances', launch)).InstanceIdSets.InstanceIdSet[0];
  await expectCode(forceDelete(id), 'IncorrectInstanceStatus.Initializing', 403);
  await sim.clock.advance(6_000);
  expect(await status(id)).toBe('Starting');
  await forceDelete(id);
  await sim.clock.advance(10_000);
  expect(await status(id)).toBeUndefined();
});
