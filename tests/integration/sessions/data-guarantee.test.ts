import { describe, expect, it } from 'vitest';
import { listRates, listRegion, type SessionManager } from '../../../src/main/sessions';
import type { SessionView } from '../../../src/shared/session';
import { storageNow, watchData } from '../../support/data-watch';
import { inStock, type LaunchHarness, launchHarness, plan, untilPhase } from '../../support/launch-harness';
import { REGION, simPerTest } from '../../support/sim-per-test';
import type { SimApi } from '../aliyun/sim-api';

const TYPE = 'ecs.gn6i-c4g1.xlarge';
const startSim = simPerTest();

/**
 * A session reclaimed by the cloud, its disk kept, and the disk's zone sold out right after (the
 * usual case): a recover must move the data to another zone.
 */
async function reclaimedWithZoneSoldOut(seed: number) {
  const sim = await startSim(seed);
  // The market this needs: the type in stock in two zones (simPerTest makes it so).
  expect(inStock(sim.sim, REGION, TYPE).length).toBeGreaterThanOrEqual(2);
  const h = launchHarness(sim);
  const first = await h.manager.launch(plan({ name: 'thesis' }));
  const ready = await untilPhase(sim, h.manager, first.id, ['ready', 'failed']);
  expect(ready.phase).toBe('ready');
  const diskId = ready.resources.diskId as string;
  const diskZone = ready.zoneId as string;
  sim.sim.reclaim(ready.resources.instanceId as string, { noticeMs: 60_000 });
  await untilPhase(sim, h.manager, first.id, ['interrupted']);
  sim.sim.faults.add({ noStock: [{ regionId: REGION, zoneId: diskZone, instanceType: TYPE }] });
  const data = watchData(sim.sim, diskId);
  const onChange = h.deps.onChange;
  h.deps.onChange = (view) => {
    onChange(view);
    data.check();
  };
  return { sim, h, first, diskId, diskZone, data };
}

/** Waits until the session's launch reached a step in a state (or the session left launching). */
async function untilStep(sim: SimApi, manager: SessionManager, id: string, step: string, state: string) {
  for (;;) {
    const view = manager.get(id);
    if (view.phase !== 'launching' || view.steps.some((x) => x.id === step && x.state === state)) return view;
    await sim.sim.clock.sleep(200);
  }
}

/** What Resources says of a disk now. */
async function resourceUse(sim: SimApi, h: LaunchHarness, diskId: string) {
  const listed = await listRegion(sim.api, REGION, h.journal.list(), listRates());
  return listed.find((r) => r.kind === 'disk' && r.id === diskId)?.use;
}

function expectSaysWhere(view: SessionView, diskId: string, zoneId: string) {
  expect(view.resources.diskId).toBe(diskId);
  expect(view.diskZoneId).toBe(zoneId);
}

