import { utils } from 'ssh2';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Simulator } from '../../../src/simulator/index';
import type { InstanceBootSpec } from '../../../src/simulator/instance-host';
import { startTestSimulator } from '../../support/test-simulator';
import { popCore } from './support/pop-core-client';
import { RecordingHost } from './support/recording-host';
import { advanceUntil, START } from './support/sim-time';

// biome-ignore lint/suspicious/noExplicitAny: pop-core answers are untyped JSON; the assertions check their shape.
type Body = Record<string, any>;
const R = 'us-west-1';
const host = new RecordingHost();
let sim: Simulator;
let ecs: ReturnType<typeof popCore>;
const call = (action: string, params: Record<string, unknown> = {}) =>
  ecs.request<Body>(action, { RegionId: R, ...params }, { method: 'POST' });
const status = async (id: string) =>
  (await call('DescribeInstances', { InstanceIds: JSON.stringify([id]) })).Instances.Instance[0] as Body | undefined;

beforeAll(async () => {
  sim = await startTestSimulator({
    seed: 8,
    speed: 0,
    startTime: START,
    instanceHost: host,
    assumptions: { spotStockOutageRate: 0 },
  });
  ecs = popCore(sim, 'ecs');
});
afterAll(async () => {
  await sim?.close();
  expect(host.closed).toBe(false);
});

it('drives the instance host at the moments the cloud acts', async () => {
  const offer = sim
    .spotOffers({ regionId: R, instanceType: 'ecs.gn6i-c4g1.xlarge' })
    .find((o) => o.stock === 'WithStock');
  const zone = offer?.zoneId ?? 'us-west-1a';
  const vpc = popCore(sim, 'vpc');
  const { VpcId } = await vpc.request<Body>('CreateVpc', { RegionId: R });
  await sim.clock.advance(5_000);
  const { VSwitchId } = await vpc.request<Body>('CreateVSwitch', {
    RegionId: R,
    VpcId,
    ZoneId: zone,
    CidrBlock: '172.16.0.0/24',
  });
  await sim.clock.advance(5_000);
  const { SecurityGroupId } = await call('CreateSecurityGroup', { VpcId });
  const publicKey = utils.generateKeyPairSync('rsa', { bits: 2048 }).public;
  await call('ImportKeyPair', { KeyPairName: 'danlu-key', PublicKeyBody: publicKey });
  const { DiskId: work } = await call('CreateDisk', { ZoneId: zone, DiskCategory: 'cloud_essd', Size: 30 });
  expect(host.calls.at(-1)).toEqual(['createDisk', work, 30]);

  host.holdBoots = true;
  const userData = Buffer.from('#!/bin/sh\n').toString('base64');
  const { InstanceIdSets } = await call('RunInstances', {
    ZoneId: zone,
    VSwitchId,
    SecurityGroupId,
    ImageId: 'ubuntu_22_04_x64_20G_alibase_20240508.vhd',
    InstanceType: 'ecs.gn6i-c4g1.xlarge',
    SpotStrategy: 'SpotAsPriceGo',
    InternetMaxBandwidthOut: 5,
    UserData: userData,
    KeyPairName: 'danlu-key',
    'DataDisk.1.Size': 20,
    'DataDisk.1.Category': 'cloud_essd',
  });
  const id: string = InstanceIdSets.InstanceIdSet[0];
  await sim.clock.advance(5 * 60_000);
  // The delay has long passed, but the machine has not finished booting: still Starting, no address.
  expect((await status(id))?.Status).toBe('Starting');
  const boot = host.calls.find((c) => c[0] === 'boot')?.[1] as InstanceBootSpec;
  expect(boot).toMatchObject({ instanceId: id, userData, zoneId: zone, authorizedKeys: [publicKey] });
  expect(boot.disks).toHaveLength(1);
  expect(boot.disks[0]).toMatchObject({ sizeGiB: 20, device: '/dev/vdb' });
  expect(boot.disks[0]?.serial).toBe(boot.disks[0]?.diskId.slice(2));
  const createdFirst = host.calls.findIndex((c) => c[0] === 'createDisk' && c[1] === boot.disks[0]?.diskId);
  expect(createdFirst).toBeLessThan(host.names().indexOf('boot'));
  host.releaseBoots();
  host.holdBoots = false;
  await sim.idle();
  const running = await status(id);
  expect(running?.Status).toBe('Running');
  expect(running?.PublicIpAddress.IpAddress).toEqual(['127.0.0.20']);

  await call('AttachDisk', { InstanceId: id, DiskId: work });
  await advanceUntil(
    sim,
    async () => (await call('DescribeDisks', { DiskIds: JSON.stringify([work]) })).Disks.Disk[0].Status === 'In_use',
  );
  expect(host.calls.find((c) => c[0] === 'attachDisk')).toEqual([
    'attachDisk',
    id,
    { diskId: work, serial: work.slice(2), sizeGiB: 30, device: '/dev/vdc' },
  ]);

  await call('StopInstance', { InstanceId: id, StoppedMode: 'StopCharging' });
  await advanceUntil(sim, async () => (await status(id))?.Status === 'Stopped');
  expect(host.names()).toContain('stop');
  await call('StartInstance', { InstanceId: id });
  await advanceUntil(sim, async () => (await status(id))?.Status === 'Running');
  const second = host.calls.filter((c) => c[0] === 'boot')[1]?.[1] as InstanceBootSpec;
  expect(second.disks.map((d) => d.device)).toEqual(['/dev/vdb', '/dev/vdc']);

  const { SnapshotId } = await call('CreateSnapshot', { DiskId: work });
  expect(host.calls.at(-1)).toEqual(['snapshotDisk', work, SnapshotId]);

  const before = host.calls.length;
  sim.reclaim(id);
  const [name, instanceId, at] = host.calls[before] ?? [];
  expect([name, instanceId]).toEqual(['scheduleTermination', id]);
  expect((at as Date).getTime() - sim.clock.now()).toBe(5 * 60_000);
  await sim.clock.advance(5 * 60_000);
  await sim.idle();
  const after = host.calls.slice(before).map((c) => `${c[0]} ${c[1]}`);
  expect(after).toContain(`release ${id}`);
  const dataDisk = boot.disks[0]?.diskId;
  // The disk created with the instance goes with it; the work disk (DeleteWithInstance=false) stays.
  expect(after.indexOf(`deleteDisk ${dataDisk}`)).toBeGreaterThan(after.indexOf(`release ${id}`));
  expect(after).not.toContain(`deleteDisk ${work}`);

  await advanceUntil(
    sim,
    async () => (await call('DescribeSnapshots')).Snapshots.Snapshot[0].Status === 'accomplished',
    { stepMs: 10_000 },
  );
  const { DiskId: restored } = await call('CreateDisk', { ZoneId: zone, SnapshotId, DiskCategory: 'cloud_essd' });
  expect(host.calls.at(-1)).toEqual(['createDiskFromSnapshot', SnapshotId, restored, 30]);
  await call('DeleteSnapshot', { SnapshotId, Force: true });
  await call('DeleteDisk', { DiskId: work });
  await sim.idle();
  expect(host.calls.slice(-2)).toEqual([
    ['deleteSnapshot', SnapshotId],
    ['deleteDisk', work],
  ]);
  expect(sim.validate().problems).toEqual([]);
});
