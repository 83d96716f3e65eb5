import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { requests } from '../../../src/shared/contract';
import { hintText } from '../../../src/shared/input-hints';
import { launchHarness, plan, untilPhase } from '../../support/launch-harness';
import { type SimApi, startSimApi } from '../aliyun/sim-api';
import { expectCode } from '../simulator/support/expect-code';
import { popCore } from '../simulator/support/pop-core-client';

const REGION = 'us-west-1';
// biome-ignore lint/suspicious/noExplicitAny: pop-core answers are untyped JSON.
type Body = Record<string, any>;

let s: SimApi;
beforeEach(async () => {
  s = await startSimApi({ seed: 5, assumptions: { spotStockOutageRate: 0 } });
});
afterEach(async () => {
  await s.close();
});

/** The network a RunInstances needs, made straight on the simulator. */
async function network() {
  const vpc = popCore(s.sim, 'vpc');
  const ecs = popCore(s.sim, 'ecs');
  const offer = s.sim.spotOffers({ regionId: REGION }).find((o) => o.stock === 'WithStock');
  if (!offer) throw new Error('nothing in stock');
  const { VpcId } = await vpc.request<Body>('CreateVpc', { RegionId: REGION, CidrBlock: '172.16.0.0/12' });
  await s.sim.clock.sleep(10_000);
  const { VSwitchId } = await vpc.request<Body>('CreateVSwitch', {
    RegionId: REGION,
    VpcId,
    ZoneId: offer.zoneId,
    CidrBlock: '172.16.1.0/24',
  });
  await s.sim.clock.sleep(10_000);
  const { SecurityGroupId } = await ecs.request<Body>('CreateSecurityGroup', { RegionId: REGION, VpcId });
  const run = (extra: Record<string, unknown>) =>
    ecs.request<Body>(
      'RunInstances',
      {
        RegionId: REGION,
        VSwitchId,
        SecurityGroupId,
        ImageId: 'ubuntu_22_04_x64_20G_alibase_20240508.vhd',
        InstanceType: offer.instanceType,
        SpotStrategy: 'SpotWithPriceLimit',
        SpotPriceLimit: 100,
        DryRun: true,
        ...extra,
      },
      { method: 'POST' },
    );
  return { run, ecs };
}

describe('the cloud’s input rules, and Danlu keeping to them', () => {
  it('RunInstances refuses host names ending in "-" or holding "--"; Danlu makes a valid one even of "lab-"', async () => {
    const { run } = await network();
    for (const bad of ['danlu-lab-', 'danlu-a--b', '-lab', 'a..b', 'x']) {
      await expectCode(run({ HostName: bad }), 'InvalidHostName.Malformed', 400);
    }
    await expectCode(run({ HostName: 'danlu-lab.local' }), 'DryRunOperation', 400);

    // A plan stored before the rule (the form now refuses "lab-") still launches.
    const h = launchHarness(s);
    const session = await h.manager.launch({ ...plan(), name: 'lab-' });
    const ready = await untilPhase(s, h.manager, session.id, ['ready', 'failed']);
    expect(ready.error).toBeUndefined();
    const instance = (
      await s.api.describeInstances({ regionId: REGION, instanceIds: [ready.resources.instanceId as string] })
    ).instances[0];
    expect(instance?.hostName).toBe('danlu-lab');
    const released = await h.manager.release(session.id, { snapshot: false, keepDisk: false });
    expect(released.phase).toBe('released');
  });

  it('SpotPriceLimit takes three decimals; Danlu sends its limit without float noise', async () => {
    const { run } = await network();
    await expectCode(run({ SpotPriceLimit: '10.2345' }), 'InvalidSpotPriceLimit', 400);
    await expectCode(run({ SpotPriceLimit: '0.30000000000000004' }), 'InvalidSpotPriceLimit', 400);
    await expectCode(run({ SpotPriceLimit: '10.235' }), 'DryRunOperation', 400);

    const h = launchHarness(s);
    const limit = 10.1 + 0.2; // 10.299999999999999 in binary floating point
    const session = await h.manager.launch(plan({ spot: { strategy: 'SpotWithPriceLimit', priceLimit: limit } }));
    const ready = await untilPhase(s, h.manager, session.id, ['ready', 'failed']);
    expect(ready.error).toBeUndefined();
    const instance = (
      await s.api.describeInstances({ regionId: REGION, instanceIds: [ready.resources.instanceId as string] })
    ).instances[0];
    expect(instance?.spotPriceLimit).toBe(10.3);
    await h.manager.release(session.id, { snapshot: false, keepDisk: false });
  });

  it('CreateImage refuses a name with a dot, and so does the save-image request, saying why', async () => {
    const { ecs } = await network();
    await expectCode(
      ecs.request('CreateImage', { RegionId: REGION, ImageName: 'danlu.lab', SnapshotId: 's-none' }),
      'InvalidImageName.Malformed',
      400,
    );
    await expectCode(
      ecs.request('CreateImage', { RegionId: REGION, ImageName: 'danlu-lab:v1', SnapshotId: 's-none' }),
      'InvalidSnapshotId.NotFound',
    );
    const input = requests['sessions.saveImage'].input;
    const refused = input.safeParse({ id: 'ses-20260101-abcd', imageName: 'danlu.lab' });
    expect(hintText(refused.error?.issues[0]?.message ?? '')?.en).toMatch(/no dots/);
    expect(input.safeParse({ id: 'ses-20260101-abcd', imageName: 'danlu-lab:v1' }).success).toBe(true);
  });
});
