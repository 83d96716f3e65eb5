import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { anyDayPlan, blockOf, describeInstant, faketimeSpec, weekStart } from './plan';
import { simulatorSuites } from './suites';

const ROOT = resolve(__dirname, '../..');
const DAY = 86_400_000;
const monday = Date.parse('2026-12-07T00:00:00Z');

describe('the any-day plan', () => {
  it('starts the week on Monday 00:00 UTC', () => {
    expect(weekStart(Date.parse('2026-12-09T15:30:00Z'))).toBe(monday);
    expect(weekStart(monday)).toBe(monday);
    expect(weekStart(Date.parse('2026-12-13T23:59:59Z'))).toBe(monday);
    expect(weekStart(Date.parse('2026-12-14T00:00:00Z'))).toBe(monday + 7 * DAY);
  });

  it('moves the wall clock over the week and every 6-hour block, and the simulators elsewhere in time', () => {
    const runs = anyDayPlan(monday);
    expect(runs.length).toBeGreaterThanOrEqual(4);
    for (const run of runs) expect(run.wall - monday).toBeGreaterThanOrEqual(0);
    for (const run of runs) expect(run.wall - monday).toBeLessThan(7 * DAY);
    expect(new Set(runs.map((r) => Math.floor((r.wall - monday) / DAY))).size).toBeGreaterThanOrEqual(4);
    expect(new Set(runs.map((r) => blockOf(r.wall)))).toEqual(new Set(['00–06', '06–12', '12–18', '18–24']));
    // The first keeps the default test instant; the others start the simulators on other days, in every block.
    expect(runs[0]?.simulator).toBeUndefined();
    const moved = runs.slice(1).map((r) => r.simulator as number);
    expect(new Set(moved.map(blockOf)).size).toBeGreaterThanOrEqual(3);
    for (const [i, at] of moved.entries()) expect(Math.abs(at - (runs[i + 1]?.wall ?? 0))).toBeGreaterThan(DAY);
  });

  it('names instants for people and for faketime', () => {
    expect(describeInstant(Date.parse('2026-12-08T07:40:00Z'))).toBe('Tue 2026-12-08 07:40 UTC (block 06–12)');
    expect(faketimeSpec(Date.parse('2026-12-08T07:40:00Z'))).toBe('@2026-12-08 07:40:00');
  });
});

/** Every file of the project's own code and tests, relative to the root. */
function sources(dir: string): string[] {
  return readdirSync(join(ROOT, dir), { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sources(path);
    return /\.tsx?$/.test(entry.name) ? [path] : [];
  });
}
const callersOf = (call: string, dirs: string[]) =>
  dirs
    .flatMap(sources)
    .filter((file) => file !== relative(ROOT, __filename) && readFileSync(join(ROOT, file), 'utf8').includes(call))
    .map((file) => relative('.', file))
    .sort();

describe('time as an input of every test', () => {
  it('starts every simulator of the tests, scripts and benchmarks at the test instant', () => {
    // Only the test simulator calls the simulator's own start; the app's demo keeps the wall clock.
    expect(callersOf('startSimulator(', ['tests', 'scripts'])).toEqual(['tests/support/test-simulator.ts']);
    expect(callersOf('startSimulator(', ['src']).filter((f) => !f.startsWith('src/simulator/'))).toEqual([
      'src/main/cloud/demo-simulator.ts',
    ]);
    // Only the test of the demo's missing admin routes starts the app's own demo simulator; a
    // runtime a test builds is handed its simulator, or it would start the app's on the wall clock.
    expect(callersOf('startDemoSimulator(', ['tests', 'scripts'])).toEqual([
      'tests/integration/simulator/demo-no-admin.test.ts',
    ]);
    for (const file of callersOf('createNodeRuntime(', ['tests', 'scripts'])) {
      expect(readFileSync(join(ROOT, file), 'utf8'), file).toMatch(/fixedSimulator|demoSimulator/);
    }
  });

  it('finds the suites that start a simulator for npm run test:any-day', () => {
    const suites = simulatorSuites(ROOT);
    expect(suites).toEqual(
      expect.arrayContaining([
        'tests/integration/sessions/lifecycle.test.ts',
        'tests/integration/simulator/market.test.ts',
        'tests/integration/bridge.test.ts',
        'tests/integration/desktop/desktop-runtime.test.ts',
        'tests/integration/sessions/data-guarantee.test.ts',
      ]),
    );
    expect(suites).not.toContain('tests/integration/faults/duplicates.test.ts');
    expect(suites).not.toContain('tests/support/platform.test.ts');
  });
});
