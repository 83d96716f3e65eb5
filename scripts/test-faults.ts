/**
 * `npm run test:faults [-- --cycles N]`: launch and release again and again on the simulator
 * while 10 % of calls fail (throttling, 5xx, timeouts, non-JSON bodies), the first zone is sold
 * out, and the network's deletes meet the VPC service's conflict codes and a released
 * instance's lingering interface. Every cycle must end consistent: ready then released, or
 * failed with nothing left; no resource of any kind made twice (a failover's new vSwitch, disk
 * or instance in the next zone is not a duplicate); the simulator's own validation clean. The
 * last line printed is one JSON object; the exit code is 1 when anything is orphaned, duplicated
 * or inconsistent, or when fewer than 90 % of the cycles reached ready.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { createAliyunApi } from '../src/main/aliyun';
import { launchHarness, leftovers, plan, untilPhase } from '../tests/support/launch-harness';
import { startTestSimulator } from '../tests/support/test-simulator';
import { countDuplicates, createdSince } from './faults/duplicates';

const { values } = parseArgs({
  options: { cycles: { type: 'string', default: '100' }, seed: { type: 'string', default: '21' } },
});
const cycles = Number(values.cycles);

async function main() {
  // 60×: fast enough, while an injected hang (real time) stays a small part of the simulated waits.
  // The released instance's interface keeps its group and vSwitch for 45 simulated seconds.
  const sim = await startTestSimulator({
    speed: 60,
    seed: Number(values.seed),
    delays: { instanceNicRelease: 45_000 },
  });
  const api = createAliyunApi({
    credentials: { accessKeyId: sim.accessKeyId, accessKeySecret: sim.accessKeySecret },
    endpoints: { kind: 'fixed', url: sim.endpoint },
    clock: sim.clock,
    // Short timeouts so an injected hang costs a moment, not the default tens of seconds.
    timeouts: Object.fromEntries(
      [
        'RunInstances',
        'DescribeInstances',
        'DescribeDisks',
        'CreateDisk',
        'DeleteInstance',
        'DescribeAvailableResource',
      ].map((a) => [a, 1500]),
    ),
    retry: { baseDelayMs: 200 },
  });
  const s = { sim, api, events: [], close: async () => {} };
  const type = 'ecs.gn6i-c4g1.xlarge';
  const firstZone = sim
    .spotOffers({ regionId: 'us-west-1', instanceType: type })
    .filter((o) => o.stock === 'WithStock')[0]?.zoneId;
  sim.faults.set({
    noStock: firstZone ? [{ regionId: 'us-west-1', zoneId: firstZone, instanceType: type }] : [],
    rules: [
      { kind: 'error', code: 'Throttling.User', status: 400, rate: 0.025 },
      { kind: 'http5xx', status: 503, rate: 0.02, body: 'json' },
      { kind: 'http5xx', status: 502, rate: 0.01, body: 'html', phase: 'after' },
      { kind: 'nonJson', rate: 0.02 },
      { kind: 'hang', ms: 2500, rate: 0.025, phase: 'after' },
      // The network's deletes, on top: the VPC service busy with another task, a group still held.
      {
        kind: 'error',
        code: ['TaskConflict', 'OperationConflict', 'OperationDenied.OtherSubnetProcessing'],
        status: 400,
        actions: ['DeleteVSwitch', 'DeleteVpc'],
        rate: 0.3,
      },
      { kind: 'error', code: 'DependencyViolation', status: 403, actions: ['DeleteSecurityGroup'], rate: 0.3 },
    ],
  });

  const dataDir = mkdtempSync(join(tmpdir(), 'danlu-faults-'));
  const h = launchHarness(s as never, dataDir);
  const result = {
    cycles,
    ready: 0,
    failedClean: 0,
    inconsistent: 0,
    orphans: 0,
    duplicates: 0,
    releasePresses: 0,
    callsPerCycle: 0,
  };
  let work = 0;
  for (let cycle = 1; cycle <= cycles; cycle++) {
    const cycleStart = sim.clock.now();
    const session = await h.manager.launch(plan({ zoneId: firstZone ?? null }));
    const end = await untilPhase(s as never, h.manager, session.id, ['ready', 'failed'], 6 * 3600_000);
    let consistent = true;
    if (end.phase === 'ready') {
      result.ready++;
      for (let attempt = 1; attempt <= 3; attempt++) {
        try {
          if (attempt > 1) result.releasePresses++;
          await h.manager.release(session.id, { snapshot: false, keepDisk: false });
          break;
        } catch (error) {
          // The user presses Release again.
          if (attempt === 3) {
            consistent = false;
            console.error(`cycle ${cycle}: release failed: ${(error as Error).message}`);
          }
        }
      }
    } else {
      result.failedClean++;
      console.log(`cycle ${cycle}: failed (${end.error?.code}: ${end.error?.text.en})`);
    }
    const left = leftovers(s as never);
    const orphans = Object.values(left).reduce((n, list) => n + list.length, 0);
    if (orphans > 0) {
      result.orphans += orphans;
      console.error(`cycle ${cycle}: left behind ${JSON.stringify(left)}`);
      if (end.phase === 'failed') result.failedClean--;
    }
    const attempts = h.manager.get(session.id).attempts;
    const made = createdSince(sim.events(), cycleStart);
    // A ready session was made of something: a record without its instance means the count is blind.
    if (end.phase === 'ready' && !made.some((c) => c.kind === 'instance')) consistent = false;
    const extra = countDuplicates(
      made,
      attempts.map((a) => a.zoneId),
      attempts.length,
    );
    const duplicates = Object.values(extra).reduce((n, x) => n + x, 0);
    if (duplicates > 0) {
      result.duplicates += duplicates;
      console.error(`cycle ${cycle}: made twice ${JSON.stringify(extra)}`);
    }
    const report = sim.validate();
    if (!report.ok || !consistent || (end.phase === 'ready' && h.manager.get(session.id).phase !== 'released')) {
      result.inconsistent++;
      console.error(`cycle ${cycle}: inconsistent ${JSON.stringify(report.problems)}`);
    }
    work += h.manager.calls(session.id).work;
    if (cycle % 10 === 0) console.log(`${cycle}/${cycles} cycles`);
  }
  result.callsPerCycle = Math.round((work / cycles) * 10) / 10;
  await h.manager.dispose();
  api.close();
  await sim.close();
  console.log(JSON.stringify(result));
  const tooFewReady = result.ready < Math.ceil(cycles * 0.9);
  if (tooFewReady) console.error(`only ${result.ready} of ${cycles} cycles reached ready (at least 90 % must)`);
  process.exit(result.orphans + result.duplicates + result.inconsistent > 0 || tooFewReady ? 1 : 0);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
