import { afterEach, describe, expect, it } from 'vitest';
import { meteredLaunch } from '../../support/meter-harness';
import { type SimApi, startSimApi } from '../aliyun/sim-api';

let s: SimApi;
afterEach(async () => {
  await s.close();
});

const MINUTE = 60_000;

/**
 * A session launched, the market moved to `factor` times its price `changeAfter` into the run,
 * released after `runFor`: the meter's figure for it and the simulator's bill (it held only
 * this session), and what the compute would have cost at the market price all along.
 */
async function runAndRelease(seed: number, factor: number, changeAfter: number, runFor: number) {
  s = await startSimApi({ seed, speed: 0 });
  const { h, meter, time, session, ready } = await meteredLaunch(s);
  const instanceId = ready.resources.instanceId as string;
  const where = { regionId: 'us-west-1', zoneId: ready.zoneId as string, instanceType: ready.instanceType as string };
  const bought = s.sim.spotOffers(where)[0]?.spotPrice ?? 1;

  await s.sim.clock.sleep(changeAfter);
  const beforeMove = (await meter.view()).sessions[0];
  const moved = Math.round(bought * factor * 1000) / 1000;
  s.sim.setSpotPrice({ ...where, price: moved, from: s.sim.clock.now() });
  const midRun = (await meter.view()).sessions[0];
  await s.sim.clock.sleep(runFor - changeAfter);
  const released = await h.manager.release(session.id, { snapshot: false, keepDisk: false });
  expect(released.phase).toBe('released');
  await time.stop();

  const metered = (await meter.view()).sessions.find((x) => x.sessionId === session.id);
  const ledger = s.sim.ledger();
  const compute = ledger.entries.filter((e) => e.resourceId === instanceId);
  const seconds = compute.reduce((sum, e) => sum + e.seconds, 0);
  await h.manager.dispose();
  return { metered, beforeMove, midRun, ledger, compute, seconds, bought, moved };
}

describe('the meter on a spot instance’s first hour, against the cloud’s bill', () => {
  it('bills a run of under an hour at the price at purchase, though the market rose during it, within 0.1 %', async () => {
    const run = await runAndRelease(31, 1.8, 15 * MINUTE, 40 * MINUTE);
    // The bill's compute is all at the purchase price.
    expect(new Set(run.compute.map((e) => e.unitPrice))).toEqual(new Set([run.bought]));
    // The rate shown after the market moved is still the purchase price (and the disks), not the market's:
    // it does not move with the market (whatever share of it the disks are at this price).
    expect(run.beforeMove?.perHourNow).toBeGreaterThan(run.bought);
    expect(run.midRun?.perHourNow).toBeCloseTo(run.beforeMove?.perHourNow ?? 0, 6);
    const total = run.ledger.total;
    const metered = run.metered?.costSoFar ?? 0;
    console.log(`first hour: meter ¥${metered.toFixed(4)} vs bill ¥${total.toFixed(4)}`);
    expect(Math.abs(metered / total - 1)).toBeLessThan(0.001);
    // At the market price the compute would have cost a good deal more: the rule is what made them agree.
    const minutesAfterTheMove = 25;
    const atMarket = total + ((run.moved - run.bought) * minutesAfterTheMove) / 60;
    expect(atMarket).toBeGreaterThan(total * 1.1);
  }, 60_000);

  it('reprices the whole run at the market once the instance has run longer than an hour, within 0.1 %', async () => {
    const run = await runAndRelease(32, 0.6, 30 * MINUTE, 80 * MINUTE);
    // The bill holds both prices: the first hour was repriced at the market.
    expect(new Set(run.compute.map((e) => e.unitPrice)).size).toBeGreaterThan(1);
    const total = run.ledger.total;
    const metered = run.metered?.costSoFar ?? 0;
    console.log(`past the hour: meter ¥${metered.toFixed(4)} vs bill ¥${total.toFixed(4)}`);
    expect(Math.abs(metered / total - 1)).toBeLessThan(0.001);
  }, 60_000);
});
