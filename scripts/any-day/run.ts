/**
 * `npm run test:any-day [-- --week 2026-12-07] [--only 2,4] [--cycles 3]`: the suites that start a
 * simulator (every vitest file that does, and a short fault campaign) with the wall clock moved,
 * by Debian's `faketime`, to five instants spread over a week and over the four 6-hour blocks of
 * the seeded market, and with the simulators' start instant (DANLU_TEST_INSTANT) moved too. It
 * prints what ran at each instant and how it ended, and exits 1 if anything failed at any of
 * them, naming the command that replays it. The week defaults to the current one (its Monday,
 * UTC); `--only` picks runs by number.
 */
import { spawn } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { TEST_INSTANT_VARIABLE } from '../../tests/support/test-instant';
import { type AnyDayRun, anyDayPlan, describeInstant, faketimeSpec, weekStart } from './plan';
import { simulatorSuites } from './suites';

const ROOT = resolve(__dirname, '../..');
const OUT = join(ROOT, 'test-results', 'any-day');

const { values } = parseArgs({
  options: {
    week: { type: 'string' },
    only: { type: 'string' },
    cycles: { type: 'string', default: '3' },
  },
});

/** Runs a command under the moved wall clock (and the run's simulator instant); its output goes to `log`. */
function underFaketime(run: AnyDayRun, command: string[], log: string): Promise<{ ok: boolean; stdout: string }> {
  const env: NodeJS.ProcessEnv = { ...process.env, TZ: 'UTC', FAKETIME_DONT_FAKE_MONOTONIC: '1' };
  if (run.simulator === undefined) delete env[TEST_INSTANT_VARIABLE];
  else env[TEST_INSTANT_VARIABLE] = new Date(run.simulator).toISOString();
  return new Promise((done, fail) => {
    const child = spawn('faketime', ['-f', faketimeSpec(run.wall), ...command], {
      cwd: ROOT,
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let all = '';
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
      all += chunk.toString();
    });
    child.stderr.on('data', (chunk: Buffer) => {
      all += chunk.toString();
    });
    child.on('error', fail);
    child.on('close', (code) => {
      writeFileSync(log, all);
      done({ ok: code === 0, stdout });
    });
  });
}

/** The command that replays one run by hand. */
function replay(run: AnyDayRun, command: string[]): string {
  const instant =
    run.simulator === undefined ? '' : `${TEST_INSTANT_VARIABLE}=${new Date(run.simulator).toISOString()} `;
  return `TZ=UTC FAKETIME_DONT_FAKE_MONOTONIC=1 ${instant}faketime -f '${faketimeSpec(run.wall)}' ${command.join(' ')}`;
}

interface VitestReport {
  numTotalTests: number;
  numPassedTests: number;
  numFailedTests: number;
  numPendingTests: number;
  testResults: Array<{ name: string; status: string; assertionResults: Array<{ status: string; fullName: string }> }>;
}

async function vitestAt(run: AnyDayRun, index: number, files: string[]): Promise<{ ok: boolean; line: string }> {
  const report = join(OUT, `run-${index}-vitest.json`);
  rmSync(report, { force: true });
  const command = [
    'npx',
    'vitest',
    'run',
    '--reporter=dot',
    '--reporter=json',
    `--outputFile.json=${report}`,
    ...files,
  ];
  const started = performance.now();
  const outcome = await underFaketime(run, command, join(OUT, `run-${index}-vitest.log`));
  const took = seconds(performance.now() - started);
  let parsed: VitestReport | undefined;
  try {
    parsed = JSON.parse(readFileSync(report, 'utf8')) as VitestReport;
  } catch {
    return { ok: false, line: `vitest wrote no report (${took}); see ${join(OUT, `run-${index}-vitest.log`)}` };
  }
  const fileOf = (name: string) => relative(ROOT, name);
  const failed = parsed.testResults.flatMap((f) =>
    f.assertionResults.filter((a) => a.status === 'failed').map((a) => `${fileOf(f.name)} › ${a.fullName}`),
  );
  const failedFiles = parsed.testResults.filter((f) => f.status === 'failed').map((f) => fileOf(f.name));
  const ok = outcome.ok && parsed.numFailedTests === 0 && parsed.numTotalTests > 0;
  const counts = `${files.length} files, ${parsed.numPassedTests} of ${parsed.numTotalTests} tests passed`;
  const skipped = parsed.numPendingTests > 0 ? `, ${parsed.numPendingTests} skipped` : '';
  const lines = [`vitest: ${counts}${skipped} (${took})`, ...failed.map((f) => `    failed: ${f}`)];
  if (!ok)
    lines.push(`    replay: ${replay(run, ['npx', 'vitest', 'run', ...(failedFiles.length ? failedFiles : files)])}`);
  return { ok, line: lines.join('\n') };
}

