import { afterEach, expect, it } from 'vitest';
import type { Simulator } from '../../../../src/simulator/index';
import { startTestSimulator } from '../../../support/test-simulator';
import { type Body, type CloudCalls, cloudCalls, IMAGE, network } from '../support/cloud-calls';
import { expectCode } from '../support/expect-code';
import { START } from '../support/sim-time';

// A new resource, or a new tag, is not listed at once: a client asking right after a create
// (even by id) gets an empty list, and must not read that as "gone".
const R = 'us-west-1';
const TYPE = 'ecs.gn6i-c4g1.xlarge';
const LAG: [number, number] = [4_000, 6_000];
let sim: Simulator;

afterEach(async () => sim?.close());

async function start(listingLagMs: [number, number]): Promise<CloudCalls> {
  sim = await startTestSimulator({
    seed: 41,
    speed: 0,
    startTime: START,
    assumptions: { spotStockOutageRate: 0 },
    unkind: { listingLagMs },
  });
  return cloudCalls(sim, R);
}

/** What each list call answers for one resource id of its kind. */
function listers(call: CloudCalls): Record<string, (id: string) => Promise<unknown[]>> {
  return {
    vpc: async (id) => (await call.vpc('DescribeVpcs', { VpcId: id })).Vpcs.Vpc,
    vSwitch: async (id) => (await call.vpc('DescribeVSwitches', { VSwitchId: id })).VSwitches.VSwitch,
    securityGroup: async (id) =>
      (await call.ecs('DescribeSecurityGroups', { SecurityGroupIds: JSON.stringify([id]) })).SecurityGroups
        .SecurityGroup,
    keyPair: async (name) => (await call.ecs('DescribeKeyPairs', { KeyPairName: name })).KeyPairs.KeyPair,
    instance: async (id) =>
      (await call.ecs('DescribeInstances', { InstanceIds: JSON.stringify([id]) })).Instances.Instance,
    disk: async (id) => (await call.ecs('DescribeDisks', { DiskIds: JSON.stringify([id]) })).Disks.Disk,
    snapshot: async (id) =>
      (await call.ecs('DescribeSnapshots', { SnapshotIds: JSON.stringify([id]) })).Snapshots.Snapshot,
    image: async (id) => (await call.ecs('DescribeImages', { ImageId: id, Status: 'Creating,Available' })).Images.Image,
  };
}

it('lists no new VPC, vSwitch, group, key pair, instance, disk, snapshot or image until its lag has passed', async () => {
  const call = await start(LAG);
  const offer = sim.spotOffers({ regionId: R, instanceType: TYPE }).find((o) => o.stock === 'WithStock');
  if (!offer) throw new Error('no stock for this seed');
  const list = listers(call);
  const made: Array<[kind: string, id: string]> = [];
  const justMade = async (kind: string, id: string) => {
    expect(await list[kind]?.(id), `${kind} right after its create`).toEqual([]);
    made.push([kind, id]);
  };

  const { VpcId } = await call.vpc('CreateVpc', { CidrBlock: '172.16.0.0/16' });
  await justMade('vpc', VpcId);
  await sim.clock.advance(3_000);
  // Writes see what reads do not: the vSwitch and the group are made in a VPC no list shows yet.
  const { VSwitchId } = await call.vpc('CreateVSwitch', { VpcId, ZoneId: offer.zoneId, CidrBlock: '172.16.1.0/24' });
  await justMade('vSwitch', VSwitchId);
  await sim.clock.advance(3_000);
  const { SecurityGroupId } = await call.ecs('CreateSecurityGroup', { VpcId });
  await justMade('securityGroup', SecurityGroupId);
  // A by-id read that is not a list answers "not found", as for a resource that does not exist.
  await expectCode(call.ecs('DescribeSecurityGroupAttribute', { SecurityGroupId }), 'InvalidSecurityGroupId.NotFound');
  await call.ecs('CreateKeyPair', { KeyPairName: 'lag-key' });
  await justMade('keyPair', 'lag-key');
  const run = await call.ecs('RunInstances', {
    VSwitchId,
    SecurityGroupId,
    ImageId: IMAGE,
    InstanceType: TYPE,
    SpotStrategy: 'SpotAsPriceGo',
    'DataDisk.1.Size': 40,
    'DataDisk.1.Category': 'cloud_essd',
  });
  const instanceId: string = run.InstanceIdSets.InstanceIdSet[0];
  await justMade('instance', instanceId);
  // So are the disks RunInstances makes with it.
  expect((await call.ecs('DescribeDisks', { InstanceId: instanceId })).Disks.Disk).toEqual([]);
  const { DiskId } = await call.ecs('CreateDisk', { ZoneId: offer.zoneId, Size: 20, DiskCategory: 'cloud_essd' });
  await justMade('disk', DiskId);

  await sim.clock.advance(LAG[1] + 60_000);
  for (const [kind, id] of made) expect(await list[kind]?.(id), `${kind} once its lag passed`).toHaveLength(1);
  expect((await call.ecs('DescribeDisks', { InstanceId: instanceId })).Disks.Disk).toHaveLength(2);

  const dataDisk = (await call.ecs('DescribeDisks', { InstanceId: instanceId, DiskType: 'data' })).Disks
    .Disk[0] as Body;
  const { SnapshotId } = await call.ecs('CreateSnapshot', { DiskId: dataDisk.DiskId });
  expect(await list.snapshot?.(SnapshotId)).toEqual([]);
  await sim.clock.advance(LAG[1]);
  expect(await list.snapshot?.(SnapshotId)).toHaveLength(1);
  await sim.clock.advance(120_000);
  const { ImageId } = await call.ecs('CreateImage', { SnapshotId, ImageName: 'lagged-image' });
  expect(await list.image?.(ImageId)).toEqual([]);
  await sim.clock.advance(LAG[1]);
  expect(await list.image?.(ImageId)).toHaveLength(1);
});

