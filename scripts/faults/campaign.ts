import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createAliyunApi } from '../../src/main/aliyun';
import type { FaultRule, RequestRecord } from '../../src/simulator';
import { createRandomStream, hash32 } from '../../src/simulator/market/seeded-random';
import { launchHarnessOn, leftovers, plan, UNKIND_FOR_SESSIONS, untilPhase } from '../../tests/support/launch-harness';
import { stepTime } from '../../tests/support/stepped-time';
import { startTestSimulator } from '../../tests/support/test-simulator';
import { countDuplicates, createdSince } from './duplicates';
import { billingUnknown, dataLost, lineageOf } from './guarantees';
import { JOURNEYS, type JourneyContext, REGION, runJourney } from './journeys';
import { removeKeptData } from './kept-data';

const TYPE = 'ecs.gn6i-c4g1.xlarge';

/** Every create a journey makes: each gets after-the-action faults (done, answer lost) several times a run. */
export const CREATE_ACTIONS = [
  'CreateVpc',
  'CreateVSwitch',
  'CreateSecurityGroup',
  'ImportKeyPair',
  'RunInstances',
  'CreateDisk',
  'CreateSnapshot',
] as const;

export interface CampaignOptions {
  cycles: number;
  seed: number;
  /** Simulated start (ms); default the test instant. */
  startTime?: number;
  /** Where each cycle's trouble is told (a failed cycle, a leftover); default nowhere. */
  say?: (line: string) => void;
  /** Sees every call the simulator answered in each cycle. */
  onCycle?: (cycle: number, calls: RequestRecord[]) => void;
}

/** What a campaign prints as its last line: the same for one seed, start and cycle count on every run. */
export interface CampaignResult {
  seed: number;
  startTime: string;
  cycles: number;
  ready: number;
  failedClean: number;
  /** Lineages of the user's data left with neither a disk nor a complete snapshot, the user not having deleted them. */
  dataLost: number;
  /** Instances or disks the cloud billed that no session showed billing, at a checkpoint of a journey. */
  billingUnknown: number;
  inconsistent: number;
  orphans: number;
  duplicates: number;
  releasePresses: number;
  /** Calls the simulator answered with an injected fault. */
  faults: number;
  /** Creates that ran while their answer was lost (the client must not make them twice), per action. */
  afterCreateFaults: Record<string, number>;
  callsPerCycle: number;
}

/** The faults of every cycle: 10 % of calls fail, and the network's deletes meet the VPC service's refusals. */
const FAULT_RULES: FaultRule[] = [
  { kind: 'error', code: 'Throttling.User', status: 400, rate: 0.025 },
  { kind: 'http5xx', status: 503, rate: 0.02, body: 'json' },
  { kind: 'http5xx', status: 502, rate: 0.01, body: 'html', phase: 'after' },
  { kind: 'nonJson', rate: 0.02 },
  { kind: 'hang', ms: 2500, rate: 0.025, phase: 'after' },
  // The VPC service busy with another task, a group still held by a released instance's interface.
  {
    kind: 'error',
    code: ['TaskConflict', 'OperationConflict', 'OperationDenied.OtherSubnetProcessing'],
    status: 400,
    actions: ['DeleteVSwitch', 'DeleteVpc'],
    rate: 0.3,
  },
  { kind: 'error', code: 'DependencyViolation', status: 403, actions: ['DeleteSecurityGroup'], rate: 0.3 },
  // The cloud made it, the answer was lost: sent again, the same request must not make a second.
  // Snapshots are made in a third of the journeys only: they get it more often.
  { kind: 'http5xx', status: 503, body: 'json', phase: 'after', actions: ['CreateSnapshot'], rate: 0.7 },
  { kind: 'http5xx', status: 503, body: 'json', phase: 'after', actions: [...CREATE_ACTIONS], rate: 0.4 },
];

