import { utils } from 'ssh2';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Simulator } from '../../../src/simulator/index';
import { startTestSimulator } from '../../support/test-simulator';
import { popCore } from './support/pop-core-client';
import { advanceUntil, START } from './support/sim-time';

// Unmodified pop-core (signature v1), alternating GET and POST, performs every simulated action.
let sim: Simulator;
let ecs: ReturnType<typeof popCore>;
let vpc: ReturnType<typeof popCore>;
const R = 'us-west-1';
// biome-ignore lint/suspicious/noExplicitAny: pop-core answers are untyped JSON; the assertions check their shape.
type Body = Record<string, any>;

beforeAll(async () => {
  sim = await startTestSimulator({ seed: 11, speed: 0, startTime: START, assumptions: { spotStockOutageRate: 0 } });
  ecs = popCore(sim, 'ecs');
  vpc = popCore(sim, 'vpc');
});
afterAll(async () => sim?.close());

let n = 0;
/** Every other call goes as POST so both transports are covered. */
const call = (
  client: ReturnType<typeof popCore>,
  action: string,
  params: Record<string, unknown> = {},
): Promise<Body> =>
  client.request<Body>(action, { RegionId: R, ...params }, { method: n++ % 2 === 0 ? 'GET' : 'POST', timeout: 10_000 });

const ids = { vpc: '', vsw: '', sg: '', disk: '', inst: '', snap: '', image: '' };

