import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Simulator } from '../../../../src/simulator/index';
import { startTestSimulator } from '../../../support/test-simulator';
import { type Body, type CloudCalls, cloudCalls, IMAGE, network } from '../support/cloud-calls';
import { expectCode } from '../support/expect-code';
import { START } from '../support/sim-time';

// Each family takes only some disk categories; a refused one gets a code that says so (a client
// can try another category or type), and DescribeAvailableResource names the same categories.
const R = 'us-west-1';
const A10 = 'ecs.gn7i-c8g1.2xlarge';
const P100 = 'ecs.gn5-c4g1.xlarge';
let sim: Simulator;
let call: CloudCalls;
const launches = new Map<string, Record<string, unknown>>();

beforeAll(async () => {
  sim = await startTestSimulator({
    seed: 59,
    speed: 0,
    startTime: START,
    assumptions: { spotStockOutageRate: 0, spotStockLowRate: 0 },
    unkind: { diskCategoriesByFamily: true },
  });
  call = cloudCalls(sim, R);
  for (const type of [A10, P100]) {
    const offer = sim.spotOffers({ regionId: R, instanceType: type }).find((o) => o.stock === 'WithStock');
    if (!offer) throw new Error(`no stock of ${type} for this seed`);
    const net = await network(sim, call, offer.zoneId);
    launches.set(type, {
      ...net,
      ZoneId: offer.zoneId,
      ImageId: IMAGE,
      InstanceType: type,
      SpotStrategy: 'SpotAsPriceGo',
    });
  }
});
afterAll(async () => sim?.close());

const launch = (type: string) => launches.get(type) as Record<string, unknown>;
const dryRun = (type: string, disks: Record<string, unknown>) =>
  call.ecs('RunInstances', { ...launch(type), ...disks, DryRun: true });
/** The values DescribeAvailableResource lists in the launch zone of `type`. */
const available = async (type: string, params: Record<string, unknown>): Promise<string[]> => {
  const answer = await call.ecs('DescribeAvailableResource', { ZoneId: launch(type).ZoneId, ...params });
  const zone = (answer.AvailableZones.AvailableZone as Body[])[0];
  const supported: Body[] = zone?.AvailableResources.AvailableResource[0]?.SupportedResources.SupportedResource ?? [];
  return supported.map((s) => s.Value as string);
};
const listed = (type: string, destination: 'SystemDisk' | 'DataDisk') =>
  available(type, { DestinationResource: destination, InstanceType: type });

it('lists, per family, the categories RunInstances then accepts, and refuses the others with their codes', async () => {
  expect(await listed(A10, 'SystemDisk')).toEqual(['cloud_essd', 'cloud_auto']);
  expect(await listed(P100, 'SystemDisk')).toEqual(['cloud_efficiency', 'cloud_ssd']);
  for (const type of [A10, P100]) {
    const system = await listed(type, 'SystemDisk');
    const data = await listed(type, 'DataDisk');
    expect(data).toEqual(expect.arrayContaining(system));
    for (const category of ['cloud_essd', 'cloud_auto', 'cloud_efficiency', 'cloud_ssd']) {
      const asSystem = dryRun(type, { 'SystemDisk.Category': category, 'SystemDisk.Size': 40 });
      if (system.includes(category)) await expectCode(asSystem, 'DryRunOperation');
      else await expectCode(asSystem, 'InvalidSystemDiskCategory.ValueNotSupported', 400);
      const asData = dryRun(type, {
        'SystemDisk.Category': system[0],
        'DataDisk.1.Category': category,
        'DataDisk.1.Size': 40,
      });
      if (data.includes(category)) await expectCode(asData, 'DryRunOperation');
      else await expectCode(asData, 'InvalidDiskCategory.NotSupported', 403);
    }
  }
});

it('lists as instance types for a system disk category only the families that take it', async () => {
  const types = (category: string) =>
    available(A10, { DestinationResource: 'InstanceType', SystemDiskCategory: category });
  expect(await types('cloud_essd')).toContain(A10);
  expect(await types('cloud_efficiency')).not.toContain(A10);
  expect((await types('cloud_efficiency')).every((t) => !t.startsWith('ecs.gn7') && !t.startsWith('ecs.gn8'))).toBe(
    true,
  );
});

it('refuses to attach a disk of a category the family cannot use, and to create one no family of the zone can', async () => {
  const type = A10;
  const zoneId = launch(type).ZoneId;
  const id: string = (await call.ecs('RunInstances', { ...launch(type), 'SystemDisk.Category': 'cloud_essd' }))
    .InstanceIdSets.InstanceIdSet[0];
  await sim.clock.advance(60_000);
  const older = (await call.ecs('CreateDisk', { ZoneId: zoneId, Size: 40, DiskCategory: 'cloud_efficiency' })).DiskId;
  const essd = (await call.ecs('CreateDisk', { ZoneId: zoneId, Size: 40, DiskCategory: 'cloud_essd' })).DiskId;
  await sim.clock.advance(10_000);
  await expectCode(
    call.ecs('AttachDisk', { InstanceId: id, DiskId: older }),
    'InvalidInstanceType.NotSupportDiskCategory',
    403,
  );
  await call.ecs('AttachDisk', { InstanceId: id, DiskId: essd });
  // Basic disks fit no GPU family; without DiskCategory CreateDisk asks for one.
  await expectCode(call.ecs('CreateDisk', { ZoneId: zoneId, Size: 40 }), 'InvalidDataDiskCategory.NotSupported', 403);
});

it('accepts every category for every family with the behaviour off', async () => {
  sim.unkind.set(false);
  await expectCode(
    dryRun(A10, { 'SystemDisk.Category': 'cloud_efficiency', 'SystemDisk.Size': 40 }),
    'DryRunOperation',
  );
  expect(await listed(A10, 'SystemDisk')).toEqual(['cloud_essd', 'cloud_efficiency', 'cloud_ssd', 'cloud_auto']);
});
