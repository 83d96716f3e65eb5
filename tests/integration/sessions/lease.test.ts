import { describe, expect, it } from 'vitest';
import { renderMessage } from '../../../src/shared/words/message';
import { journalComputeSpans, ledgerComputeSpans, worstGapMs } from '../../support/billed-spans';
import { launchHarness, plan, untilPhase } from '../../support/launch-harness';
import { simPerTest } from '../../support/sim-per-test';
import type { SimApi } from '../aliyun/sim-api';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

const startSim = simPerTest();

/** The instance's automatic release time as the cloud reports it (to the minute), ms; NaN when none. */
async function cloudLease(sim: SimApi, instanceId: string): Promise<number> {
  const instance = (await sim.api.describeInstances({ regionId: 'us-west-1', instanceIds: [instanceId] })).instances[0];
  return instance?.autoReleaseTime ? Date.parse(instance.autoReleaseTime) : Number.NaN;
}

/** A simulator where new resources are listed at once and nothing is reclaimed: this is about the lease alone. */
function leaseCloud(seed: number, speed: number): Promise<SimApi> {
  return startSim(seed, { speed });
}

/** The session harness on that cloud (which turns every unkind behaviour on), then the two off. */
function harness(sim: SimApi) {
  const h = launchHarness(sim);
  sim.sim.unkind.update({ listingLagMs: [0, 0], spotCapacityReclaimsPerHour: 0 });
  return h;
}

/** A session launched and ready, with its instance and data disk. */
async function launched(sim: SimApi, h: ReturnType<typeof launchHarness>) {
  const session = await h.manager.launch(plan());
  const ready = await untilPhase(sim, h.manager, session.id, ['ready', 'failed']);
  expect(ready.phase).toBe('ready');
  return { session, ready, instanceId: ready.resources.instanceId as string, diskId: ready.resources.diskId as string };
}

/** The cloud released the instance and kept the data disk. */
async function expectReleasedKeeping(sim: SimApi, instanceId: string, diskId: string): Promise<void> {
  const { instances } = await sim.api.describeInstances({ regionId: 'us-west-1', instanceIds: [instanceId] });
  expect(instances).toEqual([]);
  const { disks } = await sim.api.describeDisks({ regionId: 'us-west-1', diskIds: [diskId] });
  expect(disks[0]?.status).toBe('Available');
}

