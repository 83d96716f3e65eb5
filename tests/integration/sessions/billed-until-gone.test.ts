import { describe, expect, it } from 'vitest';
import { trayModel } from '../../../src/main/desktop/tray-model';
import type { SessionView } from '../../../src/shared/session';
import { launchHarness, leftovers, plan, untilPhase } from '../../support/launch-harness';
import { simPerTest } from '../../support/sim-per-test';
import type { SimApi } from '../aliyun/sim-api';

const MINUTE = 60_000;
const startSim = simPerTest();

/** Instances the simulator still holds (and bills). */
const instancesNow = (sim: SimApi) => leftovers(sim).instances.map((i) => i.id as string);

/**
 * A launch that fails right after its instance runs (attaching the disk is refused for good),
 * on a cloud that refuses DeleteInstance for the instance's first minute and a half.
 */
async function failingRightAfterRunning(seed: number) {
  const sim = await startSim(seed);
  const h = launchHarness(sim);
  sim.sim.unkind.update({ deleteRefusedAfterRunningMs: 90_000 });
  sim.sim.faults.addRule({ kind: 'error', actions: ['AttachDisk'], code: 'InvalidParameter' });
  // What the window showed while the instance existed: every change is kept with what the cloud held then.
  const seen: Array<{ view: SessionView; instances: string[] }> = [];
  const onChange = h.deps.onChange;
  h.deps.onChange = (view) => {
    onChange(view);
    seen.push({ view, instances: instancesNow(sim) });
  };
  return { sim, h, seen };
}

/** While the cloud held the instance, the session never said anything but that it bills. */
function expectBilledWhileItExisted(seen: Array<{ view: SessionView; instances: string[] }>, id: string) {
  const mine = seen.filter((x) => x.view.id === id);
  const existing = mine.filter((x) => x.instances.length > 0 && x.view.phase !== 'launching');
  expect(existing.length).toBeGreaterThan(0);
  for (const { view } of existing) {
    expect(view.phase).toBe('releasing');
    expect(view.stillBilled).toBe(true);
  }
}

describe('an instance is shown billing until the cloud confirms it gone', () => {
  it('a rollback whose DeleteInstance is refused for a minute says "releasing — still billed", then ends with nothing billed', async () => {
    const { sim, h, seen } = await failingRightAfterRunning(51);
    const session = await h.manager.launch(plan());
    const releasing = await untilPhase(sim, h.manager, session.id, ['releasing', 'failed']);
    expect(releasing.phase).toBe('releasing');
    const billed = h.manager.get(session.id);
    expect(billed.stillBilled).toBe(true);
    // The tray says so in both languages, with the GPU's figures.
    expect(trayModel({ session: billed, cost: null, hasLastPlan: true, demo: false }, 'en').tooltip).toContain(
      'Releasing — still billed',
    );
    expect(trayModel({ session: billed, cost: null, hasLastPlan: true, demo: false }, 'zh-CN').tooltip).toContain(
      '释放中——仍在计费',
    );
    const failed = await untilPhase(sim, h.manager, session.id, ['failed'], 30 * MINUTE);
    expect(failed.error?.cloudCode).toBe('InvalidParameter');
    expect(failed.stillBilled).toBeUndefined();
    expect(instancesNow(sim)).toEqual([]);
    expect(h.journal.get(session.id)?.billing?.compute.every((c) => c.to)).toBe(true);
    expectBilledWhileItExisted(seen, session.id);
    // The refusals were asked again, not given up on after a few seconds.
    const refused = sim.events.filter(
      (e) => e.action === 'DeleteInstance' && e.code?.startsWith('IncorrectInstanceStatus'),
    );
    expect(refused.length).toBeGreaterThan(1);
  });

  it('across an app restart: the next start takes the undo up and ends it released', async () => {
    const { sim, h, seen } = await failingRightAfterRunning(52);
    const session = await h.manager.launch(plan());
    for (;;) {
      const view = h.manager.get(session.id);
      if (view.phase === 'releasing' && view.stillBilled) break;
      await sim.sim.clock.sleep(500);
    }
    // The app quits (or dies) while the cloud still refuses: the journal says the undo is under way.
    await h.manager.dispose();
    expect(h.journal.get(session.id)?.phase).toBe('releasing');
    expect(instancesNow(sim).length).toBe(1);
    const after = h.restart();
    expect(after.resume()).toEqual([session.id]);
    expect(after.get(session.id)).toMatchObject({ phase: 'releasing', stillBilled: true });
    const failed = await untilPhase(sim, after, session.id, ['failed'], 30 * MINUTE);
    expect(failed.error?.cloudCode).toBe('InvalidParameter');
    expect(instancesNow(sim)).toEqual([]);
    expectBilledWhileItExisted(seen, session.id);
    await after.dispose();
  });

  it('a release refused for a while stays releasing and billed, and ends released', async () => {
    const sim = await startSim(50);
    const h = launchHarness(sim);
    const session = await h.manager.launch(plan());
    await untilPhase(sim, h.manager, session.id, ['ready']);
    sim.sim.faults.addRule({
      kind: 'error',
      actions: ['DeleteInstance'],
      code: 'IncorrectInstanceStatus.Initializing',
      times: 6,
    });
    const released = await h.manager.release(session.id, { snapshot: false, keepDisk: false });
    expect(released.phase).toBe('released');
    expect(instancesNow(sim)).toEqual([]);
  });
});
