import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyNotebook } from '../../src/main/bootstrap/notebook-verify';
import { rebootAndReconnect } from '../../src/main/bootstrap/reboot';
import { Ssh2Connector } from '../../src/main/bootstrap/ssh-runner';
import { runSteps, type Step } from '../../src/main/bootstrap/step-runner';
import { STEP_TITLES } from '../../src/main/bootstrap/steps';
import type { BootstrapResult, StepEvent } from '../../src/main/bootstrap/types';
import { systemClock } from '../../src/shared/clock';
import { NspawnInstanceHost } from './host/nspawn-instance-host';
import { run } from './host/run-command';
import {
  machineSpec,
  makeBootstrapper,
  makeKeyPair,
  pinnedHostKey,
  pinnedLogin,
  RunRecorder,
  skipReason,
  testOptions,
  testTarget,
} from './support/system-env';

const keys = makeKeyPair();
const hostKey = pinnedHostKey();

const spec = (name: string, diskId: string) => machineSpec(name, diskId, keys, hostKey);

const count = (lines: string[], pattern: RegExp) => lines.filter((l) => pattern.test(l)).length;

describe.skipIf(skipReason)('bootstrap when things go wrong', () => {
  let host: NspawnInstanceHost;
  const poweredOff: string[] = [];

  beforeAll(async () => {
    host = await NspawnInstanceHost.create({ onPowerOff: (id) => poweredOff.push(id) });
  });
  afterAll(async () => {
    await host?.close();
  });

  describe('SSH cut in the middle of the disk step', () => {
    const s = spec('cut1test', 'd-cut1disk0000000000a');
    let ip: string;
    let result: BootstrapResult;

    it('completes on a second run, with nothing done twice', async () => {
      await host.createDisk('d-cut1disk0000000000a', 2);
      ip = (await host.boot(s)).publicIp;
      const target = testTarget(ip, keys, 'cut1disk0000000000a', host.metadataUrl, s.regionId, hostKey.key.sha256);
      const first = new RunRecorder();
      const cut = makeBootstrapper().run(
        target,
        testOptions(),
        first.hooks({
          onLine: (_step, line) => {
            if (line.startsWith('changed: partition 1')) host.machine(s.instanceId).dropConnections();
          },
        }),
      );
      await expect(cut).rejects.toMatchObject({ code: 'bootstrap.stepFailed' });
      // The cut ends every step running on that connection; the disk step among them.
      expect(first.events.filter((e) => e.state === 'failed').map((e) => e.step)).toContain('disk');

      // The cut came after the machine replaced its host key: the second run expects the new one.
      expect(first.pin).toMatch(/^SHA256:/);
      expect(first.pin).not.toBe(hostKey.key.sha256);
      const second = new RunRecorder();
      result = await makeBootstrapper().run(
        { ...target, hostKeySha256: first.pin as string },
        testOptions(),
        second.hooks(),
      );
      const lines = [...first.lines, ...second.lines];
      expect(count(lines, /changed: partition table/)).toBe(1);
      expect(count(lines, /changed: partition 1/)).toBe(1);
      expect(count(lines, /changed: ext4 file system/)).toBeLessThanOrEqual(1);
      expect(count(lines, /changed: .*danlu-notebook.service/)).toBe(1);

      const m = host.machine(s.instanceId);
      const partitions = await m.exec(['sh', '-c', 'parted -sm /dev/vdb print | tail -n +3']);
      expect(partitions.trim().split('\n')).toHaveLength(1);
      const fstab = await m.exec(['cat', '/etc/fstab']);
      expect(fstab.split('\n').filter((l) => l.split(/\s+/)[1] === '/mnt/ml')).toHaveLength(1);
      expect(fstab).toMatch(/^UUID=[0-9a-f-]+ \/mnt\/ml ext4 defaults,nofail 0 2$/m);
      const units = await m.exec(['sh', '-c', 'ls /etc/systemd/system | grep -c danlu-notebook']);
      expect(units.trim()).toBe('1');
      const servers = await m.exec(['sh', '-c', 'pgrep -u ml -fc "m notebook"']);
      expect(servers.trim()).toBe('1');
      expect(result.facts.mirrors).toBe('default');
    });

    it('reboots when a step asks for it, logs in again, and the notebook comes back by itself', async () => {
      const connector = new Ssh2Connector(systemClock);
      const target = pinnedLogin(ip, keys, result.hostKeySha256);
      const shell = await connector.connect(target, { timeoutMs: 30_000 });
      // Stands in for the NVIDIA step on a GPU machine: done only once the machine has rebooted.
      const needsReboot: Step = {
        id: 'nvidia',
        title: STEP_TITLES.nvidia,
        timeoutMs: 120_000,
        check: async (ctx) =>
          (
            await ctx.shell.exec(
              'test -f /root/boot-before && [ "$(cat /root/boot-before)" != "$(cat /proc/sys/kernel/random/boot_id)" ]',
            )
          ).code === 0,
        apply: async (ctx) => {
          await ctx.shell.exec('cat /proc/sys/kernel/random/boot_id > /root/boot-before');
          return 'reboot';
        },
      };
      const events: StepEvent[] = [];
      const base = { shell, facts: new Map<string, string>() };
      await runSteps([needsReboot], base, undefined, {
        clock: systemClock,
        reboot: (ctx) => rebootAndReconnect(ctx, { connector, clock: systemClock, target, timeoutMs: 60_000 }),
        onStep: (e) => events.push(e),
      });
      base.shell.close();
      expect(events.map((e) => e.state)).toEqual(['checking', 'applying', 'rebooting', 'done']);
      await verifyNotebook({
        host: ip,
        port: 8888,
        pin: result.fingerprint256,
        token: result.token,
        clock: systemClock,
      });
    });
  });

  describe('a data disk that already holds a file system', () => {
    const s = spec('full1test', 'd-full1disk000000000a');
    let scratch: string;

    beforeAll(async () => {
      await host.createDisk('d-full1disk000000000a', 2);
      const image = join(host.stateDir, 'disks', 'd-full1disk000000000a.img');
      scratch = mkdtempSync(join(tmpdir(), 'danlu-prefill-'));
      writeFileSync(join(scratch, 'notes.txt'), 'results of last week\n');
      await run('mkfs.ext4', ['-q', '-F', '-L', 'olddata', image]);
      await run('debugfs', ['-w', '-R', `write ${join(scratch, 'notes.txt')} notes.txt`, image]);
    });
    afterAll(() => rmSync(scratch, { recursive: true, force: true }));

    it('is mounted as it is, never formatted; and the idle watchdog later powers the machine off', async () => {
      const ip = (await host.boot(s)).publicIp;
      const rec = new RunRecorder();
      const result = await makeBootstrapper().run(
        testTarget(ip, keys, 'full1disk000000000a', host.metadataUrl, s.regionId, hostKey.key.sha256),
        testOptions({ idle: { enabled: true, minutes: 0.25, checkEverySeconds: 2 } }),
        rec.hooks(),
      );
      expect(count(rec.lines, /changed: (partition|ext4)/)).toBe(0);
      expect(rec.lines.some((l) => /found on the whole disk/.test(l))).toBe(true);
      const notes = await host.machine(s.instanceId).exec(['cat', '/mnt/ml/notes.txt']);
      expect(notes).toBe('results of last week\n');
      expect(result.facts.idleWatchdog).toBe('0.25 min');

      // Nobody is connected and no kernel runs: within the idle time plus a few checks, it is off.
      const started = Date.now();
      while (!poweredOff.includes(s.instanceId) && Date.now() - started < 90_000) {
        await new Promise((r) => setTimeout(r, 500));
      }
      console.log(`idle watchdog powered the machine off ${Date.now() - started} ms after set-up ended`);
      expect(poweredOff).toContain(s.instanceId);
    });
  });
});
