import { describe, expect, it } from 'vitest';
import type { FaultRule } from '../../src/simulator';
import { popCore } from '../integration/simulator/support/pop-core-client';
import { stepTime } from './stepped-time';
import { startTestSimulator } from './test-simulator';

type Body = Record<string, string>;

/** A disk made and watched until Available, polling every half simulated second: what the watcher saw, and when. */
async function watchADisk(latency?: FaultRule) {
  const sim = await startTestSimulator({ seed: 5, faults: latency ? { rules: [latency] } : {} });
  const time = stepTime(sim);
  const ecs = popCore(sim, 'ecs');
  const seen: string[] = [];
  try {
    const start = sim.clock.now();
    const { DiskId } = await ecs.request<Body>('CreateDisk', {
      RegionId: 'us-west-1',
      ZoneId: 'us-west-1b',
      Size: 20,
      DiskCategory: 'cloud_essd',
    });
    for (;;) {
      const answer = await ecs.request<{ Disks: { Disk: Body[] } }>('DescribeDisks', {
        RegionId: 'us-west-1',
        DiskIds: JSON.stringify([DiskId]),
      });
      const status = answer.Disks.Disk[0]?.Status ?? 'missing';
      seen.push(`${sim.clock.now() - start} ${status}`);
      if (status === 'Available') break;
      await sim.clock.sleep(500);
    }
    return seen;
  } finally {
    await time.stop();
    await sim.close();
  }
}

describe('simulated time moved one event at a time', () => {
  it('gives the same run whatever the calls cost in wall time', async () => {
    const quick = await watchADisk();
    const slow = await watchADisk({ kind: 'latency', fixedMs: 15, jitterMs: 30 });
    expect(slow).toEqual(quick);
    // Created, then Available after the simulator's 3 simulated seconds, seen by the first poll after it.
    expect(quick[0]).toBe('0 Creating');
    expect(quick.at(-1)).toBe('3000 Available');
    expect(quick).toHaveLength(7);
  });

  it('does not move while a call of this process is open, even one the server never answers', async () => {
    const sim = await startTestSimulator({ seed: 5, faults: { rules: [{ kind: 'hang', times: 1 }] } });
    const time = stepTime(sim);
    const order: string[] = [];
    try {
      const before = sim.clock.now();
      const sleeper = sim.clock.sleep(60_000).then(() => order.push(`slept until +${sim.clock.now() - before}`));
      const hung = popCore(sim, 'ecs')
        .request('DescribeRegions', {}, { timeout: 300 })
        .catch(() => order.push(`gave up at +${sim.clock.now() - before}`));
      await Promise.all([sleeper, hung]);
      expect(order).toEqual(['gave up at +0', 'slept until +60000']);
      expect(time.steps()).toBeGreaterThan(0);
    } finally {
      await time.stop();
      await sim.close();
    }
    // Stopped, the clock stays where the last event left it.
    const stoppedAt = sim.clock.now();
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(sim.clock.now()).toBe(stoppedAt);
  });
});
