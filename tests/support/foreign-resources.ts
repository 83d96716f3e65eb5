import RPCClient from '@alicloud/pop-core';
import { utils } from 'ssh2';
import type { Simulator } from '../../src/simulator';

/** One of each kind of resource, made in the account by someone else: none carries Danlu's tag. */
export interface ForeignResources {
  vpcId: string;
  vSwitchId: string;
  securityGroupId: string;
  keyPairName: string;
  instanceId: string;
  /** A standalone data disk, never attached. */
  diskId: string;
  snapshotId: string;
  imageId: string;
  zoneId: string;
}

const IMAGE = 'ubuntu_22_04_x64_20G_alibase_20240508.vhd';

/** The console's way to the account: an unmodified pop-core client (no Danlu tag is added), and a wait. */
function consoleClient(sim: Simulator, regionId: string) {
  const client = (apiVersion: string) =>
    new RPCClient({
      endpoint: sim.endpoint,
      apiVersion,
      accessKeyId: sim.accessKeyId,
      accessKeySecret: sim.accessKeySecret,
    });
  const call = <T>(c: RPCClient, action: string, params: Record<string, unknown>) =>
    c.request<T>(action, { RegionId: regionId, ...params }, { method: 'POST' });
  const until = async (check: () => Promise<boolean>) => {
    for (let i = 0; i < 600; i++) {
      if (await check()) return;
      await sim.clock.sleep(1000);
    }
    throw new Error('a foreign resource never became ready');
  };
  return { ecs: client('2014-05-26'), vpc: client('2016-04-28'), call, until };
}

/** A data disk someone made in the console (no Danlu tag), once it is available. */
export async function makeForeignDisk(sim: Simulator, regionId: string, zoneId: string): Promise<string> {
  const { ecs, call, until } = consoleClient(sim, regionId);
  const { DiskId } = await call<{ DiskId: string }>(ecs, 'CreateDisk', {
    ZoneId: zoneId,
    DiskCategory: 'cloud_essd',
    Size: 40,
    DiskName: 'my-data',
  });
  await until(async () => {
    const r = await call<{ Disks: { Disk: Array<{ Status: string }> } }>(ecs, 'DescribeDisks', {
      DiskIds: JSON.stringify([DiskId]),
    });
    return r.Disks.Disk[0]?.Status === 'Available';
  });
  return DiskId;
}

/**
 * Builds, with an unmodified pop-core client (so no Danlu tag is added), a VPC, vSwitch,
 * security group, key pair, running instance, disk, snapshot and image, as a person working in
 * the console would, and waits until each is usable.
 */
export async function makeForeignResources(
  sim: Simulator,
  regionId: string,
  zoneId: string,
  instanceType: string,
): Promise<ForeignResources> {
  const { ecs, vpc, call, until } = consoleClient(sim, regionId);

  const { VpcId } = await call<{ VpcId: string }>(vpc, 'CreateVpc', { CidrBlock: '10.0.0.0/16', VpcName: 'mine' });
  await until(async () => {
    const r = await call<{ Vpcs: { Vpc: Array<{ Status: string }> } }>(vpc, 'DescribeVpcs', { VpcId });
    return r.Vpcs.Vpc[0]?.Status === 'Available';
  });
  const { VSwitchId } = await call<{ VSwitchId: string }>(vpc, 'CreateVSwitch', {
    VpcId,
    ZoneId: zoneId,
    CidrBlock: '10.0.1.0/24',
    VSwitchName: 'mine',
  });
  await until(async () => {
    const r = await call<{ VSwitches: { VSwitch: Array<{ Status: string }> } }>(vpc, 'DescribeVSwitches', {
      VSwitchId,
    });
    return r.VSwitches.VSwitch[0]?.Status === 'Available';
  });
  const { SecurityGroupId } = await call<{ SecurityGroupId: string }>(ecs, 'CreateSecurityGroup', {
    VpcId,
    SecurityGroupName: 'mine',
  });
  await call(ecs, 'AuthorizeSecurityGroup', {
    SecurityGroupId,
    Permissions: [{ IpProtocol: 'TCP', PortRange: '443/443', SourceCidrIp: '192.0.2.0/24' }],
  });
  const keyPairName = 'my-laptop';
  await call(ecs, 'ImportKeyPair', {
    KeyPairName: keyPairName,
    PublicKeyBody: utils.generateKeyPairSync('rsa', { bits: 2048 }).public,
  });
  const run = await call<{ InstanceIdSets: { InstanceIdSet: string[] } }>(ecs, 'RunInstances', {
    ZoneId: zoneId,
    VSwitchId,
    SecurityGroupId,
    ImageId: IMAGE,
    InstanceType: instanceType,
    SpotStrategy: 'SpotAsPriceGo',
    KeyPairName: keyPairName,
    InternetMaxBandwidthOut: 5,
  });
  const instanceId = run.InstanceIdSets.InstanceIdSet[0] as string;
  await until(async () => {
    const r = await call<{ Instances: { Instance: Array<{ Status: string }> } }>(ecs, 'DescribeInstances', {
      InstanceIds: JSON.stringify([instanceId]),
    });
    return r.Instances.Instance[0]?.Status === 'Running';
  });
  const { DiskId } = await call<{ DiskId: string }>(ecs, 'CreateDisk', {
    ZoneId: zoneId,
    DiskCategory: 'cloud_essd',
    Size: 40,
    DiskName: 'my-data',
  });
  const system = await call<{ Disks: { Disk: Array<{ DiskId: string }> } }>(ecs, 'DescribeDisks', {
    InstanceId: instanceId,
    DiskType: 'system',
  });
  const { SnapshotId } = await call<{ SnapshotId: string }>(ecs, 'CreateSnapshot', {
    DiskId: system.Disks.Disk[0]?.DiskId,
    SnapshotName: 'my-snapshot',
  });
  await until(async () => {
    const r = await call<{ Snapshots: { Snapshot: Array<{ Status: string }> } }>(ecs, 'DescribeSnapshots', {
      SnapshotIds: JSON.stringify([SnapshotId]),
    });
    return r.Snapshots.Snapshot[0]?.Status === 'accomplished';
  });
  const { ImageId } = await call<{ ImageId: string }>(ecs, 'CreateImage', {
    SnapshotId,
    ImageName: 'my-image',
  });
  await until(async () => {
    const r = await call<{ Images: { Image: Array<{ Status: string }> } }>(ecs, 'DescribeImages', {
      ImageId,
      ImageOwnerAlias: 'self',
      Status: 'Creating,Available',
    });
    return r.Images.Image[0]?.Status === 'Available';
  });
  await until(async () => {
    const r = await call<{ Disks: { Disk: Array<{ Status: string }> } }>(ecs, 'DescribeDisks', {
      DiskIds: JSON.stringify([DiskId]),
    });
    return r.Disks.Disk[0]?.Status === 'Available';
  });
  return {
    vpcId: VpcId,
    vSwitchId: VSwitchId,
    securityGroupId: SecurityGroupId,
    keyPairName,
    instanceId,
    diskId: DiskId,
    snapshotId: SnapshotId,
    imageId: ImageId,
    zoneId,
  };
}
