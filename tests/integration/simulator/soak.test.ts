import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Simulator } from '../../../src/simulator/index';
import { createRandomStream } from '../../../src/simulator/market/seeded-random';
import { startTestSimulator } from '../../support/test-simulator';
import { popCore } from './support/pop-core-client';
import { START } from './support/sim-time';

// 1,000 API calls of a random but plausible workload while about 10 % of them meet an injected
// fault (errors, 5xx pages, non-JSON bodies, resets, hangs); afterwards nothing dangles.
const R = 'cn-beijing';
const TYPES: string[] = ['ecs.gn6i-c4g1.xlarge', 'ecs.gn7i-c8g1.2xlarge', 'ecs.gn6v-c8g1.2xlarge'];
let sim: Simulator;

beforeAll(async () => {
  sim = await startTestSimulator({
    seed: 99,
    speed: 0,
    startTime: START,
    balance: 1_000_000,
    faults: {
      rules: [
        { kind: 'latency', fixedMs: 1, jitterMs: 4, rate: 0.05 },
        {
          kind: 'error',
          code: ['InternalError', 'ServiceUnavailable', 'Throttling.User', 'OperationDenied.NoStock'],
          rate: 0.04,
        },
        { kind: 'http5xx', status: 502, body: 'html', rate: 0.02, phase: 'after' },
        { kind: 'nonJson', rate: 0.015 },
        { kind: 'reset', rate: 0.01, phase: 'after' },
        { kind: 'hang', ms: 30, rate: 0.015 },
      ],
    },
  });
});
afterAll(async () => sim?.close());

