import { afterEach, describe, expect, it } from 'vitest';
import type { MeterView } from '../../../src/shared/meter';
import type { OperationView, Plan, SessionView } from '../../../src/shared/session';
import { words } from '../../../src/shared/words';
import type { Message } from '../../../src/shared/words/message';
import { inStock, launchHarness, plan, untilPhase } from '../../support/launch-harness';
import { manualTicker, meterFor, simRatePerHour } from '../../support/meter-harness';
import { type SimApi, startSimApi } from '../aliyun/sim-api';

let s: SimApi;
afterEach(async () => {
  await s.close();
});

const HOUR = 3_600_000;

/** The operations seen in the session's changes, by kind: each state and step state it went through. */
function seen(changes: SessionView[], kind: OperationView['kind']) {
  const ops = changes.map((c) => c.operation).filter((o): o is OperationView => o?.kind === kind);
  return {
    states: [...new Set(ops.map((o) => o.state))],
    steps: (id: string) => [...new Set(ops.map((o) => o.steps.find((x) => x.id === id)?.state))],
    percents: ops.flatMap((o) => o.steps.map((x) => x.percent).filter((p): p is number => p !== undefined)),
    last: ops.at(-1),
  };
}

describe('stop, start and release as operations the window follows', () => {
  it('shows each step as it runs, a percentage where the cloud reports one, and ends with a notice', async () => {
    s = await startSimApi({ seed: 5 });
    inStock(s.sim);
    const h = launchHarness(s);
    const log: Message[] = [];
    h.deps.onLog = (_id, message) => log.push(message);
    const session = await h.manager.launch(plan());
    await untilPhase(s, h.manager, session.id, ['ready']);

    await h.manager.stop(session.id);
    const stop = seen(h.changes, 'stop');
    expect(stop.states).toEqual(['running', 'done']);
    expect(stop.steps('stopWait')).toEqual(['pending', 'running', 'done']);
    expect(stop.last?.steps.map((x) => x.id)).toEqual(['stopRequest', 'stopWait', 'stopBilling']);

    await h.manager.start(session.id);
    expect(seen(h.changes, 'start').last).toMatchObject({ state: 'done' });

    await h.manager.release(session.id, { snapshot: true, keepDisk: false });
    const release = seen(h.changes, 'release');
    expect(release.last?.steps.map((x) => [x.id, x.state])).toEqual([
      ['releaseInstance', 'done'],
      ['releaseAccess', 'done'],
      ['releaseSnapshot', 'done'],
      ['releasePrune', 'done'],
      ['releaseDisk', 'done'],
      ['releaseNetwork', 'done'],
    ]);
    // The snapshot's progress as the cloud reported it, on the step that waited for it.
    expect(release.percents.some((p) => p > 0 && p < 100)).toBe(true);
    expect(h.notices.map((n) => n.kind)).toEqual(['ready', 'stopped', 'started', 'released']);

    // Every log line is a message the window can word in both languages.
    expect(log.length).toBeGreaterThan(10);
    for (const m of log) expect(Object.keys(words), m.code).toContain(m.code);
  });

  it('a stop that fails ends as failed, keeps the session running, and says so', async () => {
    s = await startSimApi({ seed: 6 });
    inStock(s.sim);
    const h = launchHarness(s);
    const session = await h.manager.launch(plan());
    await untilPhase(s, h.manager, session.id, ['ready']);
    s.sim.faults.set({ rules: [{ kind: 'error', actions: ['StopInstance'], code: 'InvalidParameter', times: 1 }] });
    await expect(h.manager.stop(session.id)).rejects.toThrow();
    const after = h.manager.get(session.id);
    expect(after.phase).toBe('ready');
    expect(after.operation).toMatchObject({ kind: 'stop', state: 'failed' });
    expect(after.operation?.steps[0]?.state).toBe('failed');
    expect(h.notices.at(-1)?.kind).toBe('operationFailed');
  });
});

