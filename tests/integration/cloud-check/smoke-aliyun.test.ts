import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { afterEach, describe, expect, it } from 'vitest';
import { createAliyunApi, DANLU_TAG_KEY, DANLU_TAG_VALUE } from '../../../src/main/aliyun';
import { startScriptedCloud, TEST_CREDENTIALS } from '../../../src/main/aliyun/testing/scripted-cloud';
import { dryRunOnly } from '../../../src/main/cloud-check/dry-run-only';
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
async function smokeCli(sim: SimApi['sim']) {
  const { stdout } = await run(
    'npx',
    ['tsx', 'scripts/smoke-aliyun.ts', '--endpoint', sim.endpoint, '--region', REGION],
    {
      env: { ...process.env, ALIYUN_ACCESS_KEY_ID: sim.accessKeyId, ALIYUN_ACCESS_KEY_SECRET: sim.accessKeySecret },
      timeout: 120_000,
    },
  );
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
    // (A dry run refused for a system disk category the family does not take is tried again with the next.)
    const writes = s.sim
      .requests()
      .filter((r) => !/^(Describe|List|Get)/.test(r.action))
      .filter((r) => !(r.action === 'RunInstances' && r.code === 'InvalidSystemDiskCategory.ValueNotSupported'));
    expect(writes.map((r) => `${r.action} ${r.code}`).sort()).toEqual([
      'CreateImage DryRunOperation',
      'CreateVpc DryRunOperation',
      'RunInstances DryRunOperation',
    ]);
    expect(s.sim.resources().instances.length).toBe(instancesBefore);
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
