import { createHash, randomBytes } from 'node:crypto';
import { createReadStream, mkdtempSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAliyunApi } from '../../src/main/aliyun';
import { Ssh2Connector } from '../../src/main/bootstrap/ssh-runner';
import { MemorySecretStore } from '../../src/main/credentials/memory-secret-store';
import { NotebookTokens } from '../../src/main/credentials/notebook-tokens';
import { silentLogger } from '../../src/main/log/logger';
import { Redactor } from '../../src/main/log/redactor';
import { SessionManager } from '../../src/main/sessions';
import { FileTransfers, MachineLinks, MachineReaders, PortForwards } from '../../src/main/workbench';
import { systemClock } from '../../src/shared/clock';
import type { Notice } from '../../src/shared/contract';
import type { TransferView } from '../../src/shared/files';
import type { GpuUpdate } from '../../src/shared/gpu';
import type { SessionPhase } from '../../src/shared/session';
import type { Simulator } from '../../src/simulator';
import { type CuttableRelay, throughRelays } from '../support/cuttable-relay';
import { plan } from '../support/launch-harness';
import { startTestSimulator } from '../support/test-simulator';
import { NspawnInstanceHost } from './host/nspawn-instance-host';
import { skipReason, systemLaunchDeps } from './support/system-env';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const MiB = 1024 * 1024;
const REGION = 'cn-hangzhou';

async function sha256(path: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(path)) hash.update(chunk as Buffer);
  return hash.digest('hex');
}