describe('money after the end', () => {
  async function meterOver(h: ReturnType<typeof launchHarness>) {
    const { ticker } = manualTicker();
    const ticks: MeterView[] = [];
    const meter = meterFor(s, async () => h.manager.records(), ticker, ticks);
    h.deps.onChange = () => void meter.update();
    return { meter, ticks };
  }

  it('after a release with a snapshot, the rate is the snapshot’s alone, as the cloud bills it', async () => {
    s = await startSimApi({ seed: 8 });
    inStock(s.sim);
    const h = launchHarness(s);
    const { meter } = await meterOver(h);
    const session = await h.manager.launch(plan());
    await untilPhase(s, h.manager, session.id, ['ready']);
    await s.sim.clock.sleep(20 * 60_000);
    const released = await h.manager.release(session.id, { snapshot: true, keepDisk: false });
    const snapshotId = released.resources.snapshotIds?.at(-1) as string;
    const cost = (await meter.view()).sessions.find((c) => c.sessionId === session.id);
    expect(simRatePerHour(s)).toBeGreaterThan(0);
    expect(cost?.perHourNow).toBeCloseTo(simRatePerHour(s), 6);
    expect(simRatePerHour(s, [snapshotId])).toBeCloseTo(simRatePerHour(s), 9);
    // The clock of a session that ended stands still.
    const before = cost?.elapsedMs;
    await s.sim.clock.sleep(HOUR);
    expect((await meter.view()).sessions.find((c) => c.sessionId === session.id)?.elapsedMs).toBe(before);
  });

  it('after a launch rolled back, nothing is billed and the total stops growing', async () => {
    s = await startSimApi({ seed: 9 });
    inStock(s.sim);
    const h = launchHarness(s);
    const { meter } = await meterOver(h);
    // The disk and the instance exist when attaching the disk fails for good.
    s.sim.faults.set({ rules: [{ kind: 'error', actions: ['AttachDisk'], code: 'InvalidParameter' }] });
    const session = await h.manager.launch(plan());
    const failed = await untilPhase(s, h.manager, session.id, ['failed']);
    expect(failed.steps.some((x) => x.state === 'running')).toBe(false);
    const cost = (await meter.view()).sessions.find((c) => c.sessionId === session.id);
    expect(cost?.costSoFar).toBeGreaterThan(0);
    expect(cost?.perHourNow).toBe(0);
    expect(simRatePerHour(s)).toBe(0);
    await s.sim.clock.sleep(HOUR);
    expect((await meter.view()).sessions.find((c) => c.sessionId === session.id)?.costSoFar).toBeCloseTo(
      cost?.costSoFar ?? -1,
      9,
    );
  });

  it('a cancelled launch marks the step it was in as cancelled, not failed', async () => {
    s = await startSimApi({ seed: 10 });
    inStock(s.sim);
    const h = launchHarness(s);
    const session = await h.manager.launch(plan());
    for (;;) {
      const view = h.manager.get(session.id);
      if (view.steps.find((x) => x.id === 'network')?.state === 'done') break;
      await s.sim.clock.sleep(200);
    }
    const cancelled = await h.manager.cancel(session.id);
    expect(cancelled.phase).toBe('cancelled');
    expect(cancelled.steps.some((x) => x.state === 'failed' || x.state === 'running')).toBe(false);
    expect(cancelled.steps.some((x) => x.state === 'cancelled')).toBe(true);
  });
});

describe('launching the last plan again', () => {
  it('brings back the kept disk, else the newest snapshot, else a new disk when they are gone', async () => {
    s = await startSimApi({ seed: 12 });
    inStock(s.sim);
    const h = launchHarness(s);
    const first = await h.manager.launch(plan({ name: 'thesis', disk: { kind: 'new', sizeGiB: 50 } }));
    await untilPhase(s, h.manager, first.id, ['ready']);
    const released = await h.manager.release(first.id, { snapshot: true, keepDisk: false });
    const snapshotId = released.resources.snapshotIds?.at(-1) as string;
    expect(await h.manager.lastLaunch()).toMatchObject({ name: 'thesis', disk: { kind: 'snapshot', snapshotId } });

    const second = await h.manager.launch((await h.manager.lastLaunch()) as Plan);
    const ready = await untilPhase(s, h.manager, second.id, ['ready']);
    await h.manager.release(second.id, { snapshot: false, keepDisk: true });
    const diskId = ready.resources.diskId as string;
    expect(await h.manager.lastLaunch()).toMatchObject({ disk: { kind: 'existing', diskId } });

    // The kept disk deleted (say on the Resources page): the plan falls back to its snapshot, then to a new disk.
    await s.api.deleteDisk({ regionId: 'us-west-1', diskId });
    expect(await h.manager.lastLaunch()).toMatchObject({ disk: { kind: 'snapshot', snapshotId } });
    await s.api.deleteSnapshot({ regionId: 'us-west-1', snapshotId, force: true });
    expect(await h.manager.lastLaunch()).toMatchObject({ disk: { kind: 'new' } });
  });
});
