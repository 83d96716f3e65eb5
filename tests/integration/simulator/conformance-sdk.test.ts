import { utils } from 'ssh2';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Simulator } from '../../../src/simulator/index';
import { startTestSimulator } from '../../support/test-simulator';
import { $ecs, $vpc, ecsSdk, vpcSdk } from './support/sdk-clients';
import { advanceUntil, START } from './support/sim-time';

// The official SDKs with their default configuration (V3 ACS3-HMAC-SHA256 signing, POST) perform
// every simulated action and read typed results.
let sim: Simulator;
let ecs: ReturnType<typeof ecsSdk>;
let vpc: ReturnType<typeof vpcSdk>;
const regionId = 'us-west-1';
const zoneId = 'us-west-1a';
const ids = { vpc: '', vsw: '', sg: '', disk: '', inst: '', snap: '', image: '' };
const iso = (ms: number) => `${new Date(ms).toISOString().slice(0, 19)}Z`;

beforeAll(async () => {
  sim = await startTestSimulator({ seed: 12, speed: 0, startTime: START, assumptions: { spotStockOutageRate: 0 } });
  ecs = ecsSdk(sim, regionId);
  vpc = vpcSdk(sim, regionId);
});
afterAll(async () => sim?.close());

const instance = async () =>
  (
    await ecs.describeInstances(
      new $ecs.DescribeInstancesRequest({ regionId, instanceIds: JSON.stringify([ids.inst]) }),
    )
  ).body?.instances?.instance?.[0];
const disk = async (id: string) =>
  (await ecs.describeDisks(new $ecs.DescribeDisksRequest({ regionId, diskIds: JSON.stringify([id]) }))).body?.disks
    ?.disk?.[0];

