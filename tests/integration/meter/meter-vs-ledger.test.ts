import { afterEach, describe, expect, it } from 'vitest';
import type { BudgetEvent } from '../../../src/main/meter/budget-guard';
import type { MeterView } from '../../../src/shared/meter';
import { inStock, launchHarness, plan, untilPhase } from '../../support/launch-harness';
import { manualTicker, meterFor, simRatePerHour } from '../../support/meter-harness';
import { stepTime } from '../../support/stepped-time';
import { type SimApi, startSimApi } from '../aliyun/sim-api';

let s: SimApi;
afterEach(async () => {
  await s.close();
});

describe('the cost meter against the cloud’s bill', () => {
  // A launch, stop, restart and start. Simulated time moves one event at a time once everything
  // has settled: on a clock running with the wall clock, a busy machine delays what the app
  // observes by whole simulated minutes, and the comparison would measure the machine's load.
  it('ends within 0.1 % of the ledger across a spot price change, a StopCharging stop, a restart of the app and a start', async () => {
    s = await startSimApi({ seed: 12, speed: 0 });
    let time = stepTime(s.sim);
    inStock(s.sim);
    const h = launchHarness(s);
    const { ticker, armed } = manualTicker();
    const ticks: MeterView[] = [];
    let meter = meterFor(s, async () => h.manager.records(), ticker, ticks);
    h.deps.onChange = () => void meter.update();

    await meter.update();
    expect(armed).toHaveLength(0); // nothing billed, no timer
    const session = await h.manager.launch(plan());
    const ready = await untilPhase(s, h.manager, session.id, ['ready', 'failed']);
    expect(ready.phase).toBe('ready');
    await meter.update();
    expect(armed).toHaveLength(1); // compute bills: the meter ticks

    // An hour at the purchase price, then the market moves.
    await s.sim.clock.sleep(60 * 60_000);
    const zoneId = ready.zoneId as string;
    const type = ready.instanceType as string;
    const before = s.sim.spotOffers({ regionId: 'us-west-1', zoneId, instanceType: type })[0]?.spotPrice ?? 1;
    s.sim.setSpotPrice({
      regionId: 'us-west-1',
      zoneId,
      instanceType: type,
      price: Math.round(before * 1.7 * 1000) / 1000,
    });
    await s.sim.clock.sleep(45 * 60_000);
    armed[0]?.();

    const stopped = await h.manager.stop(session.id);
    expect(stopped.billingStopped).toBe(true);
    await meter.update();
    // Economical stop: compute no longer bills, so the tray stops ticking; the session's clock goes on.
    expect((await meter.view()).ticking).toBe(false);
    await s.sim.clock.sleep(30 * 60_000);

    // The app restarts: a new meter over the same journal picks up where the old one was.
    // Time stands still for the comparison: the disks keep billing while the clock runs.
    await time.stop();
    const beforeRestart = (await meter.view()).sessions[0]?.costSoFar ?? 0;
    meter.dispose();
    const after = h.restart();
    meter = meterFor(s, async () => after.records(), ticker, ticks);
    expect((await meter.view()).sessions[0]?.costSoFar).toBeCloseTo(beforeRestart, 6);
    time = stepTime(s.sim);

    await after.start(session.id);
    await s.sim.clock.sleep(20 * 60_000);
    const released = await after.release(session.id, { snapshot: false, keepDisk: false });
    expect(released.phase).toBe('released');

    const view = await meter.view();
    const metered = view.sessions.find((x) => x.sessionId === session.id);
    // This simulator held only this session, so its whole bill is the session's bill.
    const ledger = s.sim.ledger();
    const total = ledger.total;
    expect(ledger.resources.some((r) => r.resourceId === ready.resources.instanceId)).toBe(true);
    console.log(
      `meter ¥${metered?.costSoFar.toFixed(4)} vs ledger ¥${total.toFixed(4)} (${(((metered?.costSoFar ?? 0) / total - 1) * 100).toFixed(3)} %)`,
    );
    expect(Math.abs((metered?.costSoFar ?? 0) / total - 1)).toBeLessThan(0.001);
    await after.dispose();
    await time.stop();
  }, 60_000);
});

describe('the budget', () => {
  it('stops the session before its cost passes the budget, counting the time a stop takes', async () => {
    s = await startSimApi({ seed: 14 });
    inStock(s.sim);
    const h = launchHarness(s);
    const { ticker, armed } = manualTicker();
    const ticks: MeterView[] = [];
    const budgets: BudgetEvent[] = [];
    let budget = 1000;
    const meter = meterFor(s, async () => h.manager.records(), ticker, ticks, {
      settings: () => ({ sessionBudget: budget, budgetAction: 'stop' }),
      budgets,
    });
    h.deps.onChange = () => void meter.update();
    const session = await h.manager.launch(plan());
    await untilPhase(s, h.manager, session.id, ['ready']);
    await meter.update();
    const cost = () => meter.view().then((v) => v.sessions.find((c) => c.sessionId === session.id));
    const now = await cost();
    // Room for about twenty minutes more at the rate the cloud bills.
    budget = (now?.costSoFar ?? 0) + (simRatePerHour(s) * 20) / 60;
    s.sim.clock.setSpeed(0);
    for (let minute = 0; minute < 60 && !budgets.some((e) => e.kind === 'reached'); minute++) {
      await s.sim.clock.advance(60_000);
      armed[0]?.();
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    const reached = budgets.find((e) => e.kind === 'reached');
    expect(reached?.used).toBeLessThan(budget);
    // The stop at a pace where the cloud's answers take seconds, as they do.
    s.sim.clock.setSpeed(60);
    const stopped = await h.manager.stop(session.id);
    expect(stopped.billingStopped).toBe(true);
    expect((await cost())?.costSoFar).toBeLessThanOrEqual(budget);
    await h.manager.dispose();
  });
});
