import { describe, expect, it } from 'vitest';
import { DEMO_SPEED, startDemoSimulator } from '../../../src/main/cloud/demo-simulator';
import { startTestSimulator } from '../../support/test-simulator';

describe("the app's demo simulator", () => {
  it('serves no admin routes: another process on the machine cannot read or change the demo account', async () => {
    const demo = await startDemoSimulator();
    try {
      for (const path of ['/_sim', '/_sim/resources', '/_sim/faults', '/_sim/ledger']) {
        const answer = await fetch(`${demo.endpoint}${path}`, { method: path === '/_sim/faults' ? 'POST' : 'GET' });
        expect(answer.status, path).toBe(404);
      }
    } finally {
      await demo.close?.();
    }
  });

  it('runs its clock DEMO_SPEED times faster than real time, and says so to the window', async () => {
    const demo = await startDemoSimulator({ startTime: Date.UTC(2026, 5, 1, 8) });
    try {
      expect(demo.speed?.()).toBe(DEMO_SPEED);
      const wall = performance.now();
      const cloud = demo.clock.now();
      await new Promise((resolve) => setTimeout(resolve, 200));
      const ratio = (demo.clock.now() - cloud) / (performance.now() - wall);
      expect(ratio).toBeGreaterThan(DEMO_SPEED * 0.9);
      expect(ratio).toBeLessThan(DEMO_SPEED * 1.1);
    } finally {
      await demo.close?.();
    }
  });

  it('while a simulator a test starts keeps them', async () => {
    const sim = await startTestSimulator({ seed: 1 });
    try {
      expect((await fetch(`${sim.admin}/resources`)).status).toBe(200);
    } finally {
      await sim.close();
    }
  });
});
