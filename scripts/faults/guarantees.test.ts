import { afterAll, beforeAll, expect, it } from 'vitest';
import type { SessionRecord } from '../../src/main/sessions';
import type { Simulator } from '../../src/simulator';
import { type CloudCalls, cloudCalls, IMAGE, network } from '../../tests/integration/simulator/support/cloud-calls';
import { startTestSimulator } from '../../tests/support/test-simulator';
import { billingUnknown, dataLost } from './guarantees';

const R = 'us-west-1';
let sim: Simulator;
let call: CloudCalls;
let instanceId = '';
let diskId = '';

beforeAll(async () => {
  sim = await startTestSimulator({ seed: 3, speed: 0 });
  sim.setSpotStock({ regionId: R, instanceType: 'ecs.gn6i-c4g1.xlarge', stock: 'WithStock' });
  call = cloudCalls(sim, R);
  const zoneId = sim.spotOffers({ regionId: R, instanceType: 'ecs.gn6i-c4g1.xlarge' })[0]?.zoneId as string;
  const made = await call.ecs('RunInstances', {
    ...(await network(sim, call, zoneId)),
    ImageId: IMAGE,
    InstanceType: 'ecs.gn6i-c4g1.xlarge',
    SpotStrategy: 'SpotAsPriceGo',
  });
  instanceId = made.InstanceIdSets.InstanceIdSet[0];
  diskId = (await call.ecs('CreateDisk', { ZoneId: zoneId, Size: 40, DiskCategory: 'cloud_essd' })).DiskId;
  await sim.clock.advance(60_000);
});
afterAll(async () => sim?.close());

/** A journal that shows the instance's compute and the data disk billing (its system disk left out). */
function journal(showing: { compute: boolean; disk: boolean }): SessionRecord[] {
  const from = new Date(sim.clock.now()).toISOString();
  const where = { regionId: R, zoneId: 'z', instanceType: 't' };
  return [
    {
      resources: { instanceId },
      billing: {
        compute: showing.compute ? [{ ...where, instanceId, from }] : [],
        disks: showing.disk ? [{ diskId, sizeGiB: 40, category: 'cloud_essd', performanceLevel: 'PL1', from }] : [],
        snapshots: [],
      },
    } as unknown as SessionRecord,
  ];
}

it('names every instance or disk the cloud bills that no session shows billing', () => {
  const system = sim.resources().disks.find((d) => d.type === 'system')?.id;
  expect(billingUnknown(sim, journal({ compute: true, disk: true })).sort()).toEqual([system]);
  expect(billingUnknown(sim, journal({ compute: false, disk: true })).sort()).toEqual([instanceId, system].sort());
  expect(billingUnknown(sim, [])).toHaveLength(3);
});

it('names a lineage that held data when neither a disk nor a complete snapshot of it is left, unless the user deleted it', async () => {
  expect(dataLost(sim, new Set([diskId]), new Set())).toEqual([]);
  await call.ecs('DeleteDisk', { DiskId: diskId });
  expect(dataLost(sim, new Set([diskId]), new Set())).toEqual([diskId]);
  expect(dataLost(sim, new Set([diskId]), new Set([diskId]))).toEqual([]);
});