describe('the user’s data across a move to another zone', () => {
  it('recovering into another zone keeps the original until the new session is ready, then deletes it as chosen', async () => {
    const { sim, h, first, diskId, diskZone, data } = await reclaimedWithZoneSoldOut(48);
    const recovered = await h.manager.recover(first.id);
    // While the move runs the original is there and the window says what becomes of it.
    const moving = await untilStep(sim, h.manager, recovered.id, 'instance', 'running');
    expect(moving.move).toMatchObject({ sourceDiskId: diskId, sourceZoneId: diskZone });
    expect(storageNow(sim.sim).disks.map((d) => d.id)).toContain(diskId);
    const ready = await untilPhase(sim, h.manager, recovered.id, ['ready', 'failed']);
    expect(ready.phase).toBe('ready');
    expect(ready.zoneId).not.toBe(diskZone);
    expect(ready.resources.diskId).not.toBe(diskId);
    expectSaysWhere(ready, ready.resources.diskId as string, ready.zoneId as string);
    expect(ready.move).toBeUndefined();
    // Deleted only now, as chosen by default; the move's snapshot went with it, the copy holds the data.
    const after = storageNow(sim.sim);
    expect(after.disks.map((d) => d.id)).toEqual([ready.resources.diskId]);
    expect(after.snapshots).toEqual([]);
    expect(data.lost).toEqual([]);
    await h.manager.release(recovered.id, { snapshot: false, keepDisk: true });
  });

  it('keeps the original when the user chose so: billed in the session and listed as kept', async () => {
    const { sim, h, first, diskId, data } = await reclaimedWithZoneSoldOut(42);
    const recovered = await h.manager.recover(first.id, 'keep');
    const ready = await untilPhase(sim, h.manager, recovered.id, ['ready', 'failed']);
    expect(ready.phase).toBe('ready');
    expect(ready.resources.keptDiskIds).toEqual([diskId]);
    expect(
      storageNow(sim.sim)
        .disks.map((d) => d.id)
        .sort(),
    ).toEqual([diskId, ready.resources.diskId].sort());
    const record = h.journal.get(recovered.id);
    expect(record?.billing?.disks.find((d) => d.diskId === diskId && !d.to)).toBeDefined();
    await h.manager.release(recovered.id, { snapshot: false, keepDisk: false });
    // The release deletes the session's disk, never the original the user chose to keep.
    expect(storageNow(sim.sim).disks.map((d) => d.id)).toEqual([diskId]);
    expect(await resourceUse(sim, h, diskId)).toBe('kept');
    expect(data.lost).toEqual([]);
  });

  it('cancelled during the move: the original stays, everything else goes, and the window says where the data is', async () => {
    const { sim, h, first, diskId, diskZone, data } = await reclaimedWithZoneSoldOut(43);
    const recovered = await h.manager.recover(first.id);
    await untilStep(sim, h.manager, recovered.id, 'instance', 'done');
    const cancelled = await h.manager.cancel(recovered.id);
    expect(cancelled.phase).toBe('cancelled');
    expectSaysWhere(cancelled, diskId, diskZone);
    const left = storageNow(sim.sim);
    expect(left.disks.map((d) => d.id)).toEqual([diskId]);
    expect(left.snapshots).toEqual([]);
    expect(await resourceUse(sim, h, diskId)).toBe('kept');
    expect(data.lost).toEqual([]);
    // The kept disk launches again.
    const again = await h.manager.launch({ ...cancelled.plan, zoneId: null });
    await untilPhase(sim, h.manager, again.id, ['ready', 'failed']);
  });

  it('a failing attach after the move: the original stays and the failure notice says where the data is', async () => {
    const { sim, h, first, diskId, diskZone, data } = await reclaimedWithZoneSoldOut(44);
    sim.sim.faults.addRule({ kind: 'error', actions: ['AttachDisk'], code: 'InvalidParameter' });
    const recovered = await h.manager.recover(first.id);
    const failed = await untilPhase(sim, h.manager, recovered.id, ['failed']);
    expectSaysWhere(failed, diskId, diskZone);
    expect(storageNow(sim.sim).disks.map((d) => d.id)).toEqual([diskId]);
    const notice = h.notices.findLast((n) => n.kind === 'failed' && n.session.id === recovered.id);
    expect(notice?.session.resources.diskId).toBe(diskId);
    expect(data.lost).toEqual([]);
  });

  it.each(['disk:done', 'instance:done', 'attachDisk:done'])(
    'a crash in the middle of the move (at %s): a new process finishes it, and the data exists throughout',
    async (boundary) => {
      const { sim, h, first, diskId, data } = await reclaimedWithZoneSoldOut(47);
      const [stepId, state] = boundary.split(':') as [string, string];
      let crashed = false;
      const onChange = h.deps.onChange;
      h.deps.onChange = (view) => {
        onChange(view);
        if (!crashed && view.phase === 'launching' && view.steps.some((x) => x.id === stepId && x.state === state)) {
          crashed = true;
          void h.manager.dispose();
        }
      };
      const recovered = await h.manager.recover(first.id);
      await h.manager.settled(recovered.id);
      expect(crashed).toBe(true);
      expect(storageNow(sim.sim).disks.map((d) => d.id)).toContain(diskId);
      const after = h.restart();
      after.resume();
      const ready = await untilPhase(sim, after, recovered.id, ['ready', 'failed']);
      expect(ready.phase).toBe('ready');
      expect(storageNow(sim.sim).disks.map((d) => d.id)).toEqual([ready.resources.diskId]);
      expect(data.lost).toEqual([]);
      await after.dispose();
    },
  );
});