describe('pop-core against the simulator', () => {
  it('discovers regions, zones, GPU types, stock, prices and account quotas', async () => {
    const regions = await call(ecs, 'DescribeRegions', { AcceptLanguage: 'en-US' });
    expect(regions.Regions.Region.find((r: Body) => r.RegionId === R).LocalName).toBe('US (Silicon Valley)');
    const zones = await call(ecs, 'DescribeZones');
    expect(zones.Zones.Zone.map((z: Body) => z.ZoneId)).toEqual(['us-west-1a', 'us-west-1b']);
    const available = await call(ecs, 'DescribeAvailableResource', {
      DestinationResource: 'InstanceType',
      InstanceChargeType: 'PostPaid',
      SpotStrategy: 'SpotAsPriceGo',
      ZoneId: 'us-west-1a',
    });
    const supported =
      available.AvailableZones.AvailableZone[0].AvailableResources.AvailableResource[0].SupportedResources
        .SupportedResource;
    expect(supported.map((s: Body) => s.Value)).toContain('ecs.gn5-c4g1.xlarge');
    const types = await call(ecs, 'DescribeInstanceTypes', { 'InstanceTypes.1': 'ecs.gn5-c4g1.xlarge' });
    expect(types.InstanceTypes.InstanceType[0]).toMatchObject({
      CpuCoreCount: 4,
      MemorySize: 30,
      GPUAmount: 1,
      GPUSpec: 'NVIDIA P100',
    });
    const history = await call(ecs, 'DescribeSpotPriceHistory', {
      InstanceType: 'ecs.gn5-c4g1.xlarge',
      NetworkType: 'vpc',
      ZoneId: 'us-west-1a',
      StartTime: `${new Date(START - 86_400_000).toISOString().slice(0, 19)}Z`,
    });
    expect(history.SpotPrices.SpotPriceType.length).toBeGreaterThanOrEqual(24);
    expect(history.SpotPrices.SpotPriceType[0].OriginPrice).toBe(11.916);
    const advice = await call(ecs, 'DescribeSpotAdvice', {
      ZoneId: 'us-west-1a',
      'InstanceTypes.1': 'ecs.gn5-c4g1.xlarge',
    });
    expect(
      advice.AvailableSpotZones.AvailableSpotZone[0].AvailableSpotResources.AvailableSpotResource[0].InterruptRateDesc,
    ).toMatch(/%$/);
    const price = await call(ecs, 'DescribePrice', {
      InstanceType: 'ecs.gn5-c4g1.xlarge',
      ZoneId: 'us-west-1a',
      SpotStrategy: 'SpotAsPriceGo',
      'SystemDisk.Category': 'cloud_essd',
      'SystemDisk.Size': 40,
    });
    expect(price.PriceInfo.Price.Currency).toBe('CNY');
    const attrs = await call(ecs, 'DescribeAccountAttributes', { 'AttributeName.1': 'max-spot-instance-vcpu-count' });
    expect(attrs.AccountAttributeItems.AccountAttributeItem[0].AttributeValues.ValueItem[0].Value).toBe('800');
  });

  it('builds a network, a security group and key pairs', async () => {
    const created = await call(vpc, 'CreateVpc', {
      CidrBlock: '10.0.0.0/16',
      VpcName: 'danlu',
      'Tag.1.Key': 'danlu',
      'Tag.1.Value': 'yes',
    });
    ids.vpc = created.VpcId;
    await advanceUntil(
      sim,
      async () => (await call(vpc, 'DescribeVpcs', { VpcId: ids.vpc })).Vpcs.Vpc[0].Status === 'Available',
    );
    ids.vsw = (
      await call(vpc, 'CreateVSwitch', { VpcId: ids.vpc, ZoneId: 'us-west-1a', CidrBlock: '10.0.1.0/24' })
    ).VSwitchId;
    await advanceUntil(
      sim,
      async () =>
        (await call(vpc, 'DescribeVSwitches', { VpcId: ids.vpc })).VSwitches.VSwitch[0].Status === 'Available',
    );
    ids.sg = (
      await call(ecs, 'CreateSecurityGroup', {
        VpcId: ids.vpc,
        SecurityGroupName: 'danlu',
        'Tag.1.Key': 'danlu',
        'Tag.1.Value': 'yes',
      })
    ).SecurityGroupId;
    await call(ecs, 'AuthorizeSecurityGroup', {
      SecurityGroupId: ids.sg,
      'Permissions.1.IpProtocol': 'tcp',
      'Permissions.1.PortRange': '22/22',
      'Permissions.1.SourceCidrIp': '203.0.113.7/32',
      'Permissions.2.IpProtocol': 'tcp',
      'Permissions.2.PortRange': '8888/8888',
      'Permissions.2.SourceCidrIp': '203.0.113.7/32',
    });
    const groups = await call(ecs, 'DescribeSecurityGroups', { 'Tag.1.Key': 'danlu', 'Tag.1.Value': 'yes' });
    expect(groups.SecurityGroups.SecurityGroup.map((g: Body) => g.SecurityGroupId)).toEqual([ids.sg]);
    const attr = await call(ecs, 'DescribeSecurityGroupAttribute', { SecurityGroupId: ids.sg, Direction: 'ingress' });
    expect(attr.Permissions.Permission.map((p: Body) => [p.IpProtocol, p.PortRange, p.Priority])).toEqual([
      ['TCP', '22/22', '1'],
      ['TCP', '8888/8888', '1'],
    ]);
    await call(ecs, 'RevokeSecurityGroup', {
      SecurityGroupId: ids.sg,
      IpProtocol: 'tcp',
      PortRange: '22/22',
      SourceCidrIp: '203.0.113.7/32',
    });
    const after = await call(ecs, 'DescribeSecurityGroupAttribute', { SecurityGroupId: ids.sg });
    expect(after.Permissions.Permission).toHaveLength(1);

    const key = utils.generateKeyPairSync('rsa', { bits: 2048 });
    const imported = await call(ecs, 'ImportKeyPair', { KeyPairName: 'danlu-key', PublicKeyBody: key.public });
    expect(imported.KeyPairFingerPrint).toMatch(/^([0-9a-f]{2}:){15}[0-9a-f]{2}$/);
    const generated = await call(ecs, 'CreateKeyPair', { KeyPairName: 'throwaway' });
    expect(generated.PrivateKeyBody).toContain('BEGIN PRIVATE KEY');
    const listed = await call(ecs, 'DescribeKeyPairs', { KeyPairName: 'danlu*', IncludePublicKey: true });
    expect(listed.KeyPairs.KeyPair[0].PublicKey).toBe(key.public);
    await call(ecs, 'DeleteKeyPairs', { KeyPairNames: JSON.stringify(['throwaway']) });
    expect((await call(ecs, 'DescribeKeyPairs')).TotalCount).toBe(1);
  });

  it('creates a disk and a spot instance that reaches Running with a public IP', async () => {
    ids.disk = (
      await call(ecs, 'CreateDisk', { ZoneId: 'us-west-1a', DiskCategory: 'cloud_essd', Size: 100, DiskName: 'work' })
    ).DiskId;
    await advanceUntil(
      sim,
      async () =>
        (await call(ecs, 'DescribeDisks', { DiskIds: JSON.stringify([ids.disk]) })).Disks.Disk[0].Status ===
        'Available',
    );
    const run = await call(ecs, 'RunInstances', {
      ZoneId: 'us-west-1a',
      VSwitchId: ids.vsw,
      SecurityGroupId: ids.sg,
      ImageId: 'ubuntu_22_04_x64_20G_alibase_20240508.vhd',
      InstanceType: 'ecs.gn5-c4g1.xlarge',
      SpotStrategy: 'SpotWithPriceLimit',
      SpotPriceLimit: 5,
      SpotDuration: 1,
      InternetMaxBandwidthOut: 10,
      KeyPairName: 'danlu-key',
      UserData: Buffer.from('#!/bin/sh\necho hi\n').toString('base64'),
      'SystemDisk.Category': 'cloud_essd',
      'DataDisk.1.Size': 50,
      'DataDisk.1.Category': 'cloud_essd',
      'Tag.1.Key': 'danlu',
      'Tag.1.Value': 'yes',
      ClientToken: 'conformance-run-1',
    });
    ids.inst = run.InstanceIdSets.InstanceIdSet[0];
    const current = async () =>
      (await call(ecs, 'DescribeInstances', { InstanceIds: JSON.stringify([ids.inst]) })).Instances.Instance[0];
    await advanceUntil(sim, async () => (await current()).Status === 'Running');
    const inst = await current();
    expect(inst.PublicIpAddress.IpAddress).toHaveLength(1);
    expect(inst.SpotStrategy).toBe('SpotWithPriceLimit');
    expect(inst.OperationLocks.LockReason).toEqual([]);
    const statuses = await call(ecs, 'DescribeInstanceStatus', { 'InstanceId.1': ids.inst });
    expect(statuses.InstanceStatuses.InstanceStatus).toEqual([{ InstanceId: ids.inst, Status: 'Running' }]);
  });

  it('attaches, tags, modifies and schedules', async () => {
    await call(ecs, 'AttachDisk', { InstanceId: ids.inst, DiskId: ids.disk });
    await advanceUntil(
      sim,
      async () =>
        (await call(ecs, 'DescribeDisks', { DiskIds: JSON.stringify([ids.disk]) })).Disks.Disk[0].Status === 'In_use',
    );
    const disk = (await call(ecs, 'DescribeDisks', { InstanceId: ids.inst, DiskType: 'data' })).Disks.Disk;
    expect(disk.map((d: Body) => d.SerialNumber)).toContain(ids.disk.slice(2));
    await call(ecs, 'ModifyDiskAttribute', { DiskId: ids.disk, DeleteWithInstance: false, DiskName: 'work-disk' });
    await call(ecs, 'TagResources', {
      ResourceType: 'disk',
      'ResourceId.1': ids.disk,
      'Tag.1.Key': 'role',
      'Tag.1.Value': 'work',
    });
    const tagged = await call(ecs, 'ListTagResources', {
      ResourceType: 'disk',
      'Tag.1.Key': 'role',
      'Tag.1.Value': 'work',
    });
    expect(tagged.TagResources.TagResource.map((t: Body) => t.ResourceId)).toContain(ids.disk);
    await call(ecs, 'UntagResources', { ResourceType: 'disk', 'ResourceId.1': ids.disk, 'TagKey.1': 'role' });
    const release = `${new Date(sim.clock.now() + 6 * 3_600_000).toISOString().slice(0, 19)}Z`;
    await call(ecs, 'ModifyInstanceAutoReleaseTime', { InstanceId: ids.inst, AutoReleaseTime: release });
    const inst = (await call(ecs, 'DescribeInstances', { InstanceIds: JSON.stringify([ids.inst]) })).Instances
      .Instance[0];
    expect(inst.AutoReleaseTime).toBe(`${release.slice(0, 16)}Z`);
  });

  it('reboots, stops economically, starts again', async () => {
    const status = async () =>
      (await call(ecs, 'DescribeInstances', { InstanceIds: JSON.stringify([ids.inst]) })).Instances.Instance[0];
    await call(ecs, 'RebootInstance', { InstanceId: ids.inst });
    expect((await status()).Status).toBe('Stopping');
    await advanceUntil(sim, async () => (await status()).Status === 'Running');
    await call(ecs, 'StopInstance', { InstanceId: ids.inst, StoppedMode: 'StopCharging' });
    await advanceUntil(sim, async () => (await status()).Status === 'Stopped');
    // gn5 has local NVMe disks: economical mode does not apply and the stop silently keeps charging.
    expect((await status()).StoppedMode).toBe('KeepCharging');
    await call(ecs, 'StartInstance', { InstanceId: ids.inst });
    await advanceUntil(sim, async () => (await status()).Status === 'Running');
  });

  it('snapshots a disk and builds an image', async () => {
    ids.snap = (await call(ecs, 'CreateSnapshot', { DiskId: ids.disk, SnapshotName: 'work-1' })).SnapshotId;
    const snap = async () =>
      (await call(ecs, 'DescribeSnapshots', { SnapshotIds: JSON.stringify([ids.snap]) })).Snapshots.Snapshot[0];
    expect((await snap()).Progress).toMatch(/^\d+%$/);
    await advanceUntil(sim, async () => (await snap()).Status === 'accomplished', { stepMs: 10_000 });
    expect((await snap()).SourceDiskSize).toBe('100');
    ids.image = (await call(ecs, 'CreateImage', { InstanceId: ids.inst, ImageName: 'danlu-ready' })).ImageId;
    const image = async () =>
      (await call(ecs, 'DescribeImages', { ImageOwnerAlias: 'self', Status: 'Creating,Available' })).Images.Image[0];
    await advanceUntil(sim, async () => (await image()).Status === 'Available', { stepMs: 30_000, limitMs: 3_600_000 });
    const ubuntu = await call(ecs, 'DescribeImages', {
      ImageOwnerAlias: 'system',
      ImageName: 'ubuntu_24_04',
      PageSize: 50,
    });
    expect(ubuntu.Images.Image.map((i: Body) => i.ImageId)).toContain('ubuntu_24_04_x64_20G_alibase_20250916.vhd');
  });

  it('detaches, releases and deletes everything again', async () => {
    await call(ecs, 'DetachDisk', { InstanceId: ids.inst, DiskId: ids.disk });
    await advanceUntil(
      sim,
      async () =>
        (await call(ecs, 'DescribeDisks', { DiskIds: JSON.stringify([ids.disk]) })).Disks.Disk[0].Status ===
        'Available',
    );
    await call(ecs, 'DeleteInstance', { InstanceId: ids.inst, Force: true });
    await advanceUntil(sim, async () => (await call(ecs, 'DescribeInstances')).Instances.Instance.length === 0);
    await call(ecs, 'DeleteImage', { ImageId: ids.image });
    await call(ecs, 'DeleteSnapshot', { SnapshotId: ids.snap });
    await call(ecs, 'DeleteDisk', { DiskId: ids.disk });
    // The instance's interface lets go of the group and vSwitch a little after the instance is gone.
    await sim.clock.advance(60_000);
    await call(ecs, 'DeleteSecurityGroup', { SecurityGroupId: ids.sg });
    // vSwitch and VPC deletes finish in the background.
    await call(vpc, 'DeleteVSwitch', { VSwitchId: ids.vsw });
    await advanceUntil(sim, async () => (await call(vpc, 'DescribeVSwitches')).VSwitches.VSwitch.length === 0);
    await call(vpc, 'DeleteVpc', { VpcId: ids.vpc });
    await advanceUntil(sim, async () => (await call(vpc, 'DescribeVpcs')).Vpcs.Vpc.length === 0);
    expect((await call(ecs, 'DescribeDisks')).Disks.Disk).toEqual([]);
    expect(sim.validate()).toMatchObject({ ok: true, problems: [] });
  });
});
