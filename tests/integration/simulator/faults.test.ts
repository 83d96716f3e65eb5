import { afterAll, afterEach, beforeAll, expect, it } from 'vitest';
import type { Simulator } from '../../../src/simulator/index';
import { startTestSimulator } from '../../support/test-simulator';
import { popCore } from './support/pop-core-client';
import { START } from './support/sim-time';

// What a client sees for each kind of injected fault.
let sim: Simulator;
let ecs: ReturnType<typeof popCore>;
const R = 'us-west-1';

beforeAll(async () => {
  sim = await startTestSimulator({ seed: 4, speed: 0, startTime: START });
  ecs = popCore(sim, 'ecs');
});
afterEach(() => sim.faults.clear());
afterAll(async () => sim?.close());

const failure = async (run: Promise<unknown>) => {
  try {
    await run;
  } catch (error) {
    return error as Record<string, unknown> & { code?: string; name?: string; message?: string };
  }
  throw new Error('the call succeeded');
};

it('injects errors by action and code, a limited number of times', async () => {
  sim.faults.set({ rules: [{ kind: 'error', actions: ['DescribeZones'], code: 'ServiceUnavailable', times: 2 }] });
  for (let i = 0; i < 2; i++) {
    const e = await failure(ecs.request('DescribeZones', { RegionId: R }));
    expect([e.code, (e.entry as { response: { statusCode: number } }).response.statusCode]).toEqual([
      'ServiceUnavailable',
      503,
    ]);
  }
  await expect(ecs.request('DescribeZones', { RegionId: R })).resolves.toBeDefined();
  await expect(ecs.request('DescribeRegions', {})).resolves.toBeDefined();
});

it('serves gateway pages and non-JSON bodies that pop-core cannot parse', async () => {
  sim.faults.set({
    rules: [
      { kind: 'http5xx', status: 502, body: 'html', times: 1 },
      { kind: 'nonJson', body: '', times: 1 },
    ],
  });
  const html = await failure(ecs.request('DescribeRegions', {}));
  expect(html.name).toBe('SyntaxError');
  expect(html instanceof Error).toBe(false);
  const empty = await failure(ecs.request('DescribeRegions', {}));
  expect(empty.name).toBe('SyntaxError');
});

it('holds a request until the client gives up, and resets connections', async () => {
  sim.faults.set({
    rules: [
      { kind: 'hang', times: 1 },
      { kind: 'reset', times: 1 },
    ],
  });
  const hung = await failure(ecs.request('DescribeRegions', {}, { timeout: 300 }));
  expect(hung.name).toBe('RequestTimeoutError');
  const reset = await failure(ecs.request('DescribeRegions', {}, { timeout: 2_000 }));
  expect(String(reset.code)).toMatch(/ECONNRESET|socket hang up/i);
});

it('adds latency (fixed plus jitter) in wall time', async () => {
  const quiet = performance.now();
  await ecs.request('DescribeRegions', {});
  const baseline = performance.now() - quiet;
  sim.faults.set({ rules: [{ kind: 'latency', fixedMs: 200, jitterMs: 50 }] });
  const slow = performance.now();
  await ecs.request('DescribeRegions', {});
  expect(performance.now() - slow).toBeGreaterThanOrEqual(baseline + 180);
});

it('can lose the answer after the action ran, which a ClientToken retry then recovers', async () => {
  sim.faults.set({ rules: [{ kind: 'http5xx', status: 500, actions: ['CreateDisk'], phase: 'after', times: 1 }] });
  const params = {
    RegionId: R,
    ZoneId: 'us-west-1a',
    DiskCategory: 'cloud_essd',
    Size: 20,
    ClientToken: 'lost-answer',
  };
  const lost = await failure(ecs.request('CreateDisk', params));
  expect(lost.code).toBe('InternalError');
  expect(sim.resources().disks).toHaveLength(1);
  const retried = await ecs.request<{ DiskId: string }>('CreateDisk', params);
  expect(retried.DiskId).toBe(sim.resources().disks[0]?.id);
  expect(sim.resources().disks).toHaveLength(1);
});

it('applies a rate by action and region', async () => {
  sim.faults.set({
    rules: [{ kind: 'error', code: ['InternalError', 'Throttling.User'], rate: 0.5, regions: ['cn-beijing'] }],
  });
  const results = await Promise.allSettled(
    Array.from({ length: 40 }, () => ecs.request('DescribeZones', { RegionId: 'cn-beijing' })),
  );
  const failed = results.filter((r) => r.status === 'rejected').length;
  expect(failed).toBeGreaterThan(8);
  expect(failed).toBeLessThan(32);
  await expect(ecs.request('DescribeZones', { RegionId: R })).resolves.toBeDefined();
});

it('draws the faults of a seed per action and region, whatever order calls of different actions arrive in', async () => {
  const rules = { rules: [{ kind: 'error' as const, code: ['Throttling.User', 'ServiceUnavailable'], rate: 0.5 }] };
  const outcomes = async (order: string[]) => {
    const other = await startTestSimulator({ seed: 4, speed: 0, faults: rules });
    const client = popCore(other, 'ecs');
    const seen: Record<string, string[]> = { DescribeZones: [], DescribeRegions: [] };
    try {
      for (const action of order) {
        const answer = await client.request(action, { RegionId: R }).then(
          () => 'ok',
          (e: { code?: string }) => e.code ?? 'failed',
        );
        seen[action]?.push(answer);
      }
    } finally {
      await other.close();
    }
    return seen;
  };
  const interleaved = await outcomes(
    Array.from({ length: 24 }, (_, i) => (i % 2 === 0 ? 'DescribeZones' : 'DescribeRegions')),
  );
  const oneThenOther = await outcomes([...Array(12).fill('DescribeRegions'), ...Array(12).fill('DescribeZones')]);
  expect(oneThenOther).toEqual(interleaved);
  // The draws do fault some calls and spare others, with the listed codes.
  const all = Object.values(interleaved).flat();
  expect(all).toContain('ok');
  expect(all.filter((a) => a !== 'ok').every((a) => a === 'Throttling.User' || a === 'ServiceUnavailable')).toBe(true);
  expect(all.filter((a) => a !== 'ok').length).toBeGreaterThan(0);
});