describe('official SDKs against the simulator', () => {
  it('discovers regions, zones, GPU types, stock, prices and quotas', async () => {
    const regions = await ecs.describeRegions(new $ecs.DescribeRegionsRequest({}));
    expect(regions.body?.regions?.region?.map((r) => r.regionId)).toContain('ap-southeast-1');
    const zones = await ecs.describeZones(new $ecs.DescribeZonesRequest({ regionId, verbose: false }));
    expect(zones.body?.zones?.zone?.map((z) => z.zoneId)).toEqual(['us-west-1a', 'us-west-1b']);
    const available = await ecs.describeAvailableResource(
      new $ecs.DescribeAvailableResourceRequest({
        regionId,
        destinationResource: 'InstanceType',
        instanceChargeType: 'PostPaid',
        spotStrategy: 'SpotAsPriceGo',
      }),
    );
    const offered = available.body?.availableZones?.availableZone?.flatMap(
      (z) =>
        z.availableResources?.availableResource?.[0]?.supportedResources?.supportedResource?.map((s) => s.value) ?? [],
    );
    expect(offered).toContain('ecs.gn5-c4g1.xlarge');
    const gpu = await ecs.describeInstanceTypes(
      new $ecs.DescribeInstanceTypesRequest({ GPUSpec: 'NVIDIA', maxResults: 100 }),
    );
    const a10 = gpu.body?.instanceTypes?.instanceType?.find((t) => t.instanceTypeId === 'ecs.gn7i-c8g1.2xlarge');
    expect([a10?.GPUSpec, a10?.GPUAmount, a10?.GPUMemorySize, a10?.cpuCoreCount, a10?.memorySize]).toEqual([
      'NVIDIA A10',
      1,
      24,
      8,
      30,
    ]);
    const history = await ecs.describeSpotPriceHistory(
      new $ecs.DescribeSpotPriceHistoryRequest({
        regionId,
        zoneId,
        instanceType: 'ecs.gn5-c4g1.xlarge',
        networkType: 'vpc',
        startTime: iso(START - 6 * 3_600_000),
      }),
    );
    const points = history.body?.spotPrices?.spotPriceType ?? [];
    expect(points.length).toBeGreaterThanOrEqual(6);
    expect(points.every((p) => (p.spotPrice ?? 0) >= 0.1 * 11.916 - 0.001 && (p.spotPrice ?? 0) <= 0.3 * 11.916)).toBe(
      true,
    );
    const advice = await ecs.describeSpotAdvice(
      new $ecs.DescribeSpotAdviceRequest({ regionId, gpuSpec: 'NVIDIA P100' }),
    );
    expect(
      advice.body?.availableSpotZones?.availableSpotZone?.[0]?.availableSpotResources?.availableSpotResource?.[0]
        ?.averageSpotDiscount,
    ).toBeGreaterThan(0);
    const price = await ecs.describePrice(
      new $ecs.DescribePriceRequest({
        regionId,
        zoneId,
        instanceType: 'ecs.gn5-c4g1.xlarge',
        spotStrategy: 'SpotAsPriceGo',
        systemDisk: new $ecs.DescribePriceRequestSystemDisk({ category: 'cloud_essd', size: 40 }),
        dataDisk: [new $ecs.DescribePriceRequestDataDisk({ category: 'cloud_essd', size: 100 })],
      }),
    );
    const details = price.body?.priceInfo?.price?.detailInfos?.detailInfo ?? [];
    expect(details.find((d) => d.resource === 'instanceType')?.originalPrice).toBe(11.916);
    const attrs = await ecs.describeAccountAttributes(
      new $ecs.DescribeAccountAttributesRequest({ regionId, attributeName: ['used-spot-instance-vcpu-count'] }),
    );
    expect(attrs.body?.accountAttributeItems?.accountAttributeItem?.[0]?.attributeValues?.valueItem?.[0]?.value).toBe(
      '0',
    );
  });

  it('builds the network, a security group and key pairs', async () => {
    const createdVpc = await vpc.createVpc(
      new $vpc.CreateVpcRequest({
        regionId,
        cidrBlock: '172.16.0.0/16',
        vpcName: 'danlu',
        tag: [new $vpc.CreateVpcRequestTag({ key: 'danlu', value: 'yes' })],
      }),
    );
    ids.vpc = createdVpc.body?.vpcId ?? '';
    expect(ids.vpc).toMatch(/^vpc-rj9[a-z0-9]{17}$/);
    await advanceUntil(
      sim,
      async () =>
        (await vpc.describeVpcs(new $vpc.DescribeVpcsRequest({ regionId, vpcId: ids.vpc }))).body?.vpcs?.vpc?.[0]
          ?.status === 'Available',
    );
    const tagged = await vpc.describeVpcs(
      new $vpc.DescribeVpcsRequest({
        regionId,
        tag: [new $vpc.DescribeVpcsRequestTag({ key: 'danlu', value: 'yes' })],
      }),
    );
    expect(tagged.body?.vpcs?.vpc?.[0]?.tags?.tag?.[0]).toMatchObject({ key: 'danlu', value: 'yes' });
    ids.vsw =
      (
        await vpc.createVSwitch(
          new $vpc.CreateVSwitchRequest({ regionId, vpcId: ids.vpc, zoneId, cidrBlock: '172.16.1.0/24' }),
        )
      ).body?.vSwitchId ?? '';
    await advanceUntil(
      sim,
      async () =>
        (await vpc.describeVSwitches(new $vpc.DescribeVSwitchesRequest({ regionId, vSwitchId: ids.vsw }))).body
          ?.vSwitches?.vSwitch?.[0]?.status === 'Available',
    );
    const vsw = (await vpc.describeVSwitches(new $vpc.DescribeVSwitchesRequest({ regionId, vpcId: ids.vpc }))).body
      ?.vSwitches?.vSwitch?.[0];
    expect(vsw?.availableIpAddressCount).toBe(252);

    ids.sg =
      (
        await ecs.createSecurityGroup(
          new $ecs.CreateSecurityGroupRequest({ regionId, vpcId: ids.vpc, securityGroupName: 'danlu' }),
        )
      ).body?.securityGroupId ?? '';
    await ecs.authorizeSecurityGroup(
      new $ecs.AuthorizeSecurityGroupRequest({
        regionId,
        securityGroupId: ids.sg,
        permissions: [
          new $ecs.AuthorizeSecurityGroupRequestPermissions({
            ipProtocol: 'TCP',
            portRange: '22/22',
            sourceCidrIp: '198.51.100.4/32',
          }),
          new $ecs.AuthorizeSecurityGroupRequestPermissions({
            ipProtocol: 'TCP',
            portRange: '8888/8888',
            sourceCidrIp: '198.51.100.4/32',
          }),
        ],
      }),
    );
    const groups = await ecs.describeSecurityGroups(
      new $ecs.DescribeSecurityGroupsRequest({ regionId, vpcId: ids.vpc }),
    );
    expect(groups.body?.securityGroups?.securityGroup?.[0]?.ruleCount).toBe(2);
    await ecs.revokeSecurityGroup(
      new $ecs.RevokeSecurityGroupRequest({
        regionId,
        securityGroupId: ids.sg,
        permissions: [
          new $ecs.RevokeSecurityGroupRequestPermissions({
            ipProtocol: 'TCP',
            portRange: '22/22',
            sourceCidrIp: '198.51.100.4/32',
          }),
        ],
      }),
    );
    const rules = await ecs.describeSecurityGroupAttribute(
      new $ecs.DescribeSecurityGroupAttributeRequest({ regionId, securityGroupId: ids.sg }),
    );
    expect(rules.body?.permissions?.permission?.map((p) => p.portRange)).toEqual(['8888/8888']);

    const key = utils.generateKeyPairSync('rsa', { bits: 2048 });
    await ecs.importKeyPair(
      new $ecs.ImportKeyPairRequest({ regionId, keyPairName: 'danlu-key', publicKeyBody: key.public }),
    );
    const made = await ecs.createKeyPair(new $ecs.CreateKeyPairRequest({ regionId, keyPairName: 'spare' }));
    expect(made.body?.privateKeyBody).toContain('PRIVATE KEY');
    const keys = await ecs.describeKeyPairs(new $ecs.DescribeKeyPairsRequest({ regionId }));
    expect(keys.body?.keyPairs?.keyPair?.map((k) => k.keyPairName).sort()).toEqual(['danlu-key', 'spare']);
    await ecs.deleteKeyPairs(new $ecs.DeleteKeyPairsRequest({ regionId, keyPairNames: JSON.stringify(['spare']) }));
  });

  it('runs a spot instance with a data disk to Running with a public IP', async () => {
    ids.disk =
      (await ecs.createDisk(new $ecs.CreateDiskRequest({ regionId, zoneId, diskCategory: 'cloud_essd', size: 80 })))
        .body?.diskId ?? '';
    await advanceUntil(sim, async () => (await disk(ids.disk))?.status === 'Available');
    const run = await ecs.runInstances(
      new $ecs.RunInstancesRequest({
        regionId,
        zoneId,
        vSwitchId: ids.vsw,
        securityGroupId: ids.sg,
        imageId: 'ubuntu_24_04_x64_20G_alibase_20250916.vhd',
        instanceType: 'ecs.gn6i-c4g1.xlarge',
        spotStrategy: 'SpotAsPriceGo',
        spotDuration: 1,
        spotInterruptionBehavior: 'Terminate',
        internetMaxBandwidthOut: 5,
        keyPairName: 'danlu-key',
        systemDisk: new $ecs.RunInstancesRequestSystemDisk({ category: 'cloud_essd', size: 40 }),
        dataDisk: [
          new $ecs.RunInstancesRequestDataDisk({ category: 'cloud_essd', size: 40, deleteWithInstance: true }),
        ],
        tag: [new $ecs.RunInstancesRequestTag({ key: 'danlu', value: 'yes' })],
        clientToken: 'sdk-run-1',
      }),
    );
    ids.inst = run.body?.instanceIdSets?.instanceIdSet?.[0] ?? '';
    expect((await instance())?.status).toBe('Pending');
    await advanceUntil(sim, async () => (await instance())?.status === 'Running');
    const inst = await instance();
    expect(inst?.publicIpAddress?.ipAddress?.[0]).toMatch(/^\d+\.\d+\.\d+\.\d+$/);
    expect([inst?.GPUSpec, inst?.memory, inst?.spotStrategy, inst?.tags?.tag?.[0]?.tagKey]).toEqual([
      'NVIDIA T4',
      15 * 1024,
      'SpotAsPriceGo',
      'danlu',
    ]);
    const statuses = await ecs.describeInstanceStatus(
      new $ecs.DescribeInstanceStatusRequest({ regionId, instanceId: [ids.inst] }),
    );
    expect(statuses.body?.instanceStatuses?.instanceStatus?.[0]?.status).toBe('Running');
  });

  it('attaches and modifies the work disk, tags it, schedules a release', async () => {
    await ecs.attachDisk(new $ecs.AttachDiskRequest({ instanceId: ids.inst, diskId: ids.disk }));
    await advanceUntil(sim, async () => (await disk(ids.disk))?.status === 'In_use');
    const attached = await disk(ids.disk);
    expect([attached?.serialNumber, attached?.device, attached?.deleteWithInstance]).toEqual([
      ids.disk.slice(2),
      '/dev/xvdc',
      false,
    ]);
    await ecs.modifyDiskAttribute(
      new $ecs.ModifyDiskAttributeRequest({ regionId, diskId: ids.disk, diskName: 'work' }),
    );
    await ecs.tagResources(
      new $ecs.TagResourcesRequest({
        regionId,
        resourceType: 'disk',
        resourceId: [ids.disk],
        tag: [new $ecs.TagResourcesRequestTag({ key: 'danlu', value: 'work' })],
      }),
    );
    const listed = await ecs.listTagResources(
      new $ecs.ListTagResourcesRequest({ regionId, resourceType: 'disk', resourceId: [ids.disk] }),
    );
    expect(listed.body?.tagResources?.tagResource?.map((t) => [t.tagKey, t.tagValue])).toEqual([['danlu', 'work']]);
    await ecs.untagResources(
      new $ecs.UntagResourcesRequest({ regionId, resourceType: 'disk', resourceId: [ids.disk], tagKey: ['danlu'] }),
    );
    await ecs.modifyInstanceAutoReleaseTime(
      new $ecs.ModifyInstanceAutoReleaseTimeRequest({
        regionId,
        instanceId: ids.inst,
        autoReleaseTime: iso(sim.clock.now() + 3 * 3_600_000),
      }),
    );
    expect((await instance())?.autoReleaseTime).not.toBe('');
  });

  it('reboots, stops in economical mode (billing stops, IP released), starts', async () => {
    await ecs.rebootInstance(new $ecs.RebootInstanceRequest({ instanceId: ids.inst }));
    await advanceUntil(sim, async () => (await instance())?.status === 'Running');
    await ecs.stopInstance(new $ecs.StopInstanceRequest({ instanceId: ids.inst, stoppedMode: 'StopCharging' }));
    await advanceUntil(sim, async () => (await instance())?.status === 'Stopped');
    const stopped = await instance();
    expect([stopped?.stoppedMode, stopped?.publicIpAddress?.ipAddress]).toEqual(['StopCharging', []]);
    await ecs.startInstance(new $ecs.StartInstanceRequest({ instanceId: ids.inst }));
    await advanceUntil(sim, async () => (await instance())?.status === 'Running');
  });

  it('snapshots the work disk and makes an image', async () => {
    ids.snap =
      (await ecs.createSnapshot(new $ecs.CreateSnapshotRequest({ diskId: ids.disk, snapshotName: 'work-1' }))).body
        ?.snapshotId ?? '';
    const snap = async () =>
      (
        await ecs.describeSnapshots(
          new $ecs.DescribeSnapshotsRequest({ regionId, snapshotIds: JSON.stringify([ids.snap]) }),
        )
      ).body?.snapshots?.snapshot?.[0];
    expect((await snap())?.status).toBe('progressing');
    await advanceUntil(sim, async () => (await snap())?.status === 'accomplished', { stepMs: 10_000 });
    expect((await snap())?.progress).toBe('100%');
    ids.image =
      (
        await ecs.createImage(
          new $ecs.CreateImageRequest({ regionId, snapshotId: ids.snap, imageName: 'from-snapshot' }),
        )
      ).body?.imageId ?? '';
    const image = async () =>
      (
        await ecs.describeImages(
          new $ecs.DescribeImagesRequest({ regionId, imageId: ids.image, status: 'Creating,Available' }),
        )
      ).body?.images?.image?.[0];
    await advanceUntil(sim, async () => (await image())?.status === 'Available', { stepMs: 30_000 });
    const publics = await ecs.describeImages(
      new $ecs.DescribeImagesRequest({ regionId, imageOwnerAlias: 'system', imageName: 'ubuntu_22_04', pageSize: 50 }),
    );
    expect(publics.body?.images?.image?.some((i) => i.imageId === 'ubuntu_22_04_x64_20G_alibase_20240508.vhd')).toBe(
      true,
    );
  });

  it('detaches, releases and deletes everything', async () => {
    await ecs.detachDisk(new $ecs.DetachDiskRequest({ instanceId: ids.inst, diskId: ids.disk }));
    await advanceUntil(sim, async () => (await disk(ids.disk))?.status === 'Available');
    await ecs.deleteInstance(new $ecs.DeleteInstanceRequest({ instanceId: ids.inst, force: true }));
    await advanceUntil(sim, async () => (await instance()) === undefined);
    await ecs.deleteImage(new $ecs.DeleteImageRequest({ regionId, imageId: ids.image }));
    await ecs.deleteSnapshot(new $ecs.DeleteSnapshotRequest({ snapshotId: ids.snap }));
    await ecs.deleteDisk(new $ecs.DeleteDiskRequest({ diskId: ids.disk }));
    // The instance's interface lets go of the group and vSwitch a little after the instance is gone;
    // vSwitch and VPC deletes finish in the background.
    await sim.clock.advance(60_000);
    await ecs.deleteSecurityGroup(new $ecs.DeleteSecurityGroupRequest({ regionId, securityGroupId: ids.sg }));
    await vpc.deleteVSwitch(new $vpc.DeleteVSwitchRequest({ regionId, vSwitchId: ids.vsw }));
    await sim.clock.advance(10_000);
    await vpc.deleteVpc(new $vpc.DeleteVpcRequest({ regionId, vpcId: ids.vpc }));
    await sim.clock.advance(10_000);
    const left = await ecs.describeDisks(new $ecs.DescribeDisksRequest({ regionId }));
    expect(left.body?.disks?.disk).toEqual([]);
    expect(sim.validate().problems).toEqual([]);
  });
});
