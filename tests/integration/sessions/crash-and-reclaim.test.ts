import { afterEach, describe, expect, it } from 'vitest';
import { stepIds } from '../../../src/shared/session';
import { type Message, renderMessage } from '../../../src/shared/words/message';
import { everythingLeft, inStock, launchHarness, leftovers, plan, untilPhase } from '../../support/launch-harness';
import { type SimApi, startSimApi } from '../aliyun/sim-api';

let s: SimApi | undefined;
afterEach(async () => {
  await s?.close();
  s = undefined;
});

const boundaries = stepIds.filter((id) => id !== 'bootstrap').flatMap((id) => [`${id}:running`, `${id}:done`]);

describe('a crash at any step boundary', () => {
  it.each(boundaries)(
    'at %s: a new process resumes the launch, nothing is made twice, and nothing is orphaned',
    async (boundary) => {
      s = await startSimApi({ seed: 8 });
      inStock(s.sim);
      const sim = s;
      const h = launchHarness(sim);
      const [stepId, state] = boundary.split(':') as [string, string];
      let crashed = false;
      const originalOnChange = h.deps.onChange;
      h.deps.onChange = (view) => {
        originalOnChange(view);
        if (!crashed && view.steps.some((x) => x.id === stepId && x.state === state)) {
          crashed = true;
          // The process dies here: no rollback, no cleanup; only the journal survives.
          void h.manager.dispose();
        }
      };
      const session = await h.manager.launch(plan());
      await h.manager.settled(session.id);
      expect(crashed).toBe(true);
      // A crash after the last step may find the launch already complete.
      const phase = h.journal.get(session.id)?.phase;
      expect(['launching', 'ready']).toContain(phase);

      const after = h.restart();
      expect(after.resume()).toEqual(phase === 'launching' ? [session.id] : []);
      const ready = await untilPhase(sim, after, session.id, ['ready', 'failed']);
      expect(ready.error).toBeUndefined();
      expect(ready.phase).toBe('ready');
      const instances = sim.sim.ledger().resources.filter((r) => r.resourceType === 'instance');
      expect(instances.map((r) => r.resourceId)).toEqual([ready.resources.instanceId]);
      const disks = sim.sim.ledger().resources.filter((r) => r.resourceType === 'disk');
      expect(new Set(disks.map((d) => d.resourceId)).size).toBeLessThanOrEqual(2); // the data disk and the system disk

      await after.release(session.id, { snapshot: false, keepDisk: false });
      expect(everythingLeft(sim)).toEqual([]);
      expect(sim.sim.validate().ok).toBe(true);
      await after.dispose();
    },
  );
});

describe('a spot reclaim', () => {
  it('warns with the deadline before the release, keeps the disk, and recovers with the same disk', async () => {
    s = await startSimApi({ seed: 9 });
    inStock(s.sim);
    const sim = s;
    const h = launchHarness(sim);
    const session = await h.manager.launch(plan());
    const ready = await untilPhase(sim, h.manager, session.id, ['ready', 'failed']);
    expect(ready.phase).toBe('ready');
    const diskId = ready.resources.diskId as string;

    const noticeAt = sim.sim.clock.now();
    const { releaseAt } = sim.sim.reclaim(ready.resources.instanceId as string);
    const warned = await untilPhase(sim, h.manager, session.id, ['ready', 'interrupted']).then(async () => {
      for (;;) {
        const view = h.manager.get(session.id);
        if (view.reclaimDeadline || view.phase === 'interrupted') return view;
        await sim.sim.clock.sleep(500);
      }
    });
    expect(warned.phase).toBe('ready');
    expect(warned.reclaimDeadline).toBeDefined();
    // The deadline shown is never later than the cloud's release, and early by at most one quiet
    // poll (20 s). The simulator names the release in whole seconds, hence the second's slack.
    const early = Date.parse(releaseAt) - Date.parse(warned.reclaimDeadline as string);
    expect(early).toBeGreaterThan(-1000);
    expect(early).toBeLessThanOrEqual(20_000);
    expect(Date.parse(releaseAt) - noticeAt).toBeGreaterThanOrEqual(4 * 60_000);
    expect(h.notices.map((n) => n.kind)).toContain('reclaim');
    expect(h.notices.findIndex((n) => n.kind === 'reclaim')).toBeLessThan(
      h.notices.findIndex((n) => n.kind === 'interrupted') === -1
        ? Number.POSITIVE_INFINITY
        : h.notices.findIndex((n) => n.kind === 'interrupted'),
    );

    // Why, with its times: the notice carries the reason, and so will the session log.
    const reclaim = h.notices.find((n) => n.kind === 'reclaim');
    expect(reclaim?.reason?.rule).toBe('reclaim');
    const why = renderMessage(reclaim?.reason?.why as Message, 'en');
    expect(why).toMatch(
      /^at \d{2}:\d{2}:\d{2} the cloud gave notice .*\(bid: follow the market\).* from \d{2}:\d{2}:\d{2} on$/,
    );

    const interrupted = await untilPhase(sim, h.manager, session.id, ['interrupted']);
    expect(interrupted.resources.diskId).toBe(diskId);
    // A reclaim, not the lease: the disk was let go of hours before the lease's end. Compute ended then.
    expect(interrupted.goneBy).toBe('reclaim');
    expect(Math.abs(Date.parse(interrupted.goneAt ?? '') - Date.parse(releaseAt))).toBeLessThanOrEqual(1000);
    expect(h.journal.get(session.id)?.billing?.compute.every((c) => c.to === interrupted.goneAt)).toBe(true);
    expect(h.notices.find((n) => n.kind === 'interrupted')?.reason?.rule).toBe('reclaim');
    // The machine is gone, and so is its bill: compute and the system disk stop; the data disk bills on.
    const billing = h.journal.get(session.id)?.billing;
    expect(billing?.compute.length).toBeGreaterThan(0);
    expect(billing?.compute.every((span) => span.to !== undefined)).toBe(true);
    expect(billing?.disks.filter((d) => d.diskId.startsWith('system:')).every((d) => d.to)).toBe(true);
    expect(billing?.disks.some((d) => d.diskId === diskId && !d.to)).toBe(true);
    const disk = (await sim.api.describeDisks({ regionId: 'us-west-1', diskIds: [diskId] })).disks[0];
    expect(disk?.status).toBe('Available');

    const recovered = await h.manager.recover(session.id);
    const again = await untilPhase(sim, h.manager, recovered.id, ['ready', 'failed']);
    expect(again.phase).toBe('ready');
    expect(again.resources.diskId).toBe(diskId);
    expect(h.manager.get(session.id).phase).toBe('released');
    await h.manager.release(recovered.id, { snapshot: false, keepDisk: false });
    expect(leftovers(sim).disks).toEqual([]);
  });
});
