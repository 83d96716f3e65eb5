/**
 * `npm run test:crash [-- --kills 50] [--seed N] [--at ISO-time]`: Danlu killed with SIGKILL,
 * again and again. Each session (launch, then release once ready: every other one with a
 * snapshot, the others deleting the data) runs in a child process that is killed at random
 * moments — half of the kills while a create call is in flight on the simulator — and a fresh
 * process takes the session up from the journal. Every session must end released, or failed with
 * nothing left; nothing may be left behind or made twice; the user's data that was not deleted
 * must still exist (a disk or a complete snapshot: `dataLost`), and nothing may bill that no
 * session shows (`billingUnknown`). The last line printed is one JSON object; the exit code is 1
 * when anything is lost, unseen, orphaned, duplicated or inconsistent, when fewer kills than
 * asked happened or none inside a create, or when fewer than 80 % of the sessions ended released.
 * The simulator starts at `--at`, else at the test instant.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { silentLogger } from '../src/main/log/logger';
import { ensureLocalKey, SessionJournal } from '../src/main/sessions';
import type { Simulator } from '../src/simulator';
import { parseInstant } from '../tests/support/test-instant';
import { startTestSimulator } from '../tests/support/test-simulator';
import { countDuplicates, createdSince } from './faults/duplicates';
import { billingUnknown, dataLost, lineageOf } from './faults/guarantees';

const { values } = parseArgs({
  options: { kills: { type: 'string', default: '50' }, seed: { type: 'string', default: '5' }, at: { type: 'string' } },
});
const KILLS = Number(values.kills);
/** The create calls a kill may land in: the instance and the disk most often, they cost money. */
const TARGETS = [
  'RunInstances',
  'RunInstances',
  'CreateDisk',
  'CreateDisk',
  'CreateVSwitch',
  'CreateVpc',
  'CreateSecurityGroup',
  'ImportKeyPair',
  'CreateSnapshot',
];
/** A process that neither finishes nor gets killed within this long (wall) is stuck. */
const LIFE_LIMIT_MS = 5 * 60_000;

let seed = Number(values.seed);
/** Seeded, so a failing run can be replayed with the same --seed. */
function random(): number {
  seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
  return seed / 2_147_483_648;
}

interface Life {
  /** 'done' with the final phase, 'killed', or 'stuck'. */
  end: 'killed' | 'stuck' | { done: string };
  inCreate: boolean;
  /** The session was seen ready in this life: its disk then held the user's data. */
  ready: boolean;
}

/**
 * Runs one life of the worker; kills it (if `kill`) at a random moment, or inside the first call
 * of the create it names.
 */
