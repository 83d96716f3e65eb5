import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { firstBootUserData } from '../../src/main/bootstrap/first-boot';
import { makeHostKey } from '../../src/main/bootstrap/host-key';
import type { InstanceBootSpec } from '../../src/simulator/instance-host';
import { NspawnInstanceHost } from './host/nspawn-instance-host';
import {
  machineSpec,
  makeBootstrapper,
  makeKeyPair,
  RunRecorder,
  skipReason,
  testOptions,
  testTarget,
} from './support/system-env';

const keys = makeKeyPair();
const hostKey = makeHostKey();
const bootId = ['cat', '/proc/sys/kernel/random/boot_id'];

describe.skipIf(skipReason)('the NVIDIA driver on a GPU machine from public Ubuntu installs while it boots', () => {
  let host: NspawnInstanceHost;
  // The UserData a launch on public Ubuntu sends: the host key and the boot-time driver install.
  const gpu: InstanceBootSpec = {
    ...machineSpec(
      'gpu1test',
      'd-gpu1testdisk0000000a',
      keys,
      { userData: '' },
      { regionId: 'cn-hangzhou', zoneId: 'cn-hangzhou-h' },
    ),
    userData: Buffer.from(firstBootUserData(hostKey, { gpuDriver: true })).toString('base64'),
  };

  beforeAll(async () => {
    host = await NspawnInstanceHost.create({ hasGpu: (s) => s.instanceId === gpu.instanceId });
    await host.createDisk(gpu.disks[0]?.diskId as string, 2);
  });
  afterAll(async () => {
    await host?.close();
  });

  it('is installed by the first boot, loaded by one reboot in the timeline, and a re-run changes nothing', async () => {
    const ip = (await host.boot(gpu)).publicIp;
    const m = host.machine(gpu.instanceId);
    const firstBoot = (await m.exec(bootId)).trim();
    const target = testTarget(ip, keys, gpu.disks[0]?.serial as string, host.metadataUrl, gpu.regionId, hostKey.sha256);
    const rec = new RunRecorder();
    const result = await makeBootstrapper().run(target, testOptions(), rec.hooks());

    // The driver came from the install cloud-init started at boot, not from the nvidia step.
    const nvidiaLines = rec.lines.filter((l) => l.startsWith('nvidia: '));
    expect(nvidiaLines).toContain(
      'nvidia: waiting for the driver install started at boot (/var/log/danlu-gpu-driver.log)',
    );
    expect(nvidiaLines).toContain('nvidia: changed: NVIDIA driver installed while the machine booted');
    expect(nvidiaLines.filter((l) => /installing here/.test(l))).toEqual([]);
    expect((await m.exec(['cat', '/var/lib/danlu-test/nvidia-installed-boot'])).trim()).toBe(firstBoot);
    expect(await m.exec(['cat', '/var/lib/danlu/gpu-driver/state'])).toBe('installed\n');

    // One reboot, in the timeline between the steps, and the driver answers after it.
    expect(result.reboots).toBe(1);
    expect(result.timeline.filter((e) => e.id === 'reboot')).toHaveLength(1);
    expect(result.changed).toContain('nvidia');
    expect((await m.exec(bootId)).trim()).not.toBe(firstBoot);
    expect(result.facts.gpu).toBe('Tesla T4 (stand-in), 15360 MiB, 535.183.01');
    expect(result.facts.cuda).toBe('12.2');
    expect(await m.exec(['nvidia-smi', '--query-gpu=name', '--format=csv,noheader'])).toContain('Tesla T4');
    const figures = {
      firstBootstrapMs:
        Math.max(...result.timeline.map((e) => e.endedAt ?? 0)) - Math.min(...result.timeline.map((e) => e.startedAt)),
      rebootCount: result.reboots,
    };
    console.log(JSON.stringify(figures));

    // Run again on the ready machine: nothing to do, no reboot.
    const again = await makeBootstrapper().run(
      { ...target, hostKeySha256: result.hostKeySha256 },
      testOptions({ token: result.token }),
      new RunRecorder().hooks(),
    );
    expect(again.changed).toEqual([]);
    expect(again.reboots).toBe(0);
    expect(again.facts.gpu).toBe(result.facts.gpu);
  });
});
