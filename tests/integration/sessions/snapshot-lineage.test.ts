import { describe, expect, it } from 'vitest';
import { listRates, listRegion } from '../../../src/main/sessions';
import type { Plan } from '../../../src/shared/session';
import { storageNow } from '../../support/data-watch';
import { type LaunchHarness, launchHarness, plan, untilPhase } from '../../support/launch-harness';
import { REGION, simPerTest } from '../../support/sim-per-test';
import type { SimApi } from '../aliyun/sim-api';

const startSim = simPerTest();

/** Launches a plan, waits for it, releases it with a snapshot; returns the snapshot and what the dialog previewed. */
async function launchAndSnapshot(sim: SimApi, h: LaunchHarness, launch: Plan) {
  const session = await h.manager.launch(launch);
  const ready = await untilPhase(sim, h.manager, session.id, ['ready', 'failed']);
  expect(ready.phase).toBe('ready');
  const preview = await h.manager.prunePreview(session.id);
  const released = await h.manager.release(session.id, { snapshot: true, keepDisk: false });
  expect(released.phase).toBe('released');
  return { snapshotId: released.resources.snapshotIds?.at(-1) as string, preview, session: released };
}

const snapshotsNow = (sim: SimApi) => storageNow(sim.sim).snapshots.map((x) => x.id);

describe('snapshots are pruned per lineage', () => {
  it('three releases of other sessions with the same name never prune a first project’s only snapshot', async () => {
    const sim = await startSim(47);
    const h = launchHarness(sim);
    h.deps.keepSnapshots = () => 1;
    const thesis = await launchAndSnapshot(sim, h, plan({ name: 'lab' }));
    const others: string[] = [];
    for (let i = 0; i < 3; i++) {
      const other = await launchAndSnapshot(sim, h, plan({ name: 'lab' }));
      // Another disk, another lineage: nothing of the first is even proposed.
      expect(other.preview.snapshots).toEqual([]);
      others.push(other.snapshotId);
    }
    expect(snapshotsNow(sim).sort()).toEqual([thesis.snapshotId, ...others].sort());
  });

  it('follows a lineage across a restore: the older snapshot goes, as the dialog said, the newest stays', async () => {
    const sim = await startSim(48);
    const h = launchHarness(sim);
    h.deps.keepSnapshots = () => 1;
    const first = await launchAndSnapshot(sim, h, plan({ name: 'thesis' }));
    const unrelated = await launchAndSnapshot(sim, h, plan({ name: 'thesis' }));
    const restored = await launchAndSnapshot(
      sim,
      h,
      plan({ name: 'thesis', disk: { kind: 'snapshot', snapshotId: first.snapshotId } }),
    );
    expect(restored.preview.keep).toBe(1);
    expect(restored.preview.snapshots.map((x) => x.snapshotId)).toEqual([first.snapshotId]);
    expect(snapshotsNow(sim).sort()).toEqual([unrelated.snapshotId, restored.snapshotId].sort());
    // Every snapshot left is listed as kept, with the session that made it.
    const listed = await listRegion(sim.api, REGION, h.journal.list(), listRates());
    expect(listed.filter((r) => r.kind === 'snapshot').map((r) => r.use)).toEqual(['kept', 'kept']);
  });

  it('never prunes a snapshot an image is made from', async () => {
    const sim = await startSim(49);
    const h = launchHarness(sim);
    h.deps.keepSnapshots = () => 1;
    const first = await launchAndSnapshot(sim, h, plan({ name: 'thesis' }));
    // The user makes an image from it in the console (its disk device mappings name the snapshot).
    const { imageId } = await sim.api.createImage({
      regionId: REGION,
      imageName: 'from-my-data',
      diskDeviceMappings: [{ snapshotId: first.snapshotId, device: '/dev/xvda', diskType: 'system' }],
      clientToken: 'image-from-my-data',
    });
    for (;;) {
      const image = (await sim.api.describeAllImages({ regionId: REGION, imageId, imageOwnerAlias: 'self' }))[0];
      if (image?.status === 'Available') break;
      await sim.sim.clock.sleep(5000);
    }
    const next = await launchAndSnapshot(
      sim,
      h,
      plan({ name: 'thesis', disk: { kind: 'snapshot', snapshotId: first.snapshotId } }),
    );
    expect(next.preview.snapshots).toEqual([]);
    expect(snapshotsNow(sim).sort()).toEqual([first.snapshotId, next.snapshotId].sort());
    expect(next.session.operation?.state).toBe('done');
  });
});