it('stays consistent through 1,000 calls with about 10 % injected faults', async () => {
  const ecs = popCore(sim, 'ecs');
  const vpc = popCore(sim, 'vpc');
  const random = createRandomStream(2024);
  const pick = <T>(items: T[]): T | undefined => (items.length ? random.pick(items) : undefined);
  let token = 0;
  const send = async (client: typeof ecs, action: string, params: Record<string, unknown>) => {
    const body = { RegionId: R, ...params };
    try {
      return await client.request<Record<string, unknown>>(action, body, {
        method: random.next() < 0.5 ? 'GET' : 'POST',
        timeout: 2_000,
      });
    } catch {
      // A create that met a fault is retried once with the same ClientToken, as a careful client does.
      if ('ClientToken' in body) {
        try {
          return await client.request<Record<string, unknown>>(action, body, { method: 'POST', timeout: 2_000 });
        } catch {
          return undefined;
        }
      }
      return undefined;
    }
  };

  const res = () => sim.resources();
  /** Runs `fn` with a resource when one exists (the workload only calls with ids it could know). */
  const withOne = <T>(items: T[], fn: (item: T) => Promise<unknown>) => {
    const item = pick(items);
    return item === undefined ? Promise.resolve(undefined) : fn(item);
  };
  type Row = Record<string, unknown> & { id: string };
  const ops: Array<[weight: number, op: () => Promise<unknown>]> = [
    [
      1,
      () =>
        res().vpcs.length < 3
          ? send(vpc, 'CreateVpc', { CidrBlock: '10.0.0.0/8', ClientToken: `vpc-${token++}` })
          : Promise.resolve(),
    ],
    [
      2,
      () =>
        withOne(res().vpcs as Row[], (v) =>
          send(vpc, 'CreateVSwitch', {
            VpcId: v.id,
            ZoneId: pick(sim.spotOffers({ regionId: R, instanceType: TYPES[0] }).map((o) => o.zoneId)),
            CidrBlock: `10.${random.int(250)}.${random.int(250)}.0/24`,
            ClientToken: `vsw-${token++}`,
          }),
        ),
    ],
    [
      1,
      () =>
        withOne(res().vpcs as Row[], (v) =>
          send(ecs, 'CreateSecurityGroup', { VpcId: v.id, ClientToken: `sg-${token++}` }),
        ),
    ],
    [
      1,
      () =>
        withOne(res().securityGroups as Row[], (g) =>
          send(ecs, 'AuthorizeSecurityGroup', {
            SecurityGroupId: g.id,
            IpProtocol: 'tcp',
            PortRange: '22/22',
            SourceCidrIp: '0.0.0.0/0',
          }),
        ),
    ],
    [
      8,
      () =>
        withOne(res().vSwitches as Row[], (vsw) => {
          const sg = pick(res().securityGroups.filter((g) => g.vpcId === vsw.vpcId) as Row[]);
          const type = pick(
            TYPES.filter(
              (t) => sim.spotOffers({ regionId: R, zoneId: vsw.zoneId as string, instanceType: t }).length > 0,
            ),
          );
          if (!sg || !type) return Promise.resolve();
          return send(ecs, 'RunInstances', {
            VSwitchId: vsw.id,
            SecurityGroupId: sg.id,
            ImageId: 'ubuntu_22_04_x64_20G_alibase_20240508.vhd',
            InstanceType: type,
            SpotStrategy: random.next() < 0.7 ? 'SpotAsPriceGo' : 'NoSpot',
            InternetMaxBandwidthOut: 5,
            'DataDisk.1.Size': 20,
            'DataDisk.1.Category': 'cloud_essd',
            'DataDisk.1.DeleteWithInstance': random.next() < 0.5,
            ClientToken: `run-${token++}`,
          });
        }),
    ],
    [
      3,
      () =>
        withOne(res().vSwitches as Row[], (v) =>
          send(ecs, 'CreateDisk', {
            ZoneId: v.zoneId,
            DiskCategory: 'cloud_essd',
            Size: 20 + random.int(100),
            ClientToken: `disk-${token++}`,
          }),
        ),
    ],
    [4, () => send(ecs, 'DescribeInstances', { MaxResults: 100 })],
    [3, () => send(ecs, 'DescribeDisks', { MaxResults: 100 })],
    [2, () => send(ecs, 'DescribeSnapshots', {})],
    [
      4,
      () =>
        withOne(res().disks.filter((d) => d.status === 'Available') as Row[], (disk) =>
          withOne(res().instances.filter((i) => i.zoneId === disk.zoneId) as Row[], (inst) =>
            send(ecs, 'AttachDisk', { InstanceId: inst.id, DiskId: disk.id }),
          ),
        ),
    ],
    [
      3,
      () =>
        withOne(res().disks.filter((d) => d.status === 'In_use' && d.type === 'data') as Row[], (d) =>
          send(ecs, 'DetachDisk', { InstanceId: d.instanceId, DiskId: d.id }),
        ),
    ],
    [
      4,
      () =>
        withOne(res().instances as Row[], (i) =>
          send(ecs, 'StopInstance', {
            InstanceId: i.id,
            StoppedMode: random.next() < 0.5 ? 'StopCharging' : 'KeepCharging',
          }),
        ),
    ],
    [4, () => withOne(res().instances as Row[], (i) => send(ecs, 'StartInstance', { InstanceId: i.id }))],
    [2, () => withOne(res().instances as Row[], (i) => send(ecs, 'RebootInstance', { InstanceId: i.id }))],
    [
      2,
      () =>
        withOne(res().instances as Row[], (i) =>
          send(ecs, 'DeleteInstance', { InstanceId: i.id, Force: random.next() < 0.7 }),
        ),
    ],
    [
      3,
      () =>
        withOne(res().disks as Row[], (d) =>
          send(ecs, 'CreateSnapshot', { DiskId: d.id, ClientToken: `snap-${token++}` }),
        ),
    ],
    [1, () => withOne(res().snapshots as Row[], (s) => send(ecs, 'DeleteSnapshot', { SnapshotId: s.id, Force: true }))],
    [2, () => withOne(res().disks as Row[], (d) => send(ecs, 'DeleteDisk', { DiskId: d.id }))],
    [
      1,
      () =>
        withOne(res().instances as Row[], (i) =>
          send(ecs, 'CreateImage', { InstanceId: i.id, ClientToken: `img-${token++}` }),
        ),
    ],
    [1, () => withOne(res().images as Row[], (i) => send(ecs, 'DeleteImage', { ImageId: i.id, Force: true }))],
    [
      1,
      () =>
        withOne(res().disks as Row[], (d) =>
          send(ecs, 'TagResources', {
            ResourceType: 'disk',
            'ResourceId.1': d.id,
            'Tag.1.Key': 'soak',
            'Tag.1.Value': String(token),
          }),
        ),
    ],
    [
      1,
      () => withOne(res().securityGroups as Row[], (g) => send(ecs, 'DeleteSecurityGroup', { SecurityGroupId: g.id })),
    ],
    [1, () => withOne(res().vSwitches as Row[], (v) => send(vpc, 'DeleteVSwitch', { VSwitchId: v.id }))],
    [1, () => withOne(res().vpcs as Row[], (v) => send(vpc, 'DeleteVpc', { VpcId: v.id }))],
  ];
  const weighted = ops.flatMap(([weight, op]) => Array.from({ length: weight }, () => op));

  const problems: string[] = [];
  while (sim.requests().length < 1000) {
    await (pick(weighted) as () => Promise<unknown>)();
    if (random.next() < 0.3) await sim.clock.advance(random.int(60_000));
    if (random.next() < 0.01) {
      const spot = pick(
        sim.resources().instances.filter((i) => i.spotStrategy !== 'NoSpot' && (i.locks as string[]).length === 0),
      );
      if (spot) sim.reclaim(spot.id as string);
    }
    if (sim.requests().length % 100 === 0) problems.push(...sim.validate().problems);
  }
  await sim.clock.advance(3 * 3_600_000);
  await sim.idle();

  const log = sim.requests();
  const faulted = log.filter((r) => r.fault !== '' && !r.fault.startsWith('latency')).length / log.length;
  expect(faulted).toBeGreaterThan(0.07);
  expect(faulted).toBeLessThan(0.14);
  expect(new Set(log.filter((r) => r.status === 200).map((r) => r.action)).size).toBeGreaterThanOrEqual(15);
  const report = sim.validate();
  expect([...problems, ...report.problems]).toEqual([]);
  expect(report.counts.instances + report.counts.disks).toBeGreaterThan(0);
}, 60_000);
