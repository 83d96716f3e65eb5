import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { afterEach, describe, expect, it } from 'vitest';
import { createAliyunApi, DANLU_TAG_KEY, DANLU_TAG_VALUE } from '../../../src/main/aliyun';
import { startScriptedCloud, TEST_CREDENTIALS } from '../../../src/main/aliyun/testing/scripted-cloud';
import { dryRunOnly } from '../../../src/main/cloud-check/dry-run-only';
import { roundTripGuard } from '../../../src/main/cloud-check/round-trip';
import { runSmoke } from '../../../src/main/cloud-check/run-smoke';
import { launchHarness, plan, untilPhase } from '../../support/launch-harness';
import { type SimApi, startSimApi, waitUntil } from '../aliyun/sim-api';

const run = promisify(execFile);
const REGION = 'us-west-1';

let s: SimApi | undefined;
afterEach(async () => {
  await s?.close();
  s = undefined;
});

/** `npm run smoke:aliyun -- --endpoint <simulator>` with the simulator's key in the environment. */
async function smokeCli(sim: SimApi['sim'], extra: string[] = []) {
  const { stdout } = await run(
    'npx',
    ['tsx', 'scripts/smoke-aliyun.ts', '--endpoint', sim.endpoint, '--region', REGION, ...extra],
    {
      env: { ...process.env, ALIYUN_ACCESS_KEY_ID: sim.accessKeyId, ALIYUN_ACCESS_KEY_SECRET: sim.accessKeySecret },
      timeout: 120_000,
    },
  ).catch((error: Error & { stdout?: string }) => {
    // Its table says which check failed and why.
    throw new Error(`${error.message}\n${error.stdout ?? ''}`);
  });
  const lines = stdout.trim().split('\n');
  return { table: lines.slice(0, -1).join('\n'), summary: JSON.parse(lines.at(-1) as string) };
}