async function campaignAt(run: AnyDayRun, index: number, seed: number, cycles: number, twice: boolean) {
  const command = ['npx', 'tsx', 'scripts/test-faults.ts', '--cycles', String(cycles), '--seed', String(seed)];
  const started = performance.now();
  const first = await underFaketime(run, command, join(OUT, `run-${index}-faults.log`));
  const json = first.stdout.trim().split('\n').at(-1) ?? '';
  const lines = [`faults: ${json || 'no result'} (${seconds(performance.now() - started)})`];
  let ok = first.ok;
  if (twice) {
    const second = await underFaketime(run, command, join(OUT, `run-${index}-faults-again.log`));
    const again = second.stdout.trim().split('\n').at(-1) ?? '';
    const same = again === json && json !== '';
    lines.push(same ? '    the same seed printed the same JSON on a second run' : `    a second run printed ${again}`);
    ok = ok && second.ok && same;
  }
  if (!ok) lines.push(`    replay: ${replay(run, command)}`);
  return { ok, line: lines.join('\n') };
}

function seconds(ms: number): string {
  const s = Math.round(ms / 1000);
  return s >= 60 ? `${Math.floor(s / 60)} min ${s % 60} s` : `${s} s`;
}

async function main() {
  const which = await new Promise<boolean>((found) => {
    spawn('faketime', ['-f', '+0', 'true'], { stdio: 'ignore' })
      .on('error', () => found(false))
      .on('close', (code) => found(code === 0));
  });
  if (!which) throw new Error('faketime is missing: install the Debian package `faketime` (`.ci/run` does)');
  const monday = weekStart(values.week ? Date.parse(`${values.week}T00:00:00Z`) : Date.now());
  if (!Number.isFinite(monday)) throw new Error(`--week needs a date such as 2026-12-07, got "${values.week}"`);
  const cycles = Number(values.cycles);
  const plan = anyDayPlan(monday);
  const only = values.only ? values.only.split(',').map((n) => Number(n.trim())) : plan.map((_, i) => i + 1);
  const files = simulatorSuites(ROOT);
  rmSync(OUT, { recursive: true, force: true });
  mkdirSync(OUT, { recursive: true });
  console.log(`any-day: ${only.length} of ${plan.length} runs, week of ${new Date(monday).toISOString().slice(0, 10)}`);
  console.log(`  each: ${files.length} vitest files that start a simulator, and ${cycles} fault-campaign cycles`);

  const started = performance.now();
  const summary: string[] = [];
  let failures = 0;
  for (const number of only) {
    const run = plan[number - 1];
    if (!run) throw new Error(`--only: there is no run ${number} (1–${plan.length})`);
    const simulator =
      run.simulator === undefined
        ? `the default test instant`
        : `${describeInstant(run.simulator)} (${TEST_INSTANT_VARIABLE})`;
    const head = `[${number}/${plan.length}] wall clock ${describeInstant(run.wall)} · simulators from ${simulator}`;
    console.log(`\n${head}`);
    const tests = await vitestAt(run, number, files);
    const campaign = await campaignAt(run, number, 20 + number, cycles, number === only[0]);
    const ok = tests.ok && campaign.ok;
    if (!ok) failures++;
    const block = [`${ok ? 'passed' : 'FAILED'} ${head}`, `    ${tests.line}`, `    ${campaign.line}`].join('\n');
    console.log(block);
    summary.push(block);
  }
  console.log(`\n==== any-day summary (${seconds(performance.now() - started)}) ====\n${summary.join('\n')}`);
  if (failures > 0) {
    console.error(`any-day: ${failures} of ${only.length} runs failed`);
    process.exit(1);
  }
  console.log(`any-day: all ${only.length} runs passed`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
