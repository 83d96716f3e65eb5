import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BootstrapResult } from '../../src/main/bootstrap/types';
import type { InstanceBootSpec } from '../../src/simulator/instance-host';
import { NspawnInstanceHost } from './host/nspawn-instance-host';
import {
  machineSpec,
  makeBootstrapper,
  makeKeyPair,
  pinnedHostKey,
  RunRecorder,
  skipReason,
  testOptions,
  testTarget,
} from './support/system-env';

const keys = makeKeyPair();
const hostKey = pinnedHostKey();

function spec(name: string): InstanceBootSpec {
  const diskId = `d-${name}disk000000000a`.slice(0, 22);
  return machineSpec(name, diskId, keys, hostKey, { regionId: 'cn-hangzhou', zoneId: 'cn-hangzhou-h' });
}

/** What a re-run must leave as it is: files it manages, its units and the installed packages. */
const STATE_SCRIPT = [
  'find /etc /usr /var/lib/danlu /home/ml /mnt/ml/env /mnt/ml/.danlu -xdev \\( -type f -o -type l \\) -newer /run/danlu-test-before -print 2>/dev/null | sort',
  'echo --units',
  "systemctl show -p Id -p ActiveState -p UnitFileState -p ActiveEnterTimestampMonotonic 'danlu-*' --all",
  'echo --packages',
  'dpkg -l | md5sum',
].join('; ');

describe.skipIf(skipReason)('how long the first bootstrap takes, steps side by side against one at a time', () => {
  let host: NspawnInstanceHost;
  const side = spec('fast1test');
  const alone = spec('slow1test');

  beforeAll(async () => {
    host = await NspawnInstanceHost.create();
    for (const s of [side, alone]) await host.createDisk(s.disks[0]?.diskId as string, 2);
  });
  afterAll(async () => {
    await host?.close();
  });

  async function bootstrapFresh(s: InstanceBootSpec, concurrency?: number) {
    const ip = (await host.boot(s)).publicIp;
    const target = testTarget(ip, keys, s.disks[0]?.serial as string, host.metadataUrl, s.regionId, hostKey.key.sha256);
    const rec = new RunRecorder();
    const started = Date.now();
    const result = await makeBootstrapper().run(target, testOptions(concurrency ? { concurrency } : {}), rec.hooks());
    return { ms: Date.now() - started, result, rec, target };
  }

  it('is faster with independent steps at once, and a re-run changes nothing', async () => {
    // The concurrent run goes first, so the one-at-a-time run gets whatever the caches give.
    const fast = await bootstrapFresh(side);
    const slow = await bootstrapFresh(alone, 1);
    for (const run of [fast, slow]) {
      expect(run.rec.events.filter((e) => e.state === 'failed')).toEqual([]);
      expect(run.result.changed).toEqual(expect.arrayContaining(['user', 'disk', 'python', 'notebook']));
    }
    expect(slow.result.changed.sort()).toEqual(fast.result.changed.sort());
    // One at a time really is one at a time; side by side really overlaps.
    const overlaps = (r: BootstrapResult) =>
      r.timeline.some((a) =>
        r.timeline.some((b) => a !== b && a.startedAt < (b.endedAt ?? 0) && b.startedAt < (a.endedAt ?? 0)),
      );
    expect(overlaps(slow.result)).toBe(false);
    expect(overlaps(fast.result)).toBe(true);

    const m = host.machine(side.instanceId);
    await m.exec(['touch', '/run/danlu-test-before']);
    const before = await m.exec(['sh', '-c', STATE_SCRIPT]);
    const rec = new RunRecorder();
    const started = Date.now();
    // The machine serves the host key it made at the first run now: the re-run pins that one.
    const pinned = { ...fast.target, hostKeySha256: fast.result.hostKeySha256 };
    const again = await makeBootstrapper().run(pinned, testOptions({ token: fast.result.token }), rec.hooks());
    const rerunMs = Date.now() - started;
    const after = await m.exec(['sh', '-c', STATE_SCRIPT]);
    expect(again.changed).toEqual([]);
    expect(rec.changes()).toEqual([]);
    expect(again.reboots).toBe(0);
    expect(after).toBe(before);

    const figures = {
      firstBootstrapMs: fast.ms,
      sequentialBootstrapMs: slow.ms,
      rerunMs,
      rebootCount: fast.result.reboots,
    };
    console.log(JSON.stringify(figures));
    console.log(`per step, side by side: ${timelineText(fast.result)}`);
    console.log(`per step, one at a time: ${timelineText(slow.result)}`);
    expect(figures.rebootCount).toBeLessThanOrEqual(1);
    expect(slow.result.reboots).toBe(figures.rebootCount);
    // Side by side gains what the steps off the longest chain of dependent steps cost (README.md
    // quotes the figures): at least half as much again as the first bootstrap itself.
    const ratio = figures.sequentialBootstrapMs / figures.firstBootstrapMs;
    console.log(`ratio ${ratio.toFixed(2)}`);
    expect(ratio).toBeGreaterThanOrEqual(1.5);
  });
});

function timelineText(result: BootstrapResult): string {
  const zero = Math.min(...result.timeline.map((e) => e.startedAt));
  return result.timeline.map((e) => `${e.id} ${e.startedAt - zero}–${(e.endedAt ?? e.startedAt) - zero}`).join(', ');
}
