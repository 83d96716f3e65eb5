import { afterAll, beforeAll, expect, it } from 'vitest';
import { createAliyunApi, DANLU_TAG_KEY, DANLU_TAG_VALUE } from '../../../src/main/aliyun';
import { listRates, listRegion } from '../../../src/main/sessions';
import { HOURS_PER_MONTH } from '../../../src/shared/storage-prices';
import type { Simulator } from '../../../src/simulator';
import { inStock } from '../../support/launch-harness';
import { startTestSimulator } from '../../support/test-simulator';
import { type CloudCalls, cloudCalls, IMAGE, network } from '../simulator/support/cloud-calls';

// Resources prices a stopped instance by what the cloud still bills: compute goes on in standard
// mode (KeepCharging, as an idle power-off from inside leaves it), and ends in economical mode.
const R = 'us-west-1';
const TYPE = 'ecs.gn6i-c4g1.xlarge';
const PRICE = 1.25;
let sim: Simulator;
let call: CloudCalls;
const ids: Record<'running' | 'economical' | 'keepCharging', string> = {
  running: '',
  economical: '',
  keepCharging: '',
};

beforeAll(async () => {
  sim = await startTestSimulator({ seed: 71, speed: 0, unkind: { osPowerOff: true } });
  call = cloudCalls(sim, R);
  const [zoneId] = inStock(sim, R, TYPE);
  if (!zoneId) throw new Error(`${TYPE} is not sold in ${R}`);
  const launch = {
    ...(await network(sim, call, zoneId)),
    ImageId: IMAGE,
    InstanceType: TYPE,
    SpotStrategy: 'SpotAsPriceGo',
    'Tag.1.Key': DANLU_TAG_KEY,
    'Tag.1.Value': DANLU_TAG_VALUE,
  };
  for (const key of Object.keys(ids) as Array<keyof typeof ids>) {
    ids[key] = (await call.ecs('RunInstances', launch)).InstanceIdSets.InstanceIdSet[0];
  }
  await sim.clock.advance(120_000);
  await sim.idle();
  await call.ecs('StopInstance', { InstanceId: ids.economical, StoppedMode: 'StopCharging' });
  sim.osShutdown(ids.keepCharging);
  await sim.clock.advance(120_000);
  await sim.idle();
});
afterAll(async () => sim?.close());

it('prices an instance stopped in KeepCharging like a running one, and one stopped economically at ¥0/month', async () => {
  const api = createAliyunApi({
    credentials: { accessKeyId: sim.accessKeyId, accessKeySecret: sim.accessKeySecret },
    endpoints: { kind: 'fixed', url: sim.endpoint },
    clock: sim.clock,
  });
  try {
    const listed = await listRegion(
      api,
      R,
      [],
      listRates(() => PRICE),
    );
    const cost = (id: string) => listed.find((r) => r.kind === 'instance' && r.id === id);
    expect(cost(ids.economical)).toMatchObject({ status: 'Stopped', monthlyCost: 0 });
    expect(cost(ids.keepCharging)).toMatchObject({ status: 'Stopped', monthlyCost: PRICE * HOURS_PER_MONTH });
    expect(cost(ids.running)).toMatchObject({ status: 'Running', monthlyCost: PRICE * HOURS_PER_MONTH });
  } finally {
    api.close();
  }
});