describe('the lease: a release time every running instance carries, moved on while Danlu runs', () => {
  it('is set at launch, moved on while the app runs, and when Danlu stays away past it the cloud releases the instance, the data disk stays, and the next start says so', async () => {
    const sim = await leaseCloud(61, 30);
    const h = harness(sim);
    h.manager.resume();
    const { session, ready, instanceId, diskId } = await launched(sim, h);

    // Created with a lease the default 12 hours ahead, the same one the journal keeps.
    const atLaunch = await cloudLease(sim, instanceId);
    expect(atLaunch - Date.parse(ready.createdAt)).toBeGreaterThan(12 * HOUR - 5 * MINUTE);
    expect(atLaunch - Date.parse(ready.createdAt)).toBeLessThan(12 * HOUR + 5 * MINUTE);
    expect(Date.parse(h.manager.get(session.id).leaseUntil ?? '')).toBe(atLaunch);

    // While the app runs it moves the lease on, every few minutes.
    sim.sim.clock.setSpeed(600);
    await sim.sim.clock.sleep(40 * MINUTE);
    const moved = await cloudLease(sim, instanceId);
    expect(moved - atLaunch).toBeGreaterThanOrEqual(30 * MINUTE);
    expect(Date.parse(h.manager.get(session.id).leaseUntil ?? '')).toBe(moved);

    // The laptop is closed: Danlu is gone, the cloud's time runs on past the lease.
    await h.manager.dispose();
    sim.sim.clock.setSpeed(0);
    await sim.sim.clock.advance(moved - sim.sim.clock.now() + 10 * MINUTE);
    await expectReleasedKeeping(sim, instanceId, diskId);

    // Danlu starts again and tells what happened: released by its lease, not reclaimed.
    sim.sim.clock.setSpeed(30);
    const lines: string[] = [];
    h.deps.onLog = (_id, message) => lines.push(renderMessage(message, 'en'));
    const after = h.restart();
    after.resume();
    const gone = await untilPhase(sim, after, session.id, ['interrupted'], 10 * MINUTE);
    expect(gone.goneBy).toBe('lease');
    expect(Date.parse(gone.goneAt ?? '')).toBe(moved);
    expect(gone.resources.diskId).toBe(diskId);
    expect(lines.some((l) => l.includes('when its lease ended') && l.includes(diskId))).toBe(true);
    expect(h.notices.at(-1)).toMatchObject({ kind: 'leaseEnded', session: { id: session.id } });
    // Compute was billed until the lease ended, as the cloud billed it.
    const record = after.records().find((r) => r.id === session.id);
    expect(
      worstGapMs(journalComputeSpans(record, sim.sim.clock.now()), ledgerComputeSpans(sim, instanceId)),
    ).toBeLessThanOrEqual(5000);

    // Recover carries on with the same data disk.
    const next = await after.recover(session.id);
    const again = await untilPhase(sim, after, next.id, ['ready', 'failed']);
    expect(again.phase).toBe('ready');
    expect(again.resources.diskId).toBe(diskId);
    await after.dispose();
  }, 60_000);

  it('is lifted while the session is stopped in economical mode, and set again at its start', async () => {
    const sim = await leaseCloud(62, 60);
    const h = harness(sim);
    h.deps.leaseHours = () => 3;
    const session = await h.manager.launch(plan());
    const ready = await untilPhase(sim, h.manager, session.id, ['ready', 'failed']);
    const instanceId = ready.resources.instanceId as string;
    expect((await cloudLease(sim, instanceId)) - Date.parse(ready.createdAt)).toBeLessThan(3 * HOUR + 5 * MINUTE);

    const stopped = await h.manager.stop(session.id);
    expect(stopped.billingStopped).toBe(true);
    expect(await cloudLease(sim, instanceId)).toBeNaN();
    expect(stopped.leaseUntil).toBeUndefined();
    // Stopped for longer than a lease: nothing releases it.
    sim.sim.clock.setSpeed(0);
    await sim.sim.clock.advance(5 * HOUR);
    sim.sim.clock.setSpeed(60);

    const started = await h.manager.start(session.id);
    const lease = await cloudLease(sim, instanceId);
    expect(lease - sim.sim.clock.now()).toBeGreaterThan(3 * HOUR - 5 * MINUTE);
    expect(Date.parse(started.leaseUntil ?? '')).toBe(lease);
    await h.manager.dispose();
  });

  it('ends the GPU bill of an idle power-off while Danlu is away: the cloud releases the stopped instance at the lease, and the next start says so', async () => {
    const sim = await leaseCloud(63, 30);
    const h = harness(sim);
    h.deps.leaseHours = () => 2;
    const { session, instanceId, diskId } = await launched(sim, h);
    const lease = await cloudLease(sim, instanceId);
    expect(Date.parse(h.manager.get(session.id).leaseUntil ?? '')).toBe(lease);

    // The laptop is closed; later the idle watchdog powers the machine off: standard mode, GPU billed.
    await h.manager.dispose();
    sim.sim.clock.setSpeed(0);
    await sim.sim.clock.advance(30 * MINUTE);
    expect(sim.sim.osShutdown(instanceId)).toMatchObject({ status: 'Stopped', stoppedMode: 'KeepCharging' });
    await sim.sim.clock.advance(lease - sim.sim.clock.now() + 20 * MINUTE);

    // The lease ended the bill: the instance is gone at its end, the data disk stays.
    await expectReleasedKeeping(sim, instanceId, diskId);
    const ledger = ledgerComputeSpans(sim, instanceId);
    expect(ledger).toHaveLength(1);
    expect(Math.abs((ledger[0]?.[1] ?? 0) - lease)).toBeLessThanOrEqual(1000);

    // Danlu starts again: released by its lease, compute billed through the stop until then.
    sim.sim.clock.setSpeed(30);
    const after = h.restart();
    after.resume();
    const gone = await untilPhase(sim, after, session.id, ['interrupted'], 10 * MINUTE);
    expect(gone.goneBy).toBe('lease');
    expect(gone.resources.diskId).toBe(diskId);
    expect(h.notices.at(-1)).toMatchObject({ kind: 'leaseEnded', session: { id: session.id } });
    const record = after.records().find((r) => r.id === session.id);
    expect(worstGapMs(journalComputeSpans(record, sim.sim.clock.now()), ledger)).toBeLessThanOrEqual(5000);
    await after.dispose();
  }, 60_000);
});