/**
 * Launch and release again and again while calls fail, the first zone is sold out and the
 * network's deletes are refused for a while. Everything that could make two runs of one seed
 * differ is pinned: the simulator's clock moves one event at a time once the process has
 * settled (never with the wall clock), the client's and the sessions' jitter come from the
 * seed, and the market is made, not found: the type in stock in every zone of the region but the
 * first, which the campaign sells out itself.
 */
export async function runCampaign(options: CampaignOptions): Promise<CampaignResult> {
  const say = options.say ?? (() => {});
  // The released instance's interface keeps its group and vSwitch for 45 simulated seconds.
  const sim = await startTestSimulator({
    seed: options.seed,
    startTime: options.startTime,
    speed: 0,
    delays: { instanceNicRelease: 45_000 },
  });
  const time = stepTime(sim);
  const jitter = (name: string) => {
    const stream = createRandomStream(hash32(options.seed, name));
    return () => stream.next();
  };
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
    random: jitter('client'),
  });
  const zones = sim.spotOffers({ regionId: REGION, instanceType: TYPE }).map((o) => o.zoneId);
  const firstZone = zones[0];
  if (!firstZone || zones.length < 2) throw new Error(`${TYPE} must be sold in two zones of ${REGION}`);
  sim.setSpotStock({ regionId: REGION, instanceType: TYPE, stock: 'WithStock' });
  sim.faults.set({
    noStock: [{ regionId: REGION, zoneId: firstZone, instanceType: TYPE }],
    rules: FAULT_RULES,
  });

  const dataDir = mkdtempSync(join(tmpdir(), 'danlu-faults-'));
  const h = launchHarnessOn({ api, clock: sim.clock, random: jitter('sessions') }, dataDir);
  // As unkind as the cloud: late listings, refused deletes, in-OS power-offs in standard mode…
  sim.unkind.set(UNKIND_FOR_SESSIONS);
  const s = { sim, api, events: [], close: async () => {} };
  const result: CampaignResult = {
    seed: options.seed,
    startTime: new Date(sim.clock.now()).toISOString(),
    cycles: options.cycles,
    ready: 0,
    failedClean: 0,
    dataLost: 0,
    billingUnknown: 0,
    inconsistent: 0,
    orphans: 0,
    duplicates: 0,
    releasePresses: 0,
    faults: 0,
    afterCreateFaults: Object.fromEntries(CREATE_ACTIONS.map((a) => [a, 0])),
    callsPerCycle: 0,
  };
  let work = 0;
  try {
    for (let cycle = 1; cycle <= options.cycles; cycle++) {
      const cycleStart = sim.clock.now();
      const journey = JOURNEYS[(cycle - 1) % JOURNEYS.length] as (typeof JOURNEYS)[number];
      // The guarantees, checked at every checkpoint of the journey.
      const held = new Set<string>();
      const deleted = new Set<string>();
      const unknown = new Set<string>();
      const lost = new Set<string>();
      const ctx: JourneyContext = {
        sim,
        api,
        h,
        say: (line) => say(`cycle ${cycle} (${journey}): ${line}`),
        soldOut: [firstZone],
        instanceType: TYPE,
        check: (label) => {
          for (const id of billingUnknown(sim, h.manager.records())) {
            if (!unknown.has(id)) say(`cycle ${cycle} (${journey}): ${id} billed, no session shows it (${label})`);
            unknown.add(id);
          }
          for (const lineage of dataLost(sim, held, deleted)) {
            if (!lost.has(lineage)) say(`cycle ${cycle} (${journey}): the data of ${lineage} is gone (${label})`);
            lost.add(lineage);
          }
        },
      };
      const session = await h.manager.launch(plan({ zoneId: firstZone }));
      const end = await untilPhase(s as never, h.manager, session.id, ['ready', 'failed'], 6 * 3600_000);
      ctx.check(end.phase);
      let consistent = true;
      const sessions = [session.id];
      let extra = { snapshots: 0, disks: 0 };
      if (end.phase === 'ready') {
        result.ready++;
        const lineage = lineageOf(h.journal.get(session.id));
        if (lineage) held.add(lineage);
        const presses = { count: 0 };
        const done = await runJourney(ctx, journey, end, presses);
        result.releasePresses += presses.count;
        consistent = done.consistent;
        sessions.push(...done.more);
        extra = done;
        if (done.userDeletedData && lineage) deleted.add(lineage);
        if (!done.consistent) say(`cycle ${cycle} (${journey}): did not end as the user meant`);
      } else {
        result.failedClean++;
        say(`cycle ${cycle}: failed (${end.error?.code}: ${end.error?.text.en})`);
      }
      ctx.check('end');
      result.billingUnknown += unknown.size;
      result.dataLost += lost.size;
      // What the user kept (a disk, a snapshot) they delete by name before the next cycle.
      await removeKeptData(api, h.manager, REGION, (ms) => sim.clock.sleep(ms));
      const left = leftovers(s as never);
      const orphans = Object.values(left).reduce((n, list) => n + list.length, 0);
      if (orphans > 0) {
        result.orphans += orphans;
        say(`cycle ${cycle}: left behind ${JSON.stringify(left)}`);
        if (end.phase === 'failed') result.failedClean--;
      }
      const attempts = sessions.flatMap((id) => h.manager.get(id).attempts);
      const made = createdSince(sim.events(), cycleStart);
      // A ready session was made of something: a record without its instance means the count is blind.
      if (end.phase === 'ready' && !made.some((c) => c.kind === 'instance')) consistent = false;
      // A launch makes its first zone's vSwitch before its first attempt: one that failed in between made it too.
      const firstZones = sessions.flatMap((id) => {
        const record = h.journal.get(id);
        return record?.candidates?.[record.attemptIndex]?.zoneId ?? [];
      });
      const twice = countDuplicates(made, [...attempts.map((a) => a.zoneId), ...firstZones], attempts.length, {
        snapshot: extra.snapshots,
        disk: extra.disks,
        sessions: sessions.length,
      });
      const duplicates = Object.values(twice).reduce((n, x) => n + x, 0);
      if (duplicates > 0) {
        result.duplicates += duplicates;
        say(`cycle ${cycle}: made twice ${JSON.stringify(twice)}`);
      }
      const report = sim.validate();
      const unreleased = sessions.filter((id) => h.manager.get(id).phase !== 'released');
      if (!report.ok || !consistent || (end.phase === 'ready' && unreleased.length > 0)) {
        result.inconsistent++;
        say(`cycle ${cycle}: inconsistent ${JSON.stringify(report.problems)}`);
      }
      const calls = sim.requests();
      result.faults += calls.filter((r) => r.fault !== '').length;
      for (const call of calls) {
        if (call.fault.endsWith('(after the action ran)') && call.action in result.afterCreateFaults) {
          result.afterCreateFaults[call.action] = (result.afterCreateFaults[call.action] ?? 0) + 1;
        }
      }
      options.onCycle?.(cycle, calls);
      sim.clearRequests();
      for (const id of sessions) work += h.manager.calls(id).work;
      if (cycle % 10 === 0) say(`${cycle}/${options.cycles} cycles`);
    }
  } finally {
    await h.manager.dispose();
    await time.stop();
    api.close();
    await sim.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
  result.callsPerCycle = Math.round((work / options.cycles) * 10) / 10;
  return result;
}

/**
 * A run passes with at least 90 % of its cycles ready, no data lost, no bill unseen, nothing
 * orphaned, duplicated or inconsistent.
 */
export function campaignPassed(result: CampaignResult): boolean {
  return (
    result.orphans + result.duplicates + result.inconsistent + result.dataLost + result.billingUnknown === 0 &&
    result.ready >= Math.ceil(result.cycles * 0.9)
  );
}
