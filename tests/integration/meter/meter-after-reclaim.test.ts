import { afterEach, describe, expect, it } from 'vitest';
import type { MeterService } from '../../../src/main/meter/meter-service';
import { untilPhase } from '../../support/launch-harness';
import { meteredLaunch } from '../../support/meter-harness';
import { type SimApi, startSimApi } from '../aliyun/sim-api';

let s: SimApi;
afterEach(async () => {
  await s.close();
});

const MINUTE = 60_000;

/** The meter's figures against the simulator's bill (it holds only these sessions), time standing still. */
async function againstTheBill(meter: MeterService, label: string) {
  const view = await meter.view();
  const bill = s.sim.ledger().total;
  const metered = view.sessions.reduce((sum, x) => sum + x.costSoFar, 0);
  console.log(
    `${label}: meter ¥${metered.toFixed(4)}, month ¥${view.monthCost.toFixed(4)}, bill ¥${bill.toFixed(4)} (${((metered / bill - 1) * 100).toFixed(3)} %)`,
  );
  return { view, bill, metered };
}

describe('the meter against the cloud’s bill, when the cloud acts on its own', () => {
  it('after a spot reclaim stops charging the gone GPU; after Recover the old session stops growing and its disk is counted once', async () => {
    s = await startSimApi({ seed: 61, speed: 0 });
    const { h, meter, time, ready } = await meteredLaunch(s);
    await s.sim.clock.sleep(70 * MINUTE);
    s.sim.reclaim(ready.resources.instanceId as string);
    const gone = await untilPhase(s, h.manager, ready.id, ['interrupted'], 30 * MINUTE);
    expect(gone.phase).toBe('interrupted');

    // An hour after the reclaim only the kept data disk bills: the month figure follows the bill.
    await s.sim.clock.sleep(60 * MINUTE);
    const reclaimed = await againstTheBill(meter, 'an hour after the reclaim');
    expect(Math.abs(reclaimed.view.monthCost / reclaimed.bill - 1)).toBeLessThan(0.01);
    expect(Math.abs(reclaimed.metered / reclaimed.bill - 1)).toBeLessThan(0.001);
    const old = reclaimed.view.sessions.find((x) => x.sessionId === ready.id);
    expect(old?.breakdown.compute).toBeGreaterThan(0);
    // What still bills per hour is the data disk, not the GPU nor the system disk that went with it.
    expect(reclaimed.view.ticking).toBe(false);
    expect(reclaimed.view.perHourNow).toBeLessThan(0.1);

    const next = await h.manager.recover(ready.id);
    const recovered = await untilPhase(s, h.manager, next.id, ['ready', 'failed']);
    expect(recovered.phase).toBe('ready');
    await s.sim.clock.sleep(30 * MINUTE);
    const before = (await meter.view()).sessions.find((x) => x.sessionId === ready.id)?.costSoFar;
    await s.sim.clock.sleep(30 * MINUTE);
    const after = await againstTheBill(meter, 'an hour into the recovered session');
    // The old session no longer grows; the disk bills in the new one only.
    expect(after.view.sessions.find((x) => x.sessionId === ready.id)?.costSoFar).toBeCloseTo(before ?? 0, 9);
    expect(Math.abs(after.view.monthCost / after.bill - 1)).toBeLessThan(0.01);
    expect(Math.abs(after.metered / after.bill - 1)).toBeLessThan(0.001);

    await h.manager.release(next.id, { snapshot: false, keepDisk: false });
    const end = await againstTheBill(meter, 'released');
    expect(Math.abs(end.metered / end.bill - 1)).toBeLessThan(0.001);
    expect(end.view.perHourNow).toBe(0);
    await time.stop();
    await h.manager.dispose();
  }, 120_000);

  it('bills a power-off from inside the machine (standard mode) as the cloud does, until Danlu ends it', async () => {
    s = await startSimApi({ seed: 62, speed: 0 });
    const { h, meter, time, ready } = await meteredLaunch(s);
    await s.sim.clock.sleep(20 * MINUTE);
    s.sim.osShutdown(ready.resources.instanceId as string);
    // Danlu notices, and makes the stop economical (or releases, per the setting): either way the GPU stops billing.
    await untilPhase(s, h.manager, ready.id, ['stopped', 'released', 'interrupted'], 30 * MINUTE);
    for (let i = 0; i < 600 && (await meter.view()).ticking; i++) await s.sim.clock.sleep(1000);
    await s.sim.clock.sleep(30 * MINUTE);
    const stopped = await againstTheBill(meter, 'after an idle power-off');
    // Compute no longer bills; the disks do.
    expect(stopped.view.ticking).toBe(false);
    expect(stopped.view.perHourNow).toBeGreaterThan(0);
    expect(Math.abs(stopped.metered / stopped.bill - 1)).toBeLessThan(0.001);
    await time.stop();
    await h.manager.dispose();
  }, 120_000);
});