function live(sim: Simulator, args: string[], kill: 'none' | 'random' | { inside: string }): Promise<Life> {
  return new Promise((resolve) => {
    const child: ChildProcess = spawn(process.execPath, ['--import', 'tsx', 'tests/crash/session-worker.ts', ...args], {
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let done: string | undefined;
    let ready = false;
    let killedInCreate = false;
    let out = '';
    child.stdout?.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const match = /\{"done":"(\w+)"/.exec(out);
      if (match) done = match[1];
      if (out.includes('{"releasing"')) ready = true;
    });
    const timers: NodeJS.Timeout[] = [];
    const killNow = (inCreate: boolean) => {
      if (child.exitCode !== null || done) return;
      killedInCreate = inCreate;
      child.kill('SIGKILL');
    };
    if (kill === 'random') timers.push(setTimeout(() => killNow(false), 200 + random() * 4_000));
    if (typeof kill === 'object') {
      const watch = setInterval(() => {
        if (sim.inFlight().some((c) => c.action === kill.inside)) {
          clearInterval(watch);
          // Somewhere inside the call: the injected latency keeps it open a while.
          timers.push(setTimeout(() => killNow(true), random() * 150));
        }
      }, 2);
      timers.push(watch);
    }
    const stuck = setTimeout(() => child.kill('SIGKILL'), LIFE_LIMIT_MS);
    child.on('exit', (_code, signal) => {
      for (const t of timers) clearTimeout(t);
      clearTimeout(stuck);
      const end = done ? { done } : signal === 'SIGKILL' && kill !== 'none' ? 'killed' : 'stuck';
      resolve({ end: end as Life['end'], inCreate: killedInCreate, ready });
    });
  });
}

function leftBehind(sim: Simulator): string[] {
  const r = sim.resources() as unknown as Record<string, Array<{ id: string }>>;
  return ['instances', 'disks', 'vpcs', 'vSwitches', 'securityGroups', 'keyPairs'].flatMap((k) =>
    (r[k] ?? []).map((x) => x.id),
  );
}

async function main() {
  const sim = await startTestSimulator({
    speed: 60,
    seed: Number(values.seed),
    startTime: values.at === undefined ? undefined : parseInstant(values.at, '--at'),
    assumptions: { spotStockOutageRate: 0 },
    // Create calls stay open a moment (wall time), so a kill can land inside one.
    faults: {
      rules: [
        {
          kind: 'latency',
          fixedMs: 150,
          jitterMs: 250,
          actions: [...new Set(TARGETS)],
        },
      ],
    },
  });
  const dataDir = mkdtempSync(join(tmpdir(), 'danlu-crash-'));
  const keyDir = join(dataDir, 'key');
  mkdirSync(keyDir, { recursive: true });
  ensureLocalKey(keyDir);
  const base = ['--endpoint', sim.endpoint, '--key-id', sim.accessKeyId, '--secret', sim.accessKeySecret];
  const result = {
    sessions: 0,
    kills: 0,
    killsInCreate: 0,
    released: 0,
    failedClean: 0,
    dataLost: 0,
    billingUnknown: 0,
    orphans: 0,
    duplicates: 0,
    inconsistent: 0,
  };

  for (let n = 1; result.kills < KILLS; n++) {
    const name = `crash-${n}`;
    // Every other session is released with a snapshot: its data must then outlive every kill.
    const snapshot = n % 2 === 0;
    const args = [
      ...base,
      ...['--data-dir', dataDir, '--key-dir', keyDir, '--name', name],
      ...(snapshot ? ['--snapshot'] : []),
    ];
    let heldData = false;
    const since = sim.clock.now();
    result.sessions++;
    // Up to four kills in this session, then it may finish.
    const planned = Math.min(1 + Math.floor(random() * 4), KILLS - result.kills);
    let final: string | undefined;
    for (let life = 0; !final; life++) {
      const inside = TARGETS[Math.floor(random() * TARGETS.length)] as string;
      const kill = life < planned ? (random() < 0.5 ? { inside } : 'random') : 'none';
      const outcome = await live(sim, [...args], kill);
      heldData ||= outcome.ready;
      if (outcome.end === 'stuck') {
        final = 'stuck';
      } else if (outcome.end === 'killed') {
        result.kills++;
        if (outcome.inCreate) result.killsInCreate++;
      } else {
        final = outcome.end.done;
      }
    }
    // What the journal says, once no process holds it.
    const journal = new SessionJournal(dataDir, silentLogger, () => new Date(sim.clock.now()));
    const record = journal.list().find((s) => s.name === name);
    const left = leftBehind(sim);
    const extra = countDuplicates(
      createdSince(sim.events(), since),
      (record?.attempts ?? []).map((a) => a.zoneId),
      record?.attempts.length ?? 0,
      { snapshot: snapshot ? 1 : 0 },
    );
    // Released with a snapshot, the data lives on in it; released without, the user deleted it.
    const lineage = lineageOf(record);
    const lost = heldData && lineage ? dataLost(sim, new Set([lineage]), new Set(snapshot ? [] : [lineage])) : [];
    const unseen = billingUnknown(sim, journal.list());
    result.dataLost += lost.length;
    result.billingUnknown += unseen.length;
    const duplicates = Object.values(extra).reduce((a, b) => a + b, 0);
    result.orphans += left.length;
    result.duplicates += duplicates;
    const clean = left.length === 0 && duplicates === 0 && lost.length + unseen.length === 0 && sim.validate().ok;
    if (final === 'released' && clean) result.released++;
    else if (final === 'failed' && clean) result.failedClean++;
    else {
      result.inconsistent++;
      console.error(
        `${name}: ended ${final}; left ${JSON.stringify(left)}; made twice ${JSON.stringify(extra)}; data lost ${JSON.stringify(lost)}; billed unseen ${JSON.stringify(unseen)}; ${JSON.stringify(record?.error ?? null)}`,
      );
    }
    console.log(`${name}: ${final} (${result.kills}/${KILLS} kills)`);
  }
  await sim.close();
  console.log(JSON.stringify(result));
  const releasedShare = result.released / result.sessions;
  if (result.killsInCreate === 0) console.error('no kill landed inside a create call');
  if (releasedShare < 0.8)
    console.error(`only ${result.released} of ${result.sessions} sessions ended released (80 % must)`);
  const bad =
    result.orphans + result.duplicates + result.inconsistent + result.dataLost + result.billingUnknown > 0 ||
    result.kills < KILLS ||
    result.killsInCreate === 0 ||
    releasedShare < 0.8;
  process.exit(bad ? 1 : 0);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
