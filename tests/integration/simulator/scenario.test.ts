import { utils } from 'ssh2';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Simulator } from '../../../src/simulator/index';
import { startTestSimulator } from '../../support/test-simulator';
import { expectCode } from './support/expect-code';
import { popCore } from './support/pop-core-client';
import { advanceUntil, START } from './support/sim-time';

// The life of one Danlu session on the simulator, with every forbidden step on the way refused
// with the code the real API uses.
let sim: Simulator;
// biome-ignore lint/suspicious/noExplicitAny: pop-core answers are untyped JSON; the assertions check their shape.
type Body = Record<string, any>;
const R = 'us-west-1';
const TYPE = 'ecs.gn6i-c4g1.xlarge';

beforeAll(async () => {
  sim = await startTestSimulator({ seed: 21, speed: 0, startTime: START, assumptions: { spotStockOutageRate: 0 } });
});
afterAll(async () => sim?.close());

it('network → key → disk → spot instance → stop/start → reclaim → disk survives → snapshot → delete', async () => {
  const ecs = popCore(sim, 'ecs');
  const vpc = popCore(sim, 'vpc');
  const call = (client: typeof ecs, action: string, params: Record<string, unknown> = {}) =>
    client.request<Body>(action, { RegionId: R, ...params }, { method: 'POST' });
  const offer = sim.spotOffers({ regionId: R, instanceType: TYPE }).find((o) => o.stock === 'WithStock');
  if (!offer) throw new Error(`no ${TYPE} spot stock in ${R} for this seed`);
  const zone = offer.zoneId;
  const otherZone = zone === 'us-west-1a' ? 'us-west-1b' : 'us-west-1a';

  // Network.
  const { VpcId } = await call(vpc, 'CreateVpc', { CidrBlock: '192.168.0.0/16' });
  await expectCode(
    call(vpc, 'CreateVSwitch', { VpcId, ZoneId: zone, CidrBlock: '192.168.1.0/24' }),
    'IncorrectVpcStatus',
    400,
  );
  await sim.clock.advance(10_000);
  await expectCode(
    call(vpc, 'CreateVSwitch', { VpcId, ZoneId: zone, CidrBlock: '10.1.0.0/24' }),
    'InvalidCidrBlock.NotInVpc',
  );
  const { VSwitchId } = await call(vpc, 'CreateVSwitch', { VpcId, ZoneId: zone, CidrBlock: '192.168.1.0/24' });
  await expectCode(
    call(vpc, 'CreateVSwitch', { VpcId, ZoneId: zone, CidrBlock: '192.168.1.128/25' }),
    'InvalidCidrBlock.Overlapped',
  );
  await expectCode(call(vpc, 'DeleteVpc', { VpcId }), 'DependencyViolation', 400);
  const { SecurityGroupId } = await call(ecs, 'CreateSecurityGroup', { VpcId });
  await call(ecs, 'AuthorizeSecurityGroup', {
    SecurityGroupId,
    'Permissions.1.IpProtocol': 'TCP',
    'Permissions.1.PortRange': '22/22',
    'Permissions.1.SourceCidrIp': '203.0.113.9',
  });
  await expectCode(
    call(ecs, 'AuthorizeSecurityGroup', {
      SecurityGroupId,
      'Permissions.1.IpProtocol': 'TCP',
      'Permissions.1.PortRange': '0/22',
      'Permissions.1.SourceCidrIp': '0.0.0.0/0',
    }),
    'InvalidPortRange.Malformed',
  );

  // Key.
  const key = utils.generateKeyPairSync('rsa', { bits: 2048 });
  await call(ecs, 'ImportKeyPair', { KeyPairName: 'danlu', PublicKeyBody: key.public });
  await expectCode(
    call(ecs, 'ImportKeyPair', { KeyPairName: 'danlu', PublicKeyBody: key.public }),
    'KeyPair.AlreadyExist',
    400,
  );
  await expectCode(
    call(ecs, 'ImportKeyPair', { KeyPairName: 'other', PublicKeyBody: 'ssh-rsa not-base64!' }),
    'InvalidPublicKeyBody.Malformed',
  );

  // Work disk (and one in the wrong zone).
  const { DiskId } = await call(ecs, 'CreateDisk', {
    ZoneId: zone,
    DiskCategory: 'cloud_essd',
    Size: 60,
    DiskName: 'work',
  });
  const { DiskId: farDisk } = await call(ecs, 'CreateDisk', {
    ZoneId: otherZone,
    DiskCategory: 'cloud_essd',
    Size: 20,
  });
  await expectCode(call(ecs, 'CreateSnapshot', { DiskId }), 'IncorrectDiskStatus');
  await sim.clock.advance(5_000);
  await expectCode(call(ecs, 'CreateSnapshot', { DiskId }), 'IncorrectDiskStatus.NeverAttached', 403);

  // Spot instance.
  const launch = {
    ZoneId: zone,
    VSwitchId,
    SecurityGroupId,
    ImageId: 'ubuntu_22_04_x64_20G_alibase_20240508.vhd',
    InstanceType: TYPE,
    SpotStrategy: 'SpotWithPriceLimit',
    SpotDuration: 1,
    InternetMaxBandwidthOut: 10,
    KeyPairName: 'danlu',
    'DataDisk.1.Size': 40,
    'DataDisk.1.Category': 'cloud_essd',
  };
  await expectCode(
    // Half the market price, to the three decimals a limit may have.
    call(ecs, 'RunInstances', { ...launch, SpotPriceLimit: Math.floor((offer.spotPrice / 2) * 1000) / 1000 }),
    'InvalidSpotPriceLimit.LowerThanPublicPrice',
    400,
  );
  await expectCode(
    call(ecs, 'RunInstances', { ...launch, SpotPriceLimit: offer.originPrice, KeyPairName: 'nobody' }),
    'InvalidKeyPairName.NotFound',
    404,
  );
  await expectCode(
    call(ecs, 'RunInstances', { ...launch, DryRun: true, SpotPriceLimit: offer.originPrice }),
    'DryRunOperation',
    400,
  );
  expect((await call(ecs, 'DescribeInstances')).Instances.Instance).toEqual([]);
  const run = await call(ecs, 'RunInstances', { ...launch, SpotPriceLimit: offer.originPrice });
  const id: string = run.InstanceIdSets.InstanceIdSet[0];
  const inst = async () =>
    (await call(ecs, 'DescribeInstances', { InstanceIds: JSON.stringify([id]) })).Instances.Instance[0] as
      | Body
      | undefined;
  expect((await inst())?.Status).toBe('Pending');
  await expectCode(call(ecs, 'DeleteInstance', { InstanceId: id }), 'IncorrectInstanceStatus.Initializing', 403);
  await sim.clock.advance(6_000);
  expect((await inst())?.Status).toBe('Starting');
  await expectCode(call(ecs, 'StopInstance', { InstanceId: id }), 'IncorrectInstanceStatus', 403);
  await advanceUntil(sim, async () => (await inst())?.Status === 'Running');
  expect((await inst())?.PublicIpAddress.IpAddress).toHaveLength(1);
  await expectCode(call(ecs, 'StartInstance', { InstanceId: id }), 'IncorrectInstanceStatus');
  await expectCode(call(ecs, 'DeleteInstance', { InstanceId: id }), 'IncorrectInstanceStatus');
  await expectCode(call(ecs, 'DeleteSecurityGroup', { SecurityGroupId }), 'DependencyViolation', 403);
  await expectCode(call(vpc, 'DeleteVSwitch', { VSwitchId }), 'DependencyViolation');

  // Attach the work disk; the far one cannot be.
  await expectCode(call(ecs, 'AttachDisk', { InstanceId: id, DiskId: farDisk }), 'ResourcesNotInSameZone', 403);
  await call(ecs, 'AttachDisk', { InstanceId: id, DiskId });
  await expectCode(call(ecs, 'AttachDisk', { InstanceId: id, DiskId }), 'InvalidDisk.InUse');
  await advanceUntil(
    sim,
    async () =>
      (await call(ecs, 'DescribeDisks', { DiskIds: JSON.stringify([DiskId]) })).Disks.Disk[0].Status === 'In_use',
  );
  await expectCode(call(ecs, 'DeleteDisk', { DiskId }), 'DiskStillAttached', 403);

  // Stop without charging, start again.
  await call(ecs, 'StopInstance', { InstanceId: id, StoppedMode: 'StopCharging' });
  await advanceUntil(sim, async () => (await inst())?.Status === 'Stopped');
  expect((await inst())?.StoppedMode).toBe('StopCharging');
  expect(sim.ledger().entries.some((e) => e.resourceId === id && e.open)).toBe(false);
  await call(ecs, 'StartInstance', { InstanceId: id });
  await advanceUntil(sim, async () => (await inst())?.Status === 'Running');
  expect(sim.ledger().entries.some((e) => e.resourceId === id && e.open)).toBe(true);

  // Reclaim with notice: Recycling lock and metadata time first, release five minutes later.
  sim.reclaim(id);
  const locked = await inst();
  expect(locked?.OperationLocks.LockReason).toEqual([{ LockReason: 'Recycling', LockMsg: '' }]);
  const termination = await fetch(`${sim.admin}/metadata/${id}/latest/meta-data/instance/spot/termination-time`);
  expect(termination.status).toBe(200);
  expect(Date.parse(await termination.text()) - sim.clock.now()).toBeGreaterThan(4 * 60_000);
  await expectCode(call(ecs, 'StopInstance', { InstanceId: id }), 'IncorrectInstanceStatus');
  await sim.clock.advance(4 * 60_000);
  expect((await inst())?.Status).toBe('Running');
  await sim.clock.advance(61_000);
  expect(await inst()).toBeUndefined();

  // The work disk survives as Available; the instance's own disks went with it.
  const disks = (await call(ecs, 'DescribeDisks')).Disks.Disk as Body[];
  expect(disks.map((d) => [d.DiskId, d.Status]).sort()).toEqual(
    [
      [DiskId, 'Available'],
      [farDisk, 'Available'],
    ].sort(),
  );

  // Snapshot, which blocks deletion until accomplished.
  const { SnapshotId } = await call(ecs, 'CreateSnapshot', { DiskId, SnapshotName: 'work-final' });
  await expectCode(call(ecs, 'DeleteDisk', { DiskId }), 'DiskCreatingSnapshot', 403);
  await expectCode(call(ecs, 'CreateSnapshot', { DiskId }), 'IncorrectDiskStatus.CreatingSnapshot', 403);
  const snap = async () =>
    (await call(ecs, 'DescribeSnapshots', { SnapshotIds: JSON.stringify([SnapshotId]) })).Snapshots.Snapshot[0];
  await advanceUntil(sim, async () => (await snap()).Status === 'accomplished', { stepMs: 5_000 });
  await call(ecs, 'DeleteDisk', { DiskId });
  await call(ecs, 'DeleteDisk', { DiskId: farDisk });
  await expectCode(call(ecs, 'DeleteDisk', { DiskId }), 'InvalidDiskId.NotFound', 404);
  expect((await call(ecs, 'DescribeDisks')).Disks.Disk).toEqual([]);
  expect((await snap()).Status).toBe('accomplished');
  expect(sim.validate()).toMatchObject({ ok: true });
});
