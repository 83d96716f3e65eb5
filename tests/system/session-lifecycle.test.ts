import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAliyunApi } from '../../src/main/aliyun';
import { pinnedGet } from '../../src/main/bootstrap/notebook-probe';
import { MemorySecretStore } from '../../src/main/credentials/memory-secret-store';
import { NotebookTokens } from '../../src/main/credentials/notebook-tokens';
import { silentLogger } from '../../src/main/log/logger';
import { Redactor } from '../../src/main/log/redactor';
import { readActivity, type SessionDeps, SessionJournal, SessionManager } from '../../src/main/sessions';
import type { SessionPhase } from '../../src/shared/session';
import type { Simulator } from '../../src/simulator';
import { plan } from '../support/launch-harness';
import { startTestSimulator } from '../support/test-simulator';
import { NspawnInstanceHost } from './host/nspawn-instance-host';
import { skipReason, systemLaunchDeps } from './support/system-env';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

// Danlu's own session lifecycle — the same SessionManager and bootstrap the app uses — on the
// simulator whose instances are real machines booted on this host.
describe.skipIf(skipReason)('a Danlu session on booted machines', () => {
  let host: NspawnInstanceHost;
  let sim: Simulator;
  let deps: SessionDeps;
  let manager: SessionManager;
  const tokens = new NotebookTokens(new MemorySecretStore(), new Redactor());
  const dataDir = mkdtempSync(join(tmpdir(), 'danlu-system-session-'));
  const password = 'correct horse battery staple';

  const until = async (id: string, phases: SessionPhase[], m = manager, limitMs = 240_000) => {
    const deadline = Date.now() + limitMs;
    for (;;) {
      const view = m.get(id);
      if (phases.includes(view.phase)) return view;
      if (Date.now() > deadline) throw new Error(`still ${view.phase}: ${JSON.stringify(view.error ?? view.steps)}`);
      await sleep(200);
    }
  };

  const notebookAnswers = async (url: string, fingerprint: string, instanceId: string) => {
    const token = (await tokens.get(instanceId)) ?? '';
    const u = new URL(url);
    const get = (path: string, headers: Record<string, string> = {}) =>
      pinnedGet({ host: u.hostname, port: Number(u.port), path, headers, pin: fingerprint, timeoutMs: 10_000 });
    return {
      anonymous: (await get('/api/status')).status,
      withToken: (await get('/api/status', { authorization: `token ${token}` })).status,
    };
  };

  beforeAll(async () => {
    host = await NspawnInstanceHost.create();
    sim = await startTestSimulator({ instanceHost: host, speed: 10, seed: 7, assumptions: { spotStockOutageRate: 0 } });
    const api = createAliyunApi({
      credentials: { accessKeyId: sim.accessKeyId, accessKeySecret: sim.accessKeySecret },
      endpoints: { kind: 'fixed', url: sim.endpoint },
      clock: sim.clock,
    });
    deps = systemLaunchDeps({ sim, api, dataDir, metadataUrl: host.metadataUrl, tokens });
    manager = new SessionManager(deps);
  }, 600_000);

  afterAll(async () => {
    await manager?.dispose();
    await sim?.close();
    await host?.close();
  });

  it('launches to a pinned notebook, survives a stop, a start after an app restart and a reclaim, and recovers with the same disk', async () => {
    const started = Date.now();
    const session = await manager.launch(plan({ regionId: 'cn-hangzhou', name: 'system' }), password);
    const ready = await until(session.id, ['ready', 'failed']);
    expect(ready.error).toBeUndefined();
    const readyMs = Date.now() - started;
    expect(ready.notebook?.url).toMatch(/^https:\/\/127\.\d+\.\d+\.\d+:8888\//);
    const instanceId = ready.resources.instanceId as string;
    expect(
      await notebookAnswers(ready.notebook?.url as string, ready.notebook?.fingerprint256 as string, instanceId),
    ).toEqual({
      anonymous: 403,
      withToken: 200,
    });
    await host.machine(instanceId).exec(['sh', '-c', 'echo "my work" > /mnt/ml/work/notes.txt']);
    // The app's idle guard reads the same notebook over the pinned connection.
    const activity = await readActivity(ready, (await tokens.get(instanceId)) ?? '');
    expect(activity.busyKernels).toBe(0);
    expect(Number.isFinite(Date.parse(activity.lastActivity ?? ''))).toBe(true);
    // And its own looks are not use: a second look later sees the same last activity.
    await new Promise((r) => setTimeout(r, 1500));
    const secondLook = await readActivity(ready, (await tokens.get(instanceId)) ?? '');
    expect(secondLook.lastActivity).toBe(activity.lastActivity);
    console.log(`plan → notebook ready through Danlu's lifecycle: ${(readyMs / 1000).toFixed(1)} s`);

    // Stop, then the app restarts (no password in memory), then start: the notebook comes back as it was.
    await manager.stop(session.id);
    await manager.dispose();
    manager = new SessionManager({
      ...deps,
      journal: new SessionJournal(dataDir, silentLogger, () => new Date(sim.clock.now())),
    });
    const again = await manager.start(session.id);
    expect(again.phase).toBe('ready');
    expect(
      await notebookAnswers(again.notebook?.url as string, again.notebook?.fingerprint256 as string, instanceId),
    ).toEqual({
      anonymous: 403,
      withToken: 200,
    });

    // A reclaim: the instance's watcher writes its marker and the session shows the deadline.
    manager.resume();
    const { releaseAt } = sim.reclaim(instanceId);
    const deadline = Date.now() + 120_000;
    let warned = manager.get(session.id);
    while (!warned.reclaimDeadline && Date.now() < deadline) {
      await sleep(200);
      warned = manager.get(session.id);
    }
    expect(warned.reclaimDeadline).toBeDefined();
    expect(Math.abs(Date.parse(warned.reclaimDeadline as string) - Date.parse(releaseAt))).toBeLessThan(60_000);
    let marker = '';
    while (!marker && Date.now() < deadline) {
      marker = await host
        .machine(instanceId)
        .exec(['cat', '/mnt/ml/.danlu/spot-termination'])
        .catch(() => '');
      if (!marker) await sleep(500);
    }
    expect(marker.trim()).toBe(releaseAt.replace(/\.\d{3}Z$/, 'Z'));

    const interrupted = await until(session.id, ['interrupted'], manager, 180_000);
    const recovered = await manager.recover(interrupted.id);
    const back = await until(recovered.id, ['ready', 'failed']);
    expect(back.error).toBeUndefined();
    expect(back.resources.diskId).toBe(interrupted.resources.diskId);
    const notes = await host.machine(back.resources.instanceId as string).exec(['cat', '/mnt/ml/work/notes.txt']);
    expect(notes.trim()).toBe('my work');

    await manager.release(recovered.id, { snapshot: true, keepDisk: false });
    const left = sim.resources() as unknown as Record<string, Array<{ status?: string }>>;
    expect(left.instances).toEqual([]);
    expect(left.disks).toEqual([]);
    expect(left.snapshots?.length).toBe(1);
  }, 900_000);
});
