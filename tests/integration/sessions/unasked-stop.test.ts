import { describe, expect, it } from 'vitest';
import type { KeepChargingStop } from '../../../src/shared/contract';
import type { MeterView } from '../../../src/shared/meter';
import type { PlanInput } from '../../../src/shared/session';
import { renderMessage } from '../../../src/shared/words/message';
import type { Unkindness } from '../../../src/simulator';
import { journalComputeSpans, ledgerComputeSpans, worstGapMs } from '../../support/billed-spans';
import { inStock, launchHarness, plan, untilPhase } from '../../support/launch-harness';
import { manualTicker, meterFor, simRatePerHour } from '../../support/meter-harness';
import { simPerTest } from '../../support/sim-per-test';
import type { SimApi } from '../aliyun/sim-api';

const MINUTE = 60_000;

const startSim = simPerTest();

/** A session running on an unkind cloud, its log in English, its meter, and the setting for unasked stops. */
async function running(
  choice: KeepChargingStop,
  options: { seed: number; unkind?: Partial<Unkindness>; plan?: Partial<PlanInput> },
) {
  // Slow (30×), so a call's way to the cloud and back takes a fraction of a simulated second;
  // long waits run faster.
  const sim = await startSim(options.seed, { speed: 30 });
  const { regionId, instanceTypes } = options.plan ?? {};
  if (regionId || instanceTypes) inStock(sim.sim, regionId, instanceTypes?.[0]);
  const h = launchHarness(sim);
  // New resources are listed at once and nothing is reclaimed here: these tests are about what follows a launch.
  sim.sim.unkind.update({ listingLagMs: [0, 0], spotCapacityReclaimsPerHour: 0, ...options.unkind });
  const lines: string[] = [];
  h.deps.onLog = (_id, message) => lines.push(renderMessage(message, 'en'));
  h.deps.keepChargingStop = () => choice;
  const { ticker } = manualTicker();
  const ticks: MeterView[] = [];
  const meter = meterFor(sim, async () => h.manager.records(), ticker, ticks);
  h.deps.computeCost = (span) => meter.computeCost(span);
  const session = await h.manager.launch(plan({ ...options.plan }));
  const ready = await untilPhase(sim, h.manager, session.id, ['ready', 'failed']);
  expect(ready.error, JSON.stringify(ready.error)).toBeUndefined();
  expect(ready.phase).toBe('ready');
  return { sim, h, lines, meter, ready, instanceId: ready.resources.instanceId as string };
}

/** Lets `ms` of simulated time pass at 600×, then goes back to 30×. */
async function fast(sim: SimApi, ms: number): Promise<void> {
  sim.sim.clock.setSpeed(600);
  await sim.sim.clock.sleep(ms);
  sim.sim.clock.setSpeed(30);
}

/** Waits (in simulated time) until the session's unasked stop was dealt with: its notice is out. */
async function untilHandled(sim: SimApi, h: ReturnType<typeof launchHarness>, id: string) {
  const deadline = sim.sim.clock.now() + 60 * MINUTE;
  while (!h.notices.some((n) => n.kind === 'unaskedStop' && n.session.id === id)) {
    if (sim.sim.clock.now() > deadline) throw new Error(`never handled: ${JSON.stringify(h.manager.get(id))}`);
    await sim.sim.clock.sleep(1000);
  }
  await h.manager.settled(id);
  return h.manager.get(id);
}

