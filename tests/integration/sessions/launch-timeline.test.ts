import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { BootstrapPort, ReportedPart } from '../../../src/main/sessions';
import type { StepPartView } from '../../../src/shared/session';
import { inStock, launchHarness, plan, untilPhase } from '../../support/launch-harness';
import { type SimApi, startSimApi } from '../aliyun/sim-api';

let s: SimApi;
beforeEach(async () => {
  s = await startSimApi({ seed: 29 });
  inStock(s.sim);
});
afterEach(async () => {
  await s.close();
});

/**
 * A bootstrap that reports its timeline as the real one does: the disk and the mirrors side by
 * side, the driver asking for a reboot, then the notebook; each part takes simulated time.
 */
function timedBootstrap(): BootstrapPort {
  return {
    async run(_session, target, hooks) {
      const parts: ReportedPart[] = [];
      const zero = s.sim.clock.now();
      const report = () => hooks.onTimeline?.(parts.map((p) => ({ ...p })));
      const begin = (id: string) => {
        parts.push({ id, state: 'running', startMs: s.sim.clock.now() - zero });
        report();
        return parts.length - 1;
      };
      const end = (i: number, state: ReportedPart['state'] = 'done') => {
        Object.assign(parts[i] as ReportedPart, { state, endMs: s.sim.clock.now() - zero });
        report();
      };
      const wait = (ms: number) => s.sim.clock.sleep(ms, hooks.signal);
      const connect = begin('connect');
      await wait(2_000);
      end(connect);
      const disk = begin('disk');
      const mirrors = begin('mirrors');
      await wait(1_000);
      end(mirrors, 'skipped');
      await wait(4_000);
      end(disk);
      const nvidia = begin('nvidia');
      await wait(3_000);
      const reboot = begin('reboot');
      await wait(20_000);
      end(reboot);
      end(nvidia);
      const notebook = begin('notebook');
      await wait(5_000);
      end(notebook);
      return { notebookUrl: `https://${target.host}:8888/`, fingerprint256: 'AA:BB' };
    },
  };
}

const ms = (from: string, to: string | undefined) => Date.parse(to ?? from) - Date.parse(from);

describe('the launch timeline in the journal', () => {
  it("keeps each bootstrap part's start and end, the reboot among them, beside the launch steps", async () => {
    const h = launchHarness(s);
    h.deps.bootstrap = timedBootstrap();
    const session = await h.manager.launch(plan({ name: 'timed' }));
    const ready = await untilPhase(s, h.manager, session.id, ['ready', 'failed']);
    expect(ready.error).toBeUndefined();

    const bootstrap = ready.steps.find((x) => x.id === 'bootstrap');
    const parts = bootstrap?.parts ?? [];
    expect(parts.map((p) => `${p.id}:${p.state}`)).toEqual([
      'connect:done',
      'disk:done',
      'mirrors:skipped',
      'nvidia:done',
      'reboot:done',
      'notebook:done',
    ]);
    const part = (id: string) => parts.find((p) => p.id === id) as StepPartView;
    // Durations on the session's clock (which the simulator runs fast, so at least what was slept).
    const took = (id: string) => ms(part(id).startedAt, part(id).endedAt);
    expect(took('connect')).toBeGreaterThanOrEqual(2_000);
    expect(took('disk')).toBeGreaterThanOrEqual(5_000);
    expect(took('reboot')).toBeGreaterThanOrEqual(20_000);
    // Side by side: the mirrors ran inside the disk's time.
    expect(Date.parse(part('mirrors').startedAt)).toBeGreaterThanOrEqual(Date.parse(part('disk').startedAt));
    expect(Date.parse(part('mirrors').endedAt as string)).toBeLessThan(Date.parse(part('disk').endedAt as string));
    // The parts start within the bootstrap step, which ends before the session is ready.
    expect(Date.parse(part('connect').startedAt)).toBeGreaterThanOrEqual(Date.parse(bootstrap?.startedAt as string));
    expect(Date.parse(ready.readyAt as string)).toBeGreaterThanOrEqual(Date.parse(bootstrap?.endedAt as string));

    // Written to the journal, not only held in memory.
    const stored = h.deps.journal.get(session.id);
    expect(stored?.steps.find((x) => x.id === 'bootstrap')).toMatchObject({ parts });
  });
});
