import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoBootstrap } from '../../../src/main/cloud/demo-machine';
import type { MeterView } from '../../../src/shared/meter';
import type { ReconcileResult } from '../../../src/shared/resources';
import type { SessionView } from '../../../src/shared/session';
import { HOURS_PER_MONTH } from '../../../src/shared/storage-prices';
import type { Simulator } from '../../../src/simulator';
import { type ContractRuntime, contractRuntime } from '../../support/contract-runtime';
import { inStock, plan, standInAddress, standInSsh } from '../../support/launch-harness';
import { startTestSimulator } from '../../support/test-simulator';

// One cost model for every figure, through the contract as the window asks: Resources prices each
// resource the way the meter bills it, so its monthly total is the meter's rate now times a month.
describe('Resources and the meter', () => {
  let sim: Simulator;
  let c: ContractRuntime;
  const ids = { running: '', imaged: '', kept: '' };
  let imageId = '';

  const launched = async (name: string) => {
    const session = await c.call<SessionView>('sessions.launch', {
      plan: plan({ name }),
      notebookPassword: 'password-123',
    });
    const ready = await c.until(session.id, ['ready', 'failed']);
    expect(ready.phase).toBe('ready');
    return ready;
  };

  /** Resources and the meter read at one instant (the cloud's clock stands still meanwhile). */
  const bothNow = async () => {
    sim.clock.setSpeed(0);
    const listed = await c.call<ReconcileResult>('resources.reconcile', { allRegions: false });
    const meter = await c.call<MeterView>('meter.get');
    sim.clock.setSpeed(600);
    return { listed, meter };
  };

  beforeAll(async () => {
    sim = await startTestSimulator({ speed: 600, seed: 57 });
    inStock(sim);
    // The demo's stand-in machine: it answers the bootstrap and the scrub an image needs.
    c = contractRuntime(sim, {
      ssh: standInSsh([]),
      address: standInAddress(),
      bootstrap: () => demoBootstrap(sim.clock),
    });
    // A session that runs; one saved as an image and released with a snapshot; one released keeping its disk.
    ids.running = (await launched('running')).id;
    const imaged = await launched('imaged');
    ids.imaged = imaged.id;
    await c.call('sessions.stop', { id: imaged.id });
    await c.until(imaged.id, ['stopped']);
    await c.call('sessions.saveImage', { id: imaged.id, imageName: 'danlu-cost-model' });
    const saved = await c.until(imaged.id, ['stopped', 'failed']);
    for (let i = 0; i < 600 && !(await c.call<SessionView>('sessions.get', { id: imaged.id })).resources.imageId; i++) {
      await sim.clock.sleep(1000);
    }
    imageId = (await c.call<SessionView>('sessions.get', { id: saved.id })).resources.imageId as string;
    expect(imageId).toMatch(/^m-/);
    await c.call('sessions.release', { id: imaged.id, snapshot: true, keepDisk: false });
    await c.until(imaged.id, ['released']);
    const kept = await launched('kept');
    ids.kept = kept.id;
    await c.call('sessions.release', { id: kept.id, snapshot: false, keepDisk: true });
    await c.until(kept.id, ['released']);
  }, 240_000);

  afterAll(async () => {
    await c.dispose();
    await sim.close();
  });

  it('totals what the meter bills per hour now, times a month: instances, system and data disks, snapshots, the image once', async () => {
    const { listed, meter } = await bothNow();
    const monthly = listed.resources.reduce((sum, r) => sum + r.monthlyCost, 0);
    expect(monthly).toBeGreaterThan(0);
    expect(monthly / (meter.perHourNow * HOURS_PER_MONTH)).toBeCloseTo(1, 6);

    // Each figure named per hour and per month, the month being 720 of its hours.
    for (const r of listed.resources) expect(r.monthlyCost).toBeCloseTo(r.hourlyCost * HOURS_PER_MONTH, 9);
    // The running instance at its session's rate now; its system disk counted.
    const running = await c.call<SessionView>('sessions.get', { id: ids.running });
    const instance = listed.resources.find((r) => r.id === running.resources.instanceId);
    const compute = meter.sessions.find((s) => s.sessionId === ids.running);
    expect(instance?.hourlyCost).toBeGreaterThan(0);
    const systemDisk = sim.resources().disks.find((d) => d.type === 'system' && d.instanceId === instance?.id);
    expect(listed.resources.find((r) => r.id === systemDisk?.id)).toMatchObject({ use: 'in-use' });
    expect(listed.resources.find((r) => r.id === systemDisk?.id)?.hourlyCost).toBeGreaterThan(0);
    expect(compute?.perHourNow).toBeGreaterThan(instance?.hourlyCost ?? 0);

    // The image's snapshot is counted once, as the image's, and marked as the image's.
    const image = listed.resources.find((r) => r.kind === 'image' && r.id === imageId);
    const behind = listed.resources.filter((r) => r.kind === 'snapshot' && r.imageId === imageId);
    expect(behind).toHaveLength(1);
    expect(behind[0]?.hourlyCost).toBe(0);
    expect(image?.hourlyCost).toBeGreaterThan(0);
    // A kept disk is kept, not an orphan; nothing here is an orphan.
    const keptDisk = (await c.call<SessionView>('sessions.get', { id: ids.kept })).resources.diskId;
    expect(listed.resources.find((r) => r.id === keptDisk)?.use).toBe('kept');
    expect(listed.resources.filter((r) => r.use === 'orphan')).toEqual([]);
  });

  it('refuses to delete the snapshot behind an image on its own, saying why in both languages, and deletes both when asked', async () => {
    const { listed } = await bothNow();
    const snapshot = listed.resources.find((r) => r.kind === 'snapshot' && r.imageId === imageId);
    const target = { regionId: 'us-west-1', kind: 'snapshot', id: snapshot?.id };
    const refused = await c.call('resources.delete', target).then(
      () => undefined,
      (error: Error & { zh: string }) => error,
    );
    expect(refused?.message).toContain(imageId);
    expect(refused?.message).toMatch(/only together with the image/);
    expect(refused?.zh).toContain('只允许它随镜像一起删除');
    expect(sim.resources().snapshots.some((s) => s.id === snapshot?.id)).toBe(true);

    const before = await bothNow();
    const after = await c.call<ReconcileResult>('resources.delete', { ...target, withImage: true });
    expect(after.resources.some((r) => r.id === imageId || r.id === snapshot?.id)).toBe(false);
    expect(sim.resources().images.some((i) => i.id === imageId)).toBe(false);
    // The meter stops billing it at once, and the two still agree.
    const now = await bothNow();
    expect(now.meter.perHourNow).toBeLessThan(before.meter.perHourNow);
    const monthly = now.listed.resources.reduce((sum, r) => sum + r.monthlyCost, 0);
    expect(monthly / (now.meter.perHourNow * HOURS_PER_MONTH)).toBeCloseTo(1, 6);
  });
});