// Files in and out, forwarded ports, GPU readings and danlu-notify on a real booted machine, over
// the one pinned SSH connection Danlu's own lifecycle made, with nothing opened in the security group.
describe.skipIf(skipReason)('the workbench on a booted machine', () => {
  let host: NspawnInstanceHost;
  let sim: Simulator;
  let manager: SessionManager;
  let links: MachineLinks;
  let files: FileTransfers;
  let ports: PortForwards;
  const relays = new Map<string, CuttableRelay>();
  const dataDir = mkdtempSync(join(tmpdir(), 'danlu-system-workbench-'));
  const here = mkdtempSync(join(tmpdir(), 'danlu-system-local-'));
  let sessionId = '';
  let instanceId = '';
  let progress: TransferView[] = [];
  /** Logins to the machine so far (each SSH connection the workbench made). */
  let logins = 0;

  const until = async (id: string, phases: SessionPhase[], limitMs = 240_000) => {
    const deadline = Date.now() + limitMs;
    for (;;) {
      const view = manager.get(id);
      if (phases.includes(view.phase)) return view;
      if (Date.now() > deadline) throw new Error(`still ${view.phase}: ${JSON.stringify(view.error ?? view.steps)}`);
      await sleep(200);
    }
  };
  const run = (command: string) => host.machine(instanceId).exec(['sh', '-c', command]);

  beforeAll(async () => {
    host = await NspawnInstanceHost.create();
    sim = await startTestSimulator({
      instanceHost: host,
      speed: 10,
      seed: 2124,
      assumptions: { spotStockOutageRate: 0 },
    });
    const api = createAliyunApi({
      credentials: { accessKeyId: sim.accessKeyId, accessKeySecret: sim.accessKeySecret },
      endpoints: { kind: 'fixed', url: sim.endpoint },
      clock: sim.clock,
    });
    const tokens = new NotebookTokens(new MemorySecretStore(), new Redactor());
    const deps = systemLaunchDeps({ sim, api, dataDir, metadataUrl: host.metadataUrl, tokens });
    manager = new SessionManager(deps);
    const session = await manager.launch(plan({ regionId: REGION, name: 'bench' }), 'correct horse battery staple');
    const ready = await until(session.id, ['ready', 'failed']);
    expect(ready.error).toBeUndefined();
    sessionId = ready.id;
    instanceId = ready.resources.instanceId as string;
    // The workbench as the runtime wires it, its SSH passing through a relay the test can cut.
    const relayed = throughRelays(new Ssh2Connector(systemClock), relays);
    const ssh: typeof relayed = {
      connect: (target, options) => {
        logins++;
        return relayed.connect(target, options);
      },
    };
    links = new MachineLinks({
      sessions: {
        machine: async (id) => ({ session: manager.get(id), demo: false, ssh, login: manager.login(id) }),
      },
      log: silentLogger,
    });
    files = new FileTransfers({
      links,
      dataDir,
      clock: systemClock,
      log: silentLogger,
      onProgress: (v) => progress.push(v),
    });
    ports = new PortForwards({ links, sessions: manager, clock: systemClock, log: silentLogger, onChange: () => {} });
  }, 600_000);

  afterAll(async () => {
    await files?.dispose();
    await ports?.dispose();
    links?.dispose();
    for (const r of relays.values()) await r.close();
    await manager?.dispose();
    await sim?.close();
    await host?.close();
  });

  it('uploads 200 MB, goes on after the connection is cut half-way, same SHA-256, memory flat', async () => {
    const file = join(here, 'weights.bin');
    // Written in pieces: the test itself must not hold 200 MB either.
    writeFileSync(file, '');
    for (let i = 0; i < 25; i++) writeFileSync(file, randomBytes(8 * MiB), { flag: 'a' });
    const expected = await sha256(file);
    global.gc?.();
    const before = process.memoryUsage();
    let peakRss = before.rss;
    let peakHeap = before.heapUsed;
    const sampler = setInterval(() => {
      const m = process.memoryUsage();
      peakRss = Math.max(peakRss, m.rss);
      peakHeap = Math.max(peakHeap, m.heapUsed);
    }, 100);
    let cut = false;
    progress = [];
    const watch = setInterval(() => {
      const last = progress.at(-1);
      if (!cut && last && last.bytesDone > 100 * MiB) {
        cut = true;
        for (const r of relays.values()) r.cut();
      }
    }, 20);
    const started = Date.now();
    const up = await files.upload(sessionId, [file], 'work');
    const end = await files.settled(up.id);
    clearInterval(watch);
    clearInterval(sampler);
    const seconds = (Date.now() - started) / 1000;
    expect(cut).toBe(true);
    expect(end).toMatchObject({ state: 'done', bytesDone: 200 * MiB });
    expect(end?.bytesSkipped).toBeGreaterThanOrEqual(96 * MiB);
    const remote = (await run('sha256sum /mnt/ml/work/weights.bin')).split(' ')[0];
    expect(remote).toBe(expected);
    const growthMiB = (peakRss - before.rss) / MiB;
    const heapMiB = (peakHeap - before.heapUsed) / MiB;
    console.log(
      `200 MB upload with a cut: ${seconds.toFixed(1)} s, ${(end?.bytesSkipped ?? 0) / MiB} MiB not resent, RSS growth ${growthMiB.toFixed(1)} MiB, heap growth ${heapMiB.toFixed(1)} MiB`,
    );
    expect(growthMiB).toBeLessThan(64);
    expect(heapMiB).toBeLessThan(64);
  }, 600_000);

  it('downloads a folder with its modes and times kept', async () => {
    await run(
      [
        'mkdir -p /mnt/ml/results/run1',
        'echo "loss 0.1" > /mnt/ml/results/run1/log.txt',
        'printf "#!/bin/sh\\n" > /mnt/ml/results/plot.sh',
        'chmod 754 /mnt/ml/results/plot.sh',
        'chmod 750 /mnt/ml/results/run1',
        'touch -d "2025-03-04 05:06:07 UTC" /mnt/ml/results/run1/log.txt /mnt/ml/results/plot.sh /mnt/ml/results/run1',
        'chown -R ml:ml /mnt/ml/results',
      ].join(' && '),
    );
    const into = mkdtempSync(join(tmpdir(), 'danlu-system-down-'));
    const down = await files.download(sessionId, ['results'], into);
    expect(await files.settled(down.id)).toMatchObject({ state: 'done', files: 2 });
    const at = Date.UTC(2025, 2, 4, 5, 6, 7);
    expect(statSync(join(into, 'results', 'plot.sh')).mode & 0o777).toBe(0o754);
    expect(statSync(join(into, 'results', 'run1')).mode & 0o777).toBe(0o750);
    expect(statSync(join(into, 'results', 'run1', 'log.txt')).mtimeMs).toBe(at);
    expect(statSync(join(into, 'results', 'run1')).mtimeMs).toBe(at);
  }, 120_000);

  it('refuses a path off the data disk, also through a symlink on the machine', async () => {
    await run('ln -sfn /etc /mnt/ml/etc-link');
    for (const path of ['/etc', '../../etc', 'etc-link']) {
      await expect(files.list(sessionId, path), path).rejects.toMatchObject({ code: 'files.outsideDisk' });
    }
    await expect(files.download(sessionId, ['etc-link/passwd'], here)).rejects.toMatchObject({
      code: 'files.outsideDisk',
    });
  });

  it('reaches an HTTP server on the machine through an opened port, the security group unchanged', async () => {
    const api = createAliyunApi({
      credentials: { accessKeyId: sim.accessKeyId, accessKeySecret: sim.accessKeySecret },
      endpoints: { kind: 'fixed', url: sim.endpoint },
      clock: sim.clock,
    });
    const groupId = manager.get(sessionId).resources.securityGroupId as string;
    const rules = async () =>
      (
        await api.describeAllSecurityGroupPermissions({
          regionId: REGION,
          securityGroupId: groupId,
          direction: 'ingress',
        })
      )
        .map((p) => `${p.portRange} ${p.sourceCidrIp}`)
        .sort();
    const before = await rules();
    await run('mkdir -p /tmp/site && echo "hello from the instance" > /tmp/site/index.html');
    await run('systemd-run --unit=danlu-test-web python3 -m http.server 8000 --bind 127.0.0.1 --directory /tmp/site');
    let forward = await ports.openPort(sessionId, 8000);
    for (let i = 0; i < 50 && forward.serves === 'nothing'; i++) {
      await ports.close(forward.id);
      await sleep(200);
      forward = await ports.openPort(sessionId, 8000);
    }
    expect(forward.serves).toBe('http');
    expect(forward.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
    expect(await (await fetch(forward.url)).text()).toBe('hello from the instance\n');
    // The connection drops and comes back: the forward still answers.
    for (const r of relays.values()) r.cut();
    expect(await (await fetch(forward.url)).text()).toBe('hello from the instance\n');
    expect(await rules()).toEqual(before);
    expect(before.some((r) => r.startsWith('8000'))).toBe(false);
    api.close();
  }, 120_000);
  /** The app's machine readers over the session's shared connection, as the runtime wires them. */
  const startReaders = () => {
    const updates: GpuUpdate[] = [];
    const notices: Notice[] = [];
    const readers = new MachineReaders({
      sessions: async () => manager.list(),
      links,
      demo: async () => false,
      emit: (name, payload) => {
        if (name === 'gpu.readings') updates.push(payload as GpuUpdate);
      },
      notify: (notice) => notices.push(notice),
      now: () => Date.now(),
      sleep: (ms, signal) => systemClock.sleep(ms, signal),
      log: silentLogger,
      gpuIntervalSeconds: 1,
      notifyPollMs: 500,
    });
    return { readers, updates, notices };
  };
  const waitFor = async (check: () => boolean, what: string, limitMs = 30_000) => {
    const deadline = Date.now() + limitMs;
    while (!check()) {
      if (Date.now() > deadline) throw new Error(`not in time: ${what}`);
      await sleep(100);
    }
  };

  it('says "no GPU" on a machine without one, and reads a stand-in nvidia-smi over the connection files use', async () => {
    const plain = startReaders();
    try {
      await plain.readers.update();
      await waitFor(() => plain.updates.some((u) => u.state === 'noGpu'), 'no GPU');
      expect(plain.readers.gpu.history(sessionId)).toMatchObject({ state: 'noGpu', samples: [] });
    } finally {
      plain.readers.dispose();
    }

    // The machine "gets" two T4s: the test root's stand-in prints what nvidia-smi prints.
    await run('ln -sf /usr/local/lib/danlu-test/nvidia-smi /usr/local/bin/nvidia-smi');
    const gpu = startReaders();
    try {
      await files.list(sessionId);
      const loginsBefore = logins;
      await gpu.readers.update();
      await waitFor(() => gpu.readers.gpu.history(sessionId).samples.length >= 3, 'three readings');
      await files.list(sessionId);
      const history = gpu.readers.gpu.history(sessionId);
      expect(history.state).toBe('reading');
      for (const sample of history.samples) {
        expect(sample.gpus.map((g) => [g.index, g.name, g.memoryTotalMiB])).toEqual([
          [0, 'Tesla T4', 15360],
          [1, 'Tesla T4', 15360],
        ]);
        for (const g of sample.gpus) expect(g.memoryUsedMiB).toBe(1024 + g.utilization * 100);
      }
      // One channel of the one connection files use: no new login, a single nvidia-smi on the machine.
      // (The bracket keeps pgrep from counting the shell that runs it.)
      expect(logins).toBe(loginsBefore);
      expect((await run('pgrep -c -f "[n]vidia-smi --query-gpu" || true')).trim()).toBe('1');
    } finally {
      gpu.readers.dispose();
      await run('rm -f /usr/local/bin/nvidia-smi');
    }
  }, 120_000);

  it('delivers danlu-notify messages sent while the app was away or cut off, in order, once, after it reconnects', async () => {
    // The app is away: messages from the notebook user, from root and with a log's last lines.
    links.drop(sessionId);
    await run(
      [
        'runuser -u ml -- danlu-notify "epoch 1 done"',
        'seq 1 40 | sed "s/^/step /" > /tmp/train.log',
        'danlu-notify --failed --log /tmp/train.log "CUDA out of memory"',
        'runuser -u ml -- danlu-notify --done "训练完成"',
      ].join(' && '),
    );
    expect((await run('ls /var/spool/danlu-notify')).trim().split('\n')).toEqual(['1.msg', '2.msg', '3.msg']);

    const app = startReaders();
    try {
      await app.readers.update();
      await waitFor(() => app.notices.length === 3, 'three notices');
      expect(app.notices.map((n) => [n.title.en, n.level])).toEqual([
        ['From bench', 'info'],
        ['Failed on bench', 'error'],
        ['Finished on bench', 'info'],
      ]);
      expect(app.notices[0]?.body.en).toBe('epoch 1 done');
      expect(app.notices[1]?.body.en.split('\n')).toEqual([
        'CUDA out of memory',
        ...Array.from({ length: 10 }, (_, i) => `step ${31 + i}`),
      ]);
      expect(app.notices[2]?.body.zh).toBe('训练完成');
      // Delivered, then removed: the spool is empty and nothing arrives twice.
      await sleep(2000);
      expect(app.notices).toHaveLength(3);
      expect((await run('ls /var/spool/danlu-notify')).trim()).toBe('');

      // The connection drops and the machine cannot be reached for a while: what is sent meanwhile
      // waits, and arrives in order, once, when the connection comes back.
      for (const r of relays.values()) {
        r.unreachable = true;
        r.cut();
      }
      await run('runuser -u ml -- danlu-notify "epoch 2 done" && runuser -u ml -- danlu-notify "epoch 3 done"');
      await sleep(1500);
      expect(app.notices).toHaveLength(3);
      for (const r of relays.values()) r.unreachable = false;
      await waitFor(() => app.notices.length === 5, 'the messages sent while cut off', 60_000);
      expect(app.notices.slice(3).map((n) => n.body.en)).toEqual(['epoch 2 done', 'epoch 3 done']);
      await sleep(2000);
      expect(app.notices).toHaveLength(5);
    } finally {
      app.readers.dispose();
      for (const r of relays.values()) r.unreachable = false;
    }

    // The app comes back once more: nothing old is shown again.
    links.drop(sessionId);
    const again = startReaders();
    try {
      await again.readers.update();
      await sleep(2000);
      expect(again.notices).toEqual([]);
    } finally {
      again.readers.dispose();
    }
  }, 180_000);
});
