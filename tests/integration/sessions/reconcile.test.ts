import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAliyunApi, withDanluTags } from '../../../src/main/aliyun';
import { createDispatch } from '../../../src/main/api/dispatch';
import type { Runtime } from '../../../src/main/runtime/create-runtime';
import { createNodeRuntime } from '../../../src/main/runtime/node-runtime';
import type { Notice } from '../../../src/shared/contract';
import type { ReconcileResult } from '../../../src/shared/resources';
import type { OperationView, SessionView } from '../../../src/shared/session';
import type { Simulator } from '../../../src/simulator';
import { inStock, plan, standInAddress, standInSsh } from '../../support/launch-harness';
import { startTestSimulator } from '../../support/test-simulator';

describe('reconcile: what the cloud holds against the journal', () => {
  let sim: Simulator;
  let runtime: Runtime;
  const notices: Notice[] = [];
  const progress: OperationView[] = [];
  const call = async <T>(name: string, input?: unknown): Promise<T> => {
    const answer = await createDispatch(runtime.handlers, runtime.log)(name, input, { transport: 'ipc' });
    if (!answer.ok) throw Object.assign(new Error(answer.error.text.en), { code: answer.error.code });
    return answer.value as T;
  };

  beforeAll(async () => {
    sim = await startTestSimulator({ speed: 600, seed: 33 });
    inStock(sim);
    runtime = createNodeRuntime({
      dataDir: mkdtempSync(join(tmpdir(), 'danlu-reconcile-')),
      fixedSimulator: {
        endpoint: sim.endpoint,
        accessKeyId: sim.accessKeyId,
        accessKeySecret: sim.accessKeySecret,
        clock: sim.clock,
      },
      extra: { ssh: standInSsh([]), address: standInAddress() },
    });
    runtime.events.subscribe((name, payload) => {
      if (name === 'app.notice') notices.push(payload as Notice);
      if (name === 'resources.progress') progress.push(payload as OperationView);
    });
  });

  afterAll(async () => {
    await runtime.dispose();
    await sim.close();
  });

  it('lists in-use, kept and orphaned resources with their monthly cost, warns at start, and deletes orphans only', async () => {
    const session = await call<SessionView>('sessions.launch', {
      plan: plan({ name: 'keep' }),
      notebookPassword: 'password-123',
    });
    for (;;) {
      if ((await call<SessionView>('sessions.get', { id: session.id })).phase === 'ready') break;
      await sim.clock.sleep(1000);
    }
    const ready = await call<SessionView>('sessions.get', { id: session.id });
    // Something Danlu made but no journal knows of (a crash lost the answer): a 100 GiB disk.
    const api = createAliyunApi({
      credentials: { accessKeyId: sim.accessKeyId, accessKeySecret: sim.accessKeySecret },
      endpoints: { kind: 'fixed', url: sim.endpoint },
      clock: sim.clock,
    });
    const { diskId: stray } = await api.createDisk({
      regionId: 'us-west-1',
      zoneId: ready.zoneId as string,
      size: 100,
      diskCategory: 'cloud_essd',
      clientToken: 'stray-disk',
      tags: withDanluTags([{ key: 'danlu:session', value: 'ses-lost' }]),
    });
    api.close();

    progress.length = 0;
    const listed = await call<ReconcileResult>('resources.reconcile', { allRegions: false });
    // The check reports a step per region as the cloud answers, and how it ended.
    expect(progress.at(0)?.steps.map((x) => x.id)).toEqual(['resume', 'region:us-west-1']);
    expect(progress.at(-1)).toMatchObject({ kind: 'reconcile', state: 'done' });
    expect(progress.at(-1)?.steps[1]).toMatchObject({
      state: 'done',
      detail: { code: 'operation.reconcile.found', params: { count: listed.resources.length } },
    });
    const use = (id: string) => listed.resources.find((r) => r.id === id)?.use;
    expect(use(ready.resources.instanceId as string)).toBe('in-use');
    expect(use(ready.resources.diskId as string)).toBe('in-use');
    expect(use(ready.resources.vpcId as string)).toBe('in-use');
    expect(use(stray)).toBe('orphan');
    expect(listed.orphanMonthlyCost).toBeCloseTo(100, 0); // 100 GiB ESSD at ¥1/GiB·month

    await runtime.services.sessions.startupCheck();
    // The notice names the figure Resources shows (the disk priced as the meter prices it).
    const figure = `¥${listed.orphanMonthlyCost.toFixed(2)}`;
    expect(notices.some((n) => /1 Danlu resource/.test(n.body.en) && n.body.en.includes(figure))).toBe(true);

    await expect(
      call('resources.delete', { regionId: 'us-west-1', kind: 'instance', id: ready.resources.instanceId }),
    ).rejects.toMatchObject({
      code: 'resources.inUse',
    });
    const after = await call<ReconcileResult>('resources.delete', { regionId: 'us-west-1', kind: 'disk', id: stray });
    expect(after.resources.some((r) => r.id === stray)).toBe(false);

    // Released with a snapshot, the snapshot stays as something the user chose to keep.
    await call('sessions.release', { id: session.id, snapshot: true, keepDisk: false });
    const end = await call<ReconcileResult>('resources.reconcile', { allRegions: false });
    expect(end.resources.map((r) => `${r.kind}:${r.use}`)).toEqual(['snapshot:kept']);
    expect(end.orphanMonthlyCost).toBe(0);
  });
});