it('shows a new tag, in answers and in tag filters, only after its own lag; the value before it until then', async () => {
  const call = await start(LAG);
  const { SecurityGroupId } = await network(sim, call, 'us-west-1a');
  await sim.clock.advance(LAG[1]);
  const tagged = async (value: string) =>
    (
      await call.ecs('ListTagResources', {
        ResourceType: 'securitygroup',
        'Tag.1.Key': 'owner',
        'Tag.1.Value': value,
      })
    ).TagResources.TagResource as Body[];
  const shown = async () =>
    (await call.ecs('DescribeSecurityGroups', { SecurityGroupId })).SecurityGroups.SecurityGroup[0]?.Tags.Tag;

  await call.ecs('TagResources', {
    ResourceType: 'securitygroup',
    'ResourceId.1': SecurityGroupId,
    'Tag.1.Key': 'owner',
    'Tag.1.Value': 'first',
  });
  expect(await tagged('first')).toEqual([]);
  expect(await shown()).toEqual([]);
  await sim.clock.advance(LAG[1]);
  expect((await tagged('first')).map((t) => t.ResourceId)).toEqual([SecurityGroupId]);

  await call.ecs('TagResources', {
    ResourceType: 'securitygroup',
    'ResourceId.1': SecurityGroupId,
    'Tag.1.Key': 'owner',
    'Tag.1.Value': 'second',
  });
  expect(await shown()).toEqual([{ TagKey: 'owner', TagValue: 'first' }]);
  expect(await tagged('second')).toEqual([]);
  await sim.clock.advance(LAG[1]);
  expect(await shown()).toEqual([{ TagKey: 'owner', TagValue: 'second' }]);
  expect((await tagged('second')).map((t) => t.ResourceId)).toEqual([SecurityGroupId]);
});

it('draws each lag from the seeded stream within the range', async () => {
  const call = await start([1_000, 9_000]);
  const names = Array.from({ length: 8 }, (_, n) => `lag-key-${n}`);
  for (const name of names) {
    await call.ecs('CreateKeyPair', { KeyPairName: name });
  }
  const firstListed = new Map<string, number>();
  for (let t = 0; t <= 10_000; t += 250) {
    const listed = (await call.ecs('DescribeKeyPairs', { PageSize: 50 })).KeyPairs.KeyPair as Body[];
    for (const k of listed) if (!firstListed.has(k.KeyPairName)) firstListed.set(k.KeyPairName, t);
    await sim.clock.advance(250);
  }
  const lags = names.map((n) => firstListed.get(n) ?? Number.NaN);
  for (const lag of lags) {
    expect(lag).toBeGreaterThanOrEqual(1_000);
    expect(lag).toBeLessThanOrEqual(9_250);
  }
  expect(new Set(lags).size).toBeGreaterThan(3);
});
