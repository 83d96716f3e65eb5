import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { launchHarnessOn, leftovers, plan, UNKIND_FOR_SESSIONS, untilPhase } from '../../support/launch-harness';
import { simPerTest, withAction } from '../../support/sim-per-test';

const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;
const startSim = simPerTest();

describe('a create a crash cut short is sent again as it was first sent', () => {
  it('a release snapshot whose answer was lost, resumed the next day, is the same request: one snapshot, named for the day it was asked', async () => {
    const sim = await startSim(71, { speed: 120 });
    sim.sim.unkind.set({ ...UNKIND_FOR_SESSIONS, spotCapacityReclaimsPerHour: 0 });
    let crash: (() => void) | undefined;
    const names: string[] = [];
    // The process dies the moment the cloud has taken the snapshot: its answer never reaches the journal.
    const dying = withAction(sim.api, 'createSnapshot', (real) => async (input, options) => {
      names.push(input.snapshotName ?? '');
      await real(input, options);
      crash?.();
      throw new Error('the process died');
    });
    const h = launchHarnessOn({ api: dying, clock: sim.sim.clock }, mkdtempSync(join(tmpdir(), 'danlu-again-')));
    crash = () => void h.manager.dispose();
    const session = await h.manager.launch(plan());
    expect((await untilPhase(sim, h.manager, session.id, ['ready', 'failed'])).phase).toBe('ready');
    await h.manager.release(session.id, { snapshot: true, keepDisk: false }).catch(() => undefined);
    await h.manager.settled(session.id);
    expect(h.journal.get(session.id)?.phase).toBe('releasing');
    expect(leftovers(sim).snapshots).toHaveLength(1);

    // The app comes back after midnight (UTC): a name made now would carry another day.
    sim.sim.clock.setSpeed(0);
    await sim.sim.clock.advance(DAY - (sim.sim.clock.now() % DAY) + 5 * MINUTE);
    sim.sim.clock.setSpeed(120);
    const refused: string[] = [];
    const watched = withAction(sim.api, 'createSnapshot', (real) => async (input, options) => {
      names.push(input.snapshotName ?? '');
      return real(input, options).catch((error: unknown) => {
        refused.push(String((error as { cloudCode?: string }).cloudCode));
        throw error;
      });
    });
    const after = h.restart({ api: watched });
    expect(after.resume()).toEqual([session.id]);
    const end = await untilPhase(sim, after, session.id, ['released', 'failed'], 30 * MINUTE);
    expect(refused).toEqual([]);
    expect(end.phase).toBe('released');
    expect(names).toHaveLength(2);
    expect(names[1]).toBe(names[0]);
    const snapshots = leftovers(sim).snapshots;
    expect(snapshots).toHaveLength(1);
    expect(leftovers(sim).instances).toEqual([]);
    await after.dispose();
  }, 60_000);
});
