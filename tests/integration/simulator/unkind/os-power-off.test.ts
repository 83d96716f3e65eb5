import { afterEach, expect, it } from 'vitest';
import type { Simulator, UnkindInput } from '../../../../src/simulator/index';
import { startTestSimulator } from '../../../support/test-simulator';
import { type Body, type CloudCalls, cloudCalls, IMAGE, network } from '../support/cloud-calls';
import { RecordingHost } from '../support/recording-host';
import { START } from '../support/sim-time';

// A machine that powers itself off is stopped in standard mode: its GPU is still billed.
const R = 'us-west-1';
const HOUR = 3_600_000;
let sim: Simulator;
let host: RecordingHost;

afterEach(async () => sim?.close());

async function start(unkind: UnkindInput): Promise<CloudCalls> {
  host = new RecordingHost();
  sim = await startTestSimulator({
    seed: 53,
    speed: 0,
    startTime: START,
    assumptions: { spotStockOutageRate: 0 },
    unkind,
    instanceHost: host,
  });
  return cloudCalls(sim, R);
}

/** A running spot instance of the type, with a public address. */
async function running(call: CloudCalls, instanceType: string): Promise<string> {
  const offer = sim.spotOffers({ regionId: R, instanceType }).find((o) => o.stock === 'WithStock');
  if (!offer) throw new Error(`no stock of ${instanceType} for this seed`);
  const net = await network(sim, call, offer.zoneId);
  const run = await call.ecs('RunInstances', {
    ...net,
    ImageId: IMAGE,
    InstanceType: instanceType,
    SpotStrategy: 'SpotAsPriceGo',
    InternetMaxBandwidthOut: 5,
  });
  await sim.clock.advance(60_000);
  await sim.idle();
  return run.InstanceIdSets.InstanceIdSet[0];
}

const instance = async (call: CloudCalls, id: string) =>
  (await call.ecs('DescribeInstances', { InstanceIds: JSON.stringify([id]) })).Instances.Instance[0] as Body;
/** Seconds and CNY of compute billed for the instance so far. */
const compute = (id: string) => sim.ledger().resources.find((r) => r.resourceId === id) ?? { seconds: 0, cost: 0 };

it('stops an instance whose OS shut down in KeepCharging, keeps its address and bills its compute', async () => {
  const call = await start(true);
  const id = await running(call, 'ecs.gn6i-c4g1.xlarge');
  const address = (await instance(call, id)).PublicIpAddress.IpAddress;
  expect(address).toHaveLength(1);

  const response = await fetch(`${sim.admin}/os-shutdown`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ instanceId: id }),
  });
  expect(await response.json()).toEqual({ instanceId: id, status: 'Stopped', stoppedMode: 'KeepCharging' });
  await sim.idle();
  expect(host.calls).toContainEqual(['stop', id]);
  const stopped = await instance(call, id);
  expect(stopped).toMatchObject({ Status: 'Stopped', StoppedMode: 'KeepCharging' });
  expect(stopped.PublicIpAddress.IpAddress).toEqual(address);

  const before = compute(id);
  await sim.clock.advance(HOUR);
  expect(compute(id).seconds - before.seconds).toBe(3600);
  expect(compute(id).cost).toBeGreaterThan(before.cost);

  await call.ecs('StartInstance', { InstanceId: id });
  await sim.clock.advance(60_000);
  expect((await instance(call, id)).Status).toBe('Running');
});

it('reflects a power-off the instance host reports only with the behaviour on', async () => {
  const call = await start({ osPowerOff: false });
  const id = await running(call, 'ecs.gn6i-c4g1.xlarge');
  host.powerOffFromInside(id);
  expect((await instance(call, id)).Status).toBe('Running');
  expect(sim.events().find((e) => e.type === 'host.power-off')?.resourceId).toBe(id);

  sim.unkind.set({ osPowerOff: true });
  host.powerOffFromInside(id);
  expect(await instance(call, id)).toMatchObject({ Status: 'Stopped', StoppedMode: 'KeepCharging' });
  // The host already powered it off: nothing more is asked of it.
  await sim.idle();
  expect(host.calls).not.toContainEqual(['stop', id]);
});

it('reports StoppedMode for every instance: the mode stopped in, Not-applicable where economical mode cannot apply', async () => {
  const call = await start({ osPowerOff: true });
  const t4 = await running(call, 'ecs.gn6i-c4g1.xlarge');
  const p100 = await running(call, 'ecs.gn5-c4g1.xlarge');
  expect((await instance(call, t4)).StoppedMode).toBe('Not-applicable');

  await call.ecs('StopInstance', { InstanceId: t4, StoppedMode: 'StopCharging' });
  await call.ecs('StopInstance', { InstanceId: p100, StoppedMode: 'StopCharging' });
  await sim.clock.advance(60_000);
  expect(await instance(call, t4)).toMatchObject({ Status: 'Stopped', StoppedMode: 'StopCharging' });
  // gn5 has local disks: stopped in standard mode, and the API says economical mode does not apply.
  expect(await instance(call, p100)).toMatchObject({ Status: 'Stopped', StoppedMode: 'Not-applicable' });
  const stoppedAt = compute(p100).seconds;
  await sim.clock.advance(60_000);
  expect(compute(p100).seconds - stoppedAt).toBe(60);

  await call.ecs('StartInstance', { InstanceId: t4 });
  await sim.clock.advance(60_000);
  await call.ecs('StopInstance', { InstanceId: t4, StoppedMode: 'KeepCharging' });
  await sim.clock.advance(60_000);
  expect((await instance(call, t4)).StoppedMode).toBe('KeepCharging');

  sim.unkind.set(false);
  expect((await instance(call, p100)).StoppedMode).toBe('KeepCharging');
});