describe('npm run smoke:aliyun', () => {
  it('reads everything Danlu reads and dry-runs what it creates, against the simulator, buying nothing', async () => {
    s = await startSimApi({ seed: 5, speed: 600, assumptions: { spotStockOutageRate: 0 } });
    // A session's kit and a snapshot of its disk exist, as in an account that has used Danlu.
    const h = launchHarness(s);
    const session = await h.manager.launch(plan());
    const ready = await untilPhase(s, h.manager, session.id, ['ready', 'failed']);
    expect(ready.phase).toBe('ready');
    const { snapshotId } = await s.api.createSnapshot({
      regionId: REGION,
      diskId: ready.resources.diskId as string,
      clientToken: 'smoke-test-snapshot',
      tags: [{ key: DANLU_TAG_KEY, value: DANLU_TAG_VALUE }],
    });
    await waitUntil(
      s.sim.clock,
      () => s?.api.describeSnapshots({ regionId: REGION, snapshotIds: [snapshotId] }) ?? Promise.reject(),
      (page) => page.snapshots[0]?.status === 'accomplished',
    );
    const instancesBefore = s.sim.resources().instances.length;
    s.sim.clearRequests();

    const { table, summary } = await smokeCli(s.sim);
    expect(summary).toEqual({ region: REGION, actions: 23, ok: 23, failed: 0, dryRunOk: 3, purchased: 0 });
    expect(table).toMatch(
      /RunInstances\s+dryRun\s+ok\s+spot ecs\.\S+ in us-west-1\w \(cloud_\w+ system disk\) would be accepted/,
    );
    expect(table).toMatch(/CreateDisk\s+not tried\s+skipped\s+no DryRun in the API/);
    // Every action Danlu calls is in the table, tried or with the reason it is not.
    expect(table).not.toMatch(/not covered/);
    // Only reads (GetCallerIdentity among them) and dry runs reached the cloud, and nothing new exists.
    // (A dry run with a system disk category the family does not take is refused as such, and the next tried.)
    const writes = s.sim
      .requests()
      .filter((r) => !/^(Describe|List|Get)/.test(r.action) && !/NotSupported$/.test(r.code));
    expect(writes.map((r) => `${r.action} ${r.code}`).sort()).toEqual([
      'CreateImage DryRunOperation',
      'CreateVpc DryRunOperation',
      'RunInstances DryRunOperation',
    ]);
    expect(s.sim.resources().instances.length).toBe(instancesBefore);
  });

  it('--round-trip makes the free network parts and a key pair, reads each back, dry-runs against them, and deletes them', async () => {
    s = await startSimApi({ seed: 6, speed: 600, assumptions: { spotStockOutageRate: 0 } });
    // A session's instance exists, so StoppedMode is read and the instance actions are dry-run.
    const h = launchHarness(s);
    const session = await h.manager.launch(plan());
    const ready = await untilPhase(s, h.manager, session.id, ['ready', 'failed']);
    expect(ready.phase).toBe('ready');
    await h.manager.dispose();
    // Rules echoed bare; the instance stays as it is while the check runs (no reclaim, a slower clock).
    s.sim.unkind.update({ ruleAddressEcho: 'bare', spotCapacityReclaimsPerHour: 0 });
    s.sim.clock.setSpeed(60);
    const before = s.sim.resources();
    s.sim.clearRequests();

    const { table, summary } = await smokeCli(s.sim, ['--round-trip']);
    expect(summary.failed).toBe(0);
    expect(summary.purchased).toBe(0);
    expect(summary.roundTrip.left).toEqual([]);
    expect(summary.roundTrip.made).toHaveLength(4);
    for (const action of ['CreateVpc', 'CreateVSwitch', 'CreateSecurityGroup', 'ImportKeyPair']) {
      expect(table).toMatch(new RegExp(`${action}\\s+roundTrip\\s+ok\\s+\\S+ .*with its tags`));
    }
    // A bare echo of the /32 rule is the same rule, read back with its id.
    expect(table).toMatch(/AuthorizeSecurityGroup\s+roundTrip\s+ok\s+rule sgr-\S+ from 198\.51\.100\.7\s/);
    expect(table).toMatch(/DescribeInstances\s+roundTrip\s+ok\s+1 instances, StoppedMode Not-applicable/);
    expect(table).toMatch(/RunInstances\s+dryRun\s+ok\s+spot \S+ limited to [\d.]+\/h with UserData/);
    for (const action of ['StartInstance', 'StopInstance', 'RebootInstance', 'DeleteInstance']) {
      expect(table).toMatch(new RegExp(`${action}\\s+dryRun\\s+ok`));
    }
    // What it made is gone again, nothing else changed, and the only writes were its own.
    const after = s.sim.resources();
    for (const kind of ['vpcs', 'vSwitches', 'securityGroups', 'keyPairs', 'instances', 'disks'] as const) {
      expect(after[kind].map((x) => x.id).sort()).toEqual(before[kind].map((x) => x.id).sort());
    }
    // (Carried out: answered with success, not DryRunOperation or a refusal.)
    // (The session's own lease, moved by the harness's last pass, is not the check's.)
    const writes = s.sim
      .requests()
      .filter((r) => !/^(Describe|List|Get)/.test(r.action) && r.status === 200)
      .filter((r) => r.action !== 'ModifyInstanceAutoReleaseTime');
    expect([...new Set(writes.map((r) => r.action))].sort()).toEqual([
      'AuthorizeSecurityGroup',
      'CreateSecurityGroup',
      'CreateVSwitch',
      'CreateVpc',
      'DeleteKeyPairs',
      'DeleteSecurityGroup',
      'DeleteVSwitch',
      'DeleteVpc',
      'ImportKeyPair',
    ]);
  }, 240_000);

  it('--round-trip allows exactly its free creates, and deletes only of what it made', () => {
    const made = { VpcId: 'vpc-mine', SecurityGroupId: 'sg-mine', KeyPairNames: 'danlu-smoke-1' };
    const guard = roundTripGuard(made);
    expect(() => guard('CreateVpc', { CidrBlock: '172.16.0.0/12' })).not.toThrow();
    expect(() => guard('AuthorizeSecurityGroup', { SecurityGroupId: 'sg-mine' })).not.toThrow();
    expect(() => guard('AuthorizeSecurityGroup', { SecurityGroupId: 'sg-other' })).toThrow();
    expect(() => guard('DeleteVpc', { VpcId: 'vpc-mine' })).not.toThrow();
    expect(() => guard('DeleteVpc', { VpcId: 'vpc-other' })).toThrow();
    expect(() => guard('DeleteVSwitch', { VSwitchId: 'vsw-any' })).toThrow();
    expect(() => guard('DeleteKeyPairs', { KeyPairNames: '["danlu-smoke-1"]' })).not.toThrow();
    expect(() => guard('DeleteKeyPairs', { KeyPairNames: '["danlu-smoke-1","other"]' })).toThrow();
    expect(() => guard('RunInstances', {})).toThrow();
    expect(() => guard('CreateDisk', {})).toThrow();
    expect(() => guard('DeleteInstance', { InstanceId: 'i-1' })).toThrow();
    expect(() => guard('DeleteInstance', { InstanceId: 'i-1', DryRun: 'true' })).not.toThrow();
  });

  it('refuses, before sending, any create that is not a dry run', async () => {
    s = await startSimApi({ seed: 5 });
    const sim = s.sim;
    const api = createAliyunApi({
      credentials: { accessKeyId: sim.accessKeyId, accessKeySecret: sim.accessKeySecret },
      endpoints: { kind: 'fixed', url: sim.endpoint },
      clock: sim.clock,
      guard: dryRunOnly,
    });
    await expect(api.createVpc({ regionId: REGION, clientToken: 'x' })).rejects.toMatchObject({
      code: 'smoke.notDryRun',
    });
    await expect(api.createVpc({ regionId: REGION, clientToken: 'x', dryRun: true })).rejects.toMatchObject({
      code: 'cloud.dry_run_ok',
    });
    api.close();
    expect(sim.requests().map((r) => `${r.action} ${r.code}`)).toEqual(['CreateVpc DryRunOperation']);
  });

  it('fails a check whose answer lacks a field Danlu reads, and counts a write a server carried out despite DryRun', async () => {
    const cloud = await startScriptedCloud((req) =>
      req.action === 'DescribeRegions'
        ? { json: { Regions: { Region: [{ RegionId: REGION, LocalName: '美国（硅谷）' }] } } }
        : { json: {} },
    );
    try {
      const { rows, summary } = await runSmoke({
        regionId: REGION,
        credentials: TEST_CREDENTIALS,
        endpoints: { kind: 'fixed', url: cloud.endpoint },
      });
      expect(rows.find((r) => r.action === 'DescribeRegions')).toMatchObject({
        result: 'failed',
        note: expect.stringMatching(/DescribeRegions Regions\.Region\.0\.RegionEndpoint/),
      });
      expect(summary.failed).toBeGreaterThan(5);
      // This server answers every call with success, a dry run too: that is a purchase.
      expect(rows.find((r) => r.action === 'CreateVpc')).toMatchObject({
        result: 'failed',
        note: expect.stringMatching(/ignored DryRun/),
      });
      expect(summary.purchased).toBe(1);
    } finally {
      await cloud.close();
    }
  });
});
