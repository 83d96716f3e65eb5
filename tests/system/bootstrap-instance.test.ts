import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pinnedGet } from '../../src/main/bootstrap/notebook-probe';
import { verifyNotebook } from '../../src/main/bootstrap/notebook-verify';
import { Ssh2Connector } from '../../src/main/bootstrap/ssh-runner';
import type { BootstrapResult } from '../../src/main/bootstrap/types';
import { systemClock } from '../../src/shared/clock';
import type { InstanceBootSpec } from '../../src/simulator/instance-host';
import { metadataTime } from './host/metadata-server';
import { NspawnInstanceHost } from './host/nspawn-instance-host';
import {
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

function spec(n: number, diskId: string): InstanceBootSpec {
  return {
    instanceId: `i-sys${n}test000000000000`,
    regionId: 'cn-hangzhou',
    zoneId: 'cn-hangzhou-h',
    hostName: `danlu-sys${n}`,
    imageId: 'debian_12',
    authorizedKeys: [keys.publicKey],
    userData: hostKey.userData,
    disks: [{ diskId, serial: diskId.slice(2), sizeGiB: 2, device: '/dev/vdb' }],
  };
}

describe.skipIf(skipReason)('bootstrap on a booted instance (host driven directly)', () => {
  let host: NspawnInstanceHost;

  beforeAll(async () => {
    host = await NspawnInstanceHost.create();
  });
  afterAll(async () => {
    await host?.close();
  });

  describe('a fresh instance with an empty data disk', () => {
    const s = spec(1, 'd-sys1disk00000000000a');
    let ip: string;
    let first: BootstrapResult;
    let firstMs: number;

    beforeAll(async () => {
      await host.createDisk('d-sys1disk00000000000a', 2);
      ip = (await host.boot(s)).publicIp;
    });

    it('becomes a ready box with a pinned HTTPS notebook', async () => {
      const rec = new RunRecorder();
      const started = Date.now();
      first = await makeBootstrapper().run(
        testTarget(ip, keys, 'sys1disk00000000000a', host.metadataUrl, 'cn-hangzhou', hostKey.key.sha256),
        testOptions(),
        rec.hooks(),
      );
      firstMs = Date.now() - started;
      console.log(`first bootstrap of a fresh instance: ${firstMs} ms`, JSON.stringify(first.timings));
      expect(first.notebookUrl).toBe(`https://${ip}:8888/`);
      expect(first.facts).toMatchObject({ gpu: 'none', diskMounted: true, mirrors: 'mirrors.aliyun.com' });
      expect(rec.lines.some((l) => /no GPU/.test(l))).toBe(true);
      expect(rec.events.filter((e) => e.state === 'failed')).toEqual([]);
      // The key UserData carried served the first login only: the machine now has its own.
      expect(first.hostKeySha256).toBe(rec.pin);
      expect(first.hostKeySha256).not.toBe(hostKey.key.sha256);
      const stale = await new Ssh2Connector(systemClock)
        .connect(pinnedLogin(ip, keys, hostKey.key.sha256), { timeoutMs: 10_000 })
        .catch((e) => e);
      expect(stale).toMatchObject({ code: 'bootstrap.hostKeyMismatch' });

      const api = await pinnedGet({ host: ip, port: 8888, path: '/api', pin: first.fingerprint256 });
      expect(api.status).toBe(200);
      const anonymous = await pinnedGet({ host: ip, port: 8888, path: '/api/contents', pin: first.fingerprint256 });
      expect(anonymous.status).toBe(403);
      const withToken = await pinnedGet({
        host: ip,
        port: 8888,
        path: '/api/contents',
        pin: first.fingerprint256,
        headers: { Authorization: `token ${first.token}` },
      });
      expect(withToken.status).toBe(200);
    });

    it('keeps only an argon2 hash of the password on the instance, and serves no plain HTTP', async () => {
      const m = host.machine(s.instanceId);
      const hash = await m.exec(['cat', '/mnt/ml/.danlu/notebook-password']);
      expect(hash).toMatch(/^argon2:\$argon2id\$/);
      expect(hash).not.toContain('correct horse');
      const plain = await fetch(`http://${ip}:8888/api`).then(
        (r) => r.status,
        () => 'refused',
      );
      expect(plain).not.toBe(200);
    });

    it('changes nothing when run again on the ready instance', async () => {
      const rec = new RunRecorder();
      const started = Date.now();
      const again = await makeBootstrapper().run(
        testTarget(ip, keys, 'sys1disk00000000000a', host.metadataUrl, 'cn-hangzhou', first.hostKeySha256),
        testOptions({ token: first.token }),
        rec.hooks(),
      );
      const secondMs = Date.now() - started;
      console.log(`second bootstrap of a ready instance: ${secondMs} ms (first: ${firstMs} ms)`);
      expect(again.changed).toEqual([]);
      expect(rec.changes()).toEqual([]);
      expect(again.fingerprint256).toBe(first.fingerprint256);
      expect(secondMs).toBeLessThan(firstMs);
    });

    it('sees a hot-attached disk by its serial, and no longer once it is detached', async () => {
      const m = host.machine(s.instanceId);
      await host.createDisk('d-sys1extra0000000000', 1);
      await host.attachDisk(s.instanceId, {
        diskId: 'd-sys1extra0000000000',
        serial: 'sys1extra0000000000',
        sizeGiB: 1,
        device: '/dev/vdc',
      });
      const link = '/dev/disk/by-id/virtio-sys1extra0000000000';
      expect((await m.exec(['readlink', '-f', link])).trim()).toBe('/dev/vdc');
      await host.detachDisk(s.instanceId, 'd-sys1extra0000000000');
      let gone = '';
      for (let i = 0; i < 30 && gone !== 'gone'; i++) {
        await new Promise((r) => setTimeout(r, 100));
        gone = (await m.exec(['sh', '-c', `test -e ${link} || test -e /dev/vdc || echo gone`])).trim();
      }
      expect(gone).toBe('gone');
      // The data disk at /mnt/ml is untouched by all this.
      expect(await m.exec(['sh', '-c', 'mountpoint -q /mnt/ml && echo mounted'])).toBe('mounted\n');
    });

    it('answers the metadata paths from inside, as 100.100.100.200 does on a real instance', async () => {
      const m = host.machine(s.instanceId);
      const get = (path: string) =>
        m.exec(['curl', '-s', '-w', ' %{http_code}', `${host.metadataUrl}/latest/meta-data/${path}`]);
      expect(await get('instance-id')).toBe(`${s.instanceId} 200`);
      expect(await get('region-id')).toBe('cn-hangzhou 200');
      expect(await get('zone-id')).toBe('cn-hangzhou-h 200');
      expect(await get('instance/spot/termination-time')).toMatch(/ 404$/);
    });

    it('comes back ready after a stop and start: same disk, same notebook, same pin', async () => {
      await host.stop(s.instanceId);
      const again = (await host.boot(s)).publicIp;
      await verifyNotebook({
        host: again,
        port: 8888,
        pin: first.fingerprint256,
        token: first.token,
        clock: systemClock,
      });
      const m = host.machine(s.instanceId);
      expect(await m.exec(['sh', '-c', 'mountpoint -q /mnt/ml && ls /mnt/ml'])).toBe('data\nenv\nlost+found\nwork\n');
      ip = again;
    });

    it('leaves a marker on the data disk when a spot reclaim is announced', async () => {
      const m = host.machine(s.instanceId);
      const at = new Date(Date.now() + 5 * 60_000);
      host.scheduleTermination(s.instanceId, at);
      let marker = '';
      for (let i = 0; i < 50 && marker === ''; i++) {
        await new Promise((r) => setTimeout(r, 200));
        marker = await m.exec(['sh', '-c', 'cat /mnt/ml/.danlu/spot-termination 2>/dev/null || true']);
      }
      expect(marker.trim()).toBe(metadataTime(at));
    });
  });
});
