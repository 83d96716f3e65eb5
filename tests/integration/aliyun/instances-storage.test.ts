import { utils } from 'ssh2';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  clientTokenFor,
  expectDryRunPass,
  type Instance,
  isCloudError,
  newClientToken,
  sessionTag,
} from '../../../src/main/aliyun';
import { type SimApi, startSimApi, waitUntil } from './sim-api';

let s: SimApi;
beforeAll(async () => {
  s = await startSimApi();
});
afterAll(async () => {
  await s.close();
});

const REGION = 'us-west-1';
const IMAGE = 'ubuntu_22_04_x64_20G_alibase_20240508.vhd';

async function instance(id: string): Promise<Instance | undefined> {
  return (await s.api.describeInstances({ regionId: REGION, instanceIds: [id] })).instances[0];
}

async function until(id: string, status: string): Promise<Instance> {
  const found = await waitUntil(
    s.sim.clock,
    () => instance(id),
    (i) => i?.status === status,
  );
  if (!found) throw new Error(`instance ${id} vanished`);
  return found;
}

describe('instances, disks, snapshots and images on the simulator', () => {
  it('runs a spot instance with a work disk through its whole life and cleans everything up', async () => {
    const session = 'life-1';
    const tags = [sessionTag(session)];
    const offer = s.sim.spotOffers({ regionId: REGION }).find((o) => o.stock === 'WithStock' && o.gpuAmount === 1);
    if (!offer) throw new Error('the seeded market has no single-GPU offer in us-west-1');
    const zoneId = offer.zoneId;

    // network and key
    const { vpcId } = await s.api.createVpc({
      regionId: REGION,
      cidrBlock: '172.16.0.0/12',
      clientToken: newClientToken(),
    });
    await waitUntil(
      s.sim.clock,
      () => s.api.describeVpcs({ regionId: REGION, vpcIds: [vpcId] }),
      (r) => r.vpcs[0]?.status === 'Available',
    );
    const { vSwitchId } = await s.api.createVSwitch({
      regionId: REGION,
      vpcId,
      zoneId,
      cidrBlock: '172.16.0.0/24',
      clientToken: newClientToken(),
    });
    await waitUntil(
      s.sim.clock,
      () => s.api.describeVSwitches({ regionId: REGION, vSwitchId }),
      (r) => r.vSwitches[0]?.status === 'Available',
    );
    const { securityGroupId } = await s.api.createSecurityGroup({
      regionId: REGION,
      vpcId,
      clientToken: newClientToken(),
    });
    const { public: publicKey } = utils.generateKeyPairSync('rsa', { bits: 2048 });
    await s.api.importKeyPair({ regionId: REGION, keyPairName: 'danlu-life', publicKeyBody: publicKey });

    // the work disk
    const { diskId } = await s.api.createDisk({
      regionId: REGION,
      zoneId,
      diskCategory: 'cloud_essd',
      size: 40,
      clientToken: clientTokenFor(session, 'disk'),
      tags,
    });
    const [disk] = await waitUntil(
      s.sim.clock,
      () => s.api.describeAllDisks({ regionId: REGION, diskIds: [diskId] }),
      (d) => d[0]?.status === 'Available',
    );
    expect(disk).toMatchObject({ portable: true, size: 40, serialNumber: diskId.replace(/^d-/, '') });

    // dry run, then the real launch (retried with the same token: still one instance)
    const launch = {
      regionId: REGION,
      zoneId,
      vSwitchId,
      securityGroupId,
      imageId: IMAGE,
      instanceType: offer.instanceType,
      spotStrategy: 'SpotAsPriceGo' as const,
      spotDuration: 1 as const,
      internetMaxBandwidthOut: 10,
      keyPairName: 'danlu-life',
      systemDisk: { category: 'cloud_essd', size: 40 },
      clientToken: clientTokenFor(session, 'instance'),
      tags,
    };
    await expectDryRunPass(s.api.runInstances({ ...launch, dryRun: true }));
    const run = await s.api.runInstances(launch);
    const rerun = await s.api.runInstances(launch);
    expect(run.instanceIds).toHaveLength(1);
    expect(rerun.instanceIds).toEqual(run.instanceIds);
    const instanceId = run.instanceIds[0] ?? '';

    const running = await until(instanceId, 'Running');
    expect(running).toMatchObject({
      zoneId,
      instanceType: offer.instanceType,
      spotStrategy: 'SpotAsPriceGo',
      vSwitchId,
    });
    expect(running.publicIpAddresses).toHaveLength(1);
    expect(running.tags).toEqual(expect.arrayContaining([{ key: 'danlu', value: 'managed' }, sessionTag(session)]));
    const statuses = await s.api.describeAllInstanceStatus({ regionId: REGION, instanceIds: [instanceId] });
    expect(statuses).toEqual([{ instanceId, status: 'Running' }]);
    const mine = await s.api.describeAllInstances({ regionId: REGION, tags: [sessionTag(session)] });
    expect(mine.map((i) => i.instanceId)).toEqual([instanceId]);

    // the work disk outlives the instance
    await s.api.attachDisk({ regionId: REGION, instanceId, diskId, deleteWithInstance: false });
    await waitUntil(
      s.sim.clock,
      () => s.api.describeDisks({ regionId: REGION, diskIds: [diskId] }),
      (r) => r.disks[0]?.status === 'In_use',
    );
    await s.api.modifyDiskAttribute({ regionId: REGION, diskId, deleteWithInstance: false, diskName: 'danlu-work' });
    const attached = (await s.api.describeDisks({ regionId: REGION, instanceId, diskType: 'data' })).disks;
    expect(attached).toEqual([
      expect.objectContaining({ diskId, instanceId, deleteWithInstance: false, diskName: 'danlu-work' }),
    ]);

    // a dead-man switch, then cancel it
    const releaseAt = new Date(s.sim.clock.now() + 2 * 3_600_000);
    await s.api.modifyInstanceAutoReleaseTime({ regionId: REGION, instanceId, autoReleaseTime: releaseAt });
    expect((await instance(instanceId))?.autoReleaseTime?.slice(0, 16)).toBe(releaseAt.toISOString().slice(0, 16));
    await s.api.modifyInstanceAutoReleaseTime({ regionId: REGION, instanceId });
    expect((await instance(instanceId))?.autoReleaseTime).toBeUndefined();

    // reboot, stop in economical mode, start
    await s.api.rebootInstance({ regionId: REGION, instanceId });
    await until(instanceId, 'Running');
    await s.api.stopInstance({ regionId: REGION, instanceId, stoppedMode: 'StopCharging' });
    const stopped = await until(instanceId, 'Stopped');
    expect(['StopCharging', 'KeepCharging']).toContain(stopped.stoppedMode);
    await s.api.startInstance({ regionId: REGION, instanceId });
    await until(instanceId, 'Running');

    // a snapshot of the work disk, then a disk restored from it
    const { snapshotId } = await s.api.createSnapshot({
      regionId: REGION,
      diskId,
      snapshotName: 'danlu-work-1',
      clientToken: newClientToken(),
      tags,
    });
    const [snap] = await waitUntil(
      s.sim.clock,
      () => s.api.describeAllSnapshots({ regionId: REGION, snapshotIds: [snapshotId] }),
      (list) => list[0]?.status === 'accomplished',
    );
    expect(snap).toMatchObject({ progress: 100, sourceDiskId: diskId, sourceDiskSize: 40 });

    // an image of the machine
    const { imageId } = await s.api.createImage({
      regionId: REGION,
      instanceId,
      imageName: 'danlu-ready-1',
      clientToken: newClientToken(),
      tags,
    });
    const images = await waitUntil(
      s.sim.clock,
      () => s.api.describeImages({ regionId: REGION, imageId, status: ['Creating', 'Available'] }),
      (r) => r.images[0]?.status === 'Available',
    );
    expect(images.images[0]).toMatchObject({ imageId, progress: 100, imageOwnerAlias: 'self' });

    // release: the instance goes, the work disk stays and is deleted on its own
    await s.api.deleteInstance({ regionId: REGION, instanceId, force: true });
    await waitUntil(
      s.sim.clock,
      () => instance(instanceId),
      (i) => i === undefined,
    );
    const left = await waitUntil(
      s.sim.clock,
      () => s.api.describeDisks({ regionId: REGION, diskIds: [diskId] }),
      (r) => r.disks[0]?.status === 'Available',
    );
    expect(left.disks[0]?.instanceId).toBeUndefined();

    await s.api.deleteImage({ regionId: REGION, imageId, force: true });
    await s.api.deleteSnapshot({ regionId: REGION, snapshotId, force: true });
    await s.api.deleteDisk({ regionId: REGION, diskId });
    expect((await s.api.describeDisks({ regionId: REGION, diskIds: [diskId] })).disks).toEqual([]);
    expect((await s.api.describeSnapshots({ regionId: REGION, snapshotIds: [snapshotId] })).snapshots).toEqual([]);
    await s.api.deleteKeyPairs({ regionId: REGION, keyPairNames: ['danlu-life'] });
    await waitUntil(
      s.sim.clock,
      () =>
        s.api.deleteSecurityGroup({ regionId: REGION, securityGroupId }).then(
          () => true,
          (e: unknown) => {
            if (isCloudError(e, 'dependency')) return false;
            throw e;
          },
        ),
      (done) => done,
    );
    await s.api.deleteVSwitch({ regionId: REGION, vSwitchId });
    await waitUntil(
      s.sim.clock,
      () => s.api.describeVSwitches({ regionId: REGION, vpcId }),
      (r) => r.vSwitches.length === 0,
    );
    await s.api.deleteVpc({ regionId: REGION, vpcId });
    expect(s.sim.validate()).toMatchObject({ ok: true });
  });

  it('detaches a disk and says so while it is still detaching', async () => {
    const offer = s.sim.spotOffers({ regionId: REGION }).find((o) => o.stock === 'WithStock');
    if (!offer) throw new Error('no offer');
    const { vpcId } = await s.api.createVpc({ regionId: REGION, clientToken: newClientToken() });
    await waitUntil(
      s.sim.clock,
      () => s.api.describeVpcs({ regionId: REGION, vpcIds: [vpcId] }),
      (r) => r.vpcs[0]?.status === 'Available',
    );
    const { vSwitchId } = await s.api.createVSwitch({
      regionId: REGION,
      vpcId,
      zoneId: offer.zoneId,
      cidrBlock: '172.16.2.0/24',
      clientToken: newClientToken(),
    });
    await waitUntil(
      s.sim.clock,
      () => s.api.describeVSwitches({ regionId: REGION, vSwitchId }),
      (r) => r.vSwitches[0]?.status === 'Available',
    );
    const { securityGroupId } = await s.api.createSecurityGroup({
      regionId: REGION,
      vpcId,
      clientToken: newClientToken(),
    });
    const { instanceIds } = await s.api.runInstances({
      regionId: REGION,
      vSwitchId,
      securityGroupId,
      imageId: IMAGE,
      instanceType: offer.instanceType,
      spotStrategy: 'SpotAsPriceGo',
      spotDuration: 1,
      clientToken: newClientToken(),
    });
    const instanceId = instanceIds[0] ?? '';
    await until(instanceId, 'Running');
    const { diskId } = await s.api.createDisk({
      regionId: REGION,
      zoneId: offer.zoneId,
      size: 20,
      clientToken: newClientToken(),
    });
    await waitUntil(
      s.sim.clock,
      () => s.api.describeDisks({ regionId: REGION, diskIds: [diskId] }),
      (r) => r.disks[0]?.status === 'Available',
    );
    await s.api.attachDisk({ regionId: REGION, instanceId, diskId });
    await waitUntil(
      s.sim.clock,
      () => s.api.describeDisks({ regionId: REGION, diskIds: [diskId] }),
      (r) => r.disks[0]?.status === 'In_use',
    );
    await s.api.detachDisk({ regionId: REGION, instanceId, diskId });
    const early = await s.api.deleteDisk({ regionId: REGION, diskId }).catch((e: unknown) => e);
    expect(isCloudError(early, 'dependency')).toBe(true);
    await waitUntil(
      s.sim.clock,
      () => s.api.describeDisks({ regionId: REGION, diskIds: [diskId] }),
      (r) => r.disks[0]?.status === 'Available',
    );
    await s.api.deleteDisk({ regionId: REGION, diskId });
    await s.api.deleteInstance({ regionId: REGION, instanceId, force: true });
  });
});
