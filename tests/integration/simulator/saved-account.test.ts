import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { newClientToken } from '../../../src/main/aliyun';
import { inStock, launchHarness, plan, untilPhase } from '../../support/launch-harness';
import { type SimApi, startSimApi, waitUntil } from '../aliyun/sim-api';

const REGION = 'us-west-1';
let open: SimApi[] = [];
afterEach(async () => {
  for (const s of open) await s.close();
  open = [];
});

async function sim(stateFile: string, seed = 11) {
  const s = await startSimApi({ stateFile, seed, delays: { snapshotBase: 20 * 60_000 } });
  open.push(s);
  return s;
}

describe('an account kept in a file (demo mode across restarts)', () => {
  it('keeps sessions, snapshots, bills and ids, and takes up changes that were under way', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'danlu-sim-state-'));
    const file = join(dir, 'demo-cloud.json');
    const a = await sim(file);
    inStock(a.sim);
    const h = launchHarness(a, join(dir, 'journal'));
    const session = await h.manager.launch(plan());
    const ready = await untilPhase(a, h.manager, session.id, ['ready']);
    const diskId = ready.resources.diskId as string;
    const token = newClientToken();
    const { snapshotId } = await a.api.createSnapshot({ regionId: REGION, diskId, clientToken: token });
    // A new snapshot is listed a few seconds after its create, as in the cloud.
    const listed = await waitUntil(
      a.sim.clock,
      () => a.api.describeSnapshots({ regionId: REGION, snapshotIds: [snapshotId] }),
      (p) => p.snapshots.length > 0,
    );
    const taken = listed.snapshots[0];
    await a.sim.clock.sleep(60_000);
    const billedBefore = a.sim.ledger().total;
    await h.manager.dispose();
    // The process dies without closing: the file was written before each answer left.
    open = [];

    const b = await sim(file, 99);
    // Its time goes on from the last change it saved, never back.
    expect(b.sim.clock.now()).toBeGreaterThan(Date.parse(taken?.creationTime as string));
    expect(b.sim.seed).toBe(11);
    const instances = await b.api.describeAllInstances({ regionId: REGION });
    expect(instances.map((i) => [i.instanceId, i.status])).toEqual([[ready.resources.instanceId, 'Running']]);
    // The snapshot under way completes when it was due.
    const done = await waitUntil(
      b.sim.clock,
      () => b.api.describeSnapshots({ regionId: REGION, snapshotIds: [snapshotId] }),
      (p) => p.snapshots[0]?.status === 'accomplished',
      60 * 60_000,
    );
    expect(done.snapshots[0]?.progress).toBe(100);
    // Bills go on from where they were.
    expect(b.sim.ledger().total).toBeGreaterThan(billedBefore);
    // A create retried with its ClientToken finds its first answer; new ids are new.
    const again = await b.api.createSnapshot({ regionId: REGION, diskId, clientToken: token });
    expect(again.snapshotId).toBe(snapshotId);
    // Danlu, restarted on the same journal, can end the session on the restored account.
    const after = launchHarness(b, join(dir, 'journal')).manager;
    const released = await after.release(session.id, { snapshot: true, keepDisk: false });
    expect(released.phase).toBe('released');
    const newest = released.resources.snapshotIds?.at(-1) as string;
    expect(newest).not.toBe(snapshotId);
    await after.dispose();
    await b.close();
    open = [];

    // Closed properly: the snapshots are there once more, and nothing else of the session.
    const c = await sim(file);
    const snapshots = await c.api.describeAllSnapshots({ regionId: REGION });
    expect(snapshots.map((x) => x.snapshotId)).toContain(newest);
    expect(await c.api.describeAllInstances({ regionId: REGION })).toEqual([]);
    expect(await c.api.describeAllDisks({ regionId: REGION, diskType: 'data' })).toEqual([]);
  });

  it('sets an unreadable file aside and starts an empty account', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'danlu-sim-state-'));
    const file = join(dir, 'demo-cloud.json');
    writeFileSync(file, '{ not json');
    const s = await sim(file);
    expect(await s.api.describeAllDisks({ regionId: REGION })).toEqual([]);
    expect(readdirSync(dir).some((f) => f.startsWith('demo-cloud.json.unreadable-'))).toBe(true);
  });
});