describe('a power-off from inside the instance, which the cloud leaves billed (KeepCharging)', () => {
  it('is found, stopped again in economical mode with its reason and cost logged, and compute is billed exactly while the cloud bills it', async () => {
    const { sim, h, lines, meter, ready, instanceId } = await running('economical', { seed: 51 });
    await fast(sim, 20 * MINUTE);
    // The idle watchdog powers the machine off: Stopped, in standard mode, still billed.
    expect(sim.sim.osShutdown(instanceId)).toMatchObject({ status: 'Stopped', stoppedMode: 'KeepCharging' });

    const after = await untilHandled(sim, h, ready.id);
    expect(after.phase).toBe('stopped');
    expect(after.billingStopped).toBe(true);
    const cloud = (await sim.api.describeInstances({ regionId: 'us-west-1', instanceIds: [instanceId] })).instances[0];
    expect(cloud).toMatchObject({ status: 'Stopped', stoppedMode: 'StopCharging' });
    // Stopped economically, it carries no lease: nothing releases it while the user is away.
    expect(cloud?.autoReleaseTime ?? '').toBe('');
    expect(after.leaseUntil).toBeUndefined();

    // Why, in the session log: which stop, since when, and what it cost while it lasted.
    expect(lines.some((l) => /stopped without Danlu asking, in KeepCharging mode.*Last seen running at/.test(l))).toBe(
      true,
    );
    const handled = lines.find((l) => /Danlu stopped it again in economical mode at/.test(l));
    expect(handled).toMatch(/cost at most ¥\d+\.\d{4} of compute/);
    const notice = h.notices.find((n) => n.kind === 'unaskedStop');
    expect(notice?.session.billingStopped).toBe(true);

    // Compute was billed from the launch through the power-off until the economical stop, as the cloud billed it.
    await fast(sim, 30 * MINUTE);
    const now = sim.sim.clock.now();
    const ledger = ledgerComputeSpans(sim, instanceId);
    const journal = journalComputeSpans(h.journal.get(ready.id), now);
    expect(ledger).toHaveLength(1);
    expect(ledger[0]?.[1]).toBeLessThan(now - 20 * MINUTE);
    expect(worstGapMs(journal, ledger)).toBeLessThanOrEqual(5000);
    // Never less than the cloud billed.
    expect(journal[0]?.[0]).toBeLessThanOrEqual(ledger[0]?.[0] ?? 0);
    expect(journal[0]?.[1]).toBeGreaterThanOrEqual(ledger[0]?.[1] ?? 0);
    // Now only the disks bill, in the meter as in the cloud.
    const cost = (await meter.view()).sessions.find((c) => c.sessionId === ready.id);
    expect(Math.abs((cost?.perHourNow ?? 0) / simRatePerHour(sim) - 1)).toBeLessThan(0.001);
    await h.manager.dispose();
  });

  it('is released with its data disk kept when the setting says so', async () => {
    const { sim, h, lines, ready, instanceId } = await running('release', { seed: 52 });
    const diskId = ready.resources.diskId as string;
    await fast(sim, 10 * MINUTE);
    sim.sim.osShutdown(instanceId);

    const after = await untilHandled(sim, h, ready.id);
    expect(after.phase).toBe('released');
    expect(after.resources.diskId).toBe(diskId);
    expect((await sim.api.describeInstances({ regionId: 'us-west-1', instanceIds: [instanceId] })).instances).toEqual(
      [],
    );
    const disk = (await sim.api.describeDisks({ regionId: 'us-west-1', diskIds: [diskId] })).disks[0];
    expect(disk?.status).toBe('Available');
    expect(lines.some((l) => new RegExp(`Danlu released it, keeping the data disk ${diskId} at`).test(l))).toBe(true);
    expect(h.notices.find((n) => n.kind === 'unaskedStop')?.session.phase).toBe('released');
    // Billed from the launch until the release, never less than the cloud billed (the release is
    // seen gone on a later look).
    const [journal] = journalComputeSpans(h.journal.get(ready.id), sim.sim.clock.now());
    const [ledger] = ledgerComputeSpans(sim, instanceId);
    expect((ledger?.[0] ?? 0) - (journal?.[0] ?? 0)).toBeGreaterThanOrEqual(0);
    expect((ledger?.[0] ?? 0) - (journal?.[0] ?? 0)).toBeLessThanOrEqual(5000);
    expect((journal?.[1] ?? 0) - (ledger?.[1] ?? 0)).toBeGreaterThanOrEqual(0);
    expect((journal?.[1] ?? 0) - (ledger?.[1] ?? 0)).toBeLessThanOrEqual(30_000);
    await h.manager.dispose();
  });

  it('is released, keeping the data disk, on a type economical mode does not apply to (gn5)', async () => {
    const { sim, h, lines, ready, instanceId } = await running('economical', {
      seed: 53,
      // The gn5's disk categories are not what this is about.
      unkind: { diskCategoriesByFamily: false },
      plan: { regionId: 'cn-beijing', instanceTypes: ['ecs.gn5-c4g1.xlarge'] },
    });
    sim.sim.osShutdown(instanceId);
    const after = await untilHandled(sim, h, ready.id);
    expect(after.phase).toBe('released');
    expect(lines.some((l) => /Economical mode does not apply to ecs\.gn5-c4g1\.xlarge/.test(l))).toBe(true);
    expect(ledgerComputeSpans(sim, instanceId).at(-1)?.[1]).toBeLessThan(sim.sim.clock.now());
    await h.manager.dispose();
  });

  it('is released, keeping the data disk, when it cannot be started to stop it economically', async () => {
    const { sim, h, lines, ready, instanceId } = await running('economical', { seed: 54 });
    const diskId = ready.resources.diskId as string;
    // The cloud refuses the start that an economical stop needs.
    sim.sim.faults.set({ rules: [{ kind: 'error', actions: ['StartInstance'], code: 'OperationDenied.NoStock' }] });
    sim.sim.osShutdown(instanceId);

    const after = await untilHandled(sim, h, ready.id);
    expect(after.phase).toBe('released');
    expect(after.resources.diskId).toBe(diskId);
    expect((await sim.api.describeDisks({ regionId: 'us-west-1', diskIds: [diskId] })).disks[0]?.status).toBe(
      'Available',
    );
    expect(lines.some((l) => /could not be stopped again in economical mode \(.+\)/.test(l))).toBe(true);
    expect(lines.some((l) => l.includes(`Danlu released it, keeping the data disk ${diskId} at`))).toBe(true);
    // The cloud bills compute no more.
    expect(ledgerComputeSpans(sim, instanceId).at(-1)?.[1]).toBeLessThan(sim.sim.clock.now());
    await h.manager.dispose();
  });
});
