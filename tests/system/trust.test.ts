import { execFile, execFileSync } from 'node:child_process';
import { existsSync, lstatSync, mkdtempSync, openSync, readdirSync, readFileSync, readSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { Server } from 'ssh2';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type AliyunApi, createAliyunApi } from '../../src/main/aliyun';
import { hostKeySha256 } from '../../src/main/bootstrap/host-key';
import { type RemoteShell, Ssh2Connector, type SshConnector } from '../../src/main/bootstrap/ssh-runner';
import { MemorySecretStore } from '../../src/main/credentials/memory-secret-store';
import { NotebookTokens } from '../../src/main/credentials/notebook-tokens';
import { Redactor } from '../../src/main/log/redactor';
import { type SessionJournal, SessionManager } from '../../src/main/sessions';
import { SshConfigFile } from '../../src/main/ssh-config/ssh-config-file';
import { systemClock } from '../../src/shared/clock';
import type { SessionPhase } from '../../src/shared/session';
import type { Simulator } from '../../src/simulator';
import type { InstanceBootSpec } from '../../src/simulator/instance-host';
import { plan } from '../support/launch-harness';
import { startTestSimulator } from '../support/test-simulator';
import { hostKeysFromUserData } from './host/cloud-config';
import { NspawnInstanceHost } from './host/nspawn-instance-host';
import { skipReason, systemLaunchDeps } from './support/system-env';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const REGION = 'cn-hangzhou';

/**
 * Counts what the lifecycle's own SSH did: logins that succeeded and commands sent. `gate`, when
 * set, is awaited before each login: a test holds the launch there to look at the machine itself.
 */
function countingSsh(
  inner: SshConnector,
  seen: { logins: number; commands: number },
  gate: () => Promise<void> | undefined,
): SshConnector {
  return {
    async connect(target, options) {
      await gate();
      const shell = await inner.connect(target, options);
      seen.logins++;
      const counted: RemoteShell = {
        hostKeySha256: shell.hostKeySha256,
        exec: (command, o) => {
          seen.commands++;
          return shell.exec(command, o);
        },
        upload: (path, content, mode) => shell.upload(path, content, mode),
        close: () => shell.close(),
      };
      return counted;
    },
  };
}

// Danlu knows each machine before it logs in, and leaves no secret in an image: the session
// lifecycle the app uses, on the simulator whose instances are real machines booted here.
describe.skipIf(skipReason)('known machines and clean images on booted instances', () => {
  let host: NspawnInstanceHost;
  let sim: Simulator;
  let api: AliyunApi;
  let manager: SessionManager;
  let journal: SessionJournal;
  let impostor = false;
  let sshGate: (() => Promise<void>) | undefined;
  const seen = { logins: 0, commands: 0 };
  const tokens = new NotebookTokens(new MemorySecretStore(), new Redactor());
  const dataDir = mkdtempSync(join(tmpdir(), 'danlu-system-trust-'));
  let readyId = '';
  /** What each machine was booted with, UserData included (what DescribeUserData would answer). */
  const bootSpecs = new Map<string, InstanceBootSpec>();

  const until = async (id: string, phases: SessionPhase[], limitMs = 240_000) => {
    const deadline = Date.now() + limitMs;
    for (;;) {
      const view = manager.get(id);
      if (phases.includes(view.phase)) return view;
      if (Date.now() > deadline) throw new Error(`still ${view.phase}: ${JSON.stringify(view.error ?? view.steps)}`);
      await sleep(200);
    }
  };
  /** `ssh danlu-<name> true` with the OpenSSH client, through the block Danlu writes into ~/.ssh/config. */
  // Asynchronous: the machine's port forwarders run in this very process.
  const opensshLogin = async (name: string, ip: string, hostPublicKey: string | undefined) => {
    const home = mkdtempSync(join(tmpdir(), 'danlu-home-'));
    const config = new SshConfigFile({
      configPath: join(home, '.ssh', 'config'),
      knownHostsPath: join(home, 'danlu', 'known_hosts'),
      enabled: () => true,
    });
    const { alias } = config.write({
      name,
      hostName: ip,
      identityFile: join(dataDir, 'keys', 'danlu_rsa'),
      hostPublicKey,
    });
    try {
      await promisify(execFile)(
        'ssh',
        ['-F', join(home, '.ssh', 'config'), '-o', 'BatchMode=yes', alias as string, 'true'],
        { env: { HOME: home, PATH: process.env.PATH }, timeout: 30_000 },
      );
      return 'ok';
    } catch (error) {
      const e = error as { stderr?: string; message: string };
      return `${e.message}\n${e.stderr ?? ''}`;
    }
  };

  beforeAll(async () => {
    host = await NspawnInstanceHost.create({
      isImpostor: (spec) => {
        bootSpecs.set(spec.instanceId, spec);
        return impostor;
      },
    });
    sim = await startTestSimulator({
      instanceHost: host,
      speed: 10,
      seed: 17,
      assumptions: { spotStockOutageRate: 0 },
    });
    api = createAliyunApi({
      credentials: { accessKeyId: sim.accessKeyId, accessKeySecret: sim.accessKeySecret },
      endpoints: { kind: 'fixed', url: sim.endpoint },
      clock: sim.clock,
    });
    const deps = systemLaunchDeps({
      sim,
      api,
      dataDir,
      metadataUrl: host.metadataUrl,
      tokens,
      ssh: (connector) => countingSsh(connector, seen, () => sshGate?.()),
    });
    journal = deps.journal;
    manager = new SessionManager(deps);
  }, 600_000);

  afterAll(async () => {
    await manager?.dispose();
    api?.close();
    await sim?.close();
    await host?.close();
  });

  it('pins the host key it handed over in UserData before the first login, and ssh danlu-<name> trusts only it', async () => {
    // Watch the journal: the pin must be there before the instance is.
    const pins: Array<{ instance?: string; pin?: string }> = [];
    const launched = await manager.launch(plan({ regionId: REGION, name: 'known' }), 'correct horse battery');
    for (;;) {
      const record = journal.get(launched.id);
      pins.push({ instance: record?.resources.instanceId, pin: record?.hostKeySha256 });
      if (record?.phase !== 'launching') break;
      await sleep(50);
    }
    const ready = await until(launched.id, ['ready', 'failed']);
    expect(ready.error).toBeUndefined();
    readyId = ready.id;
    const record = journal.get(ready.id);
    const instanceId = ready.resources.instanceId as string;
    const userDataKey = record?.userDataHostPublicKey as string;
    expect(pins.find((p) => p.instance)?.pin).toBe(hostKeySha256(userDataKey));
    expect(userDataKey).toBe(
      hostKeysFromUserData(bootSpecs.get(instanceId)?.userData)?.files.get('ssh_host_ed25519_key.pub')?.trim(),
    );

    // After that first login the machine serves a key made on it, which the journal now pins;
    // the UserData key, which the cloud keeps serving, opens nothing any more.
    const machine = host.machine(instanceId);
    const onMachine = await machine.exec(['cat', '/etc/ssh/ssh_host_ed25519_key.pub']);
    expect(hostKeySha256(onMachine)).toBe(record?.hostKeySha256);
    // The same key as the journal keeps it: type and key (the file on the machine adds a comment).
    expect(onMachine.trim().split(/\s+/).slice(0, 2).join(' ')).toBe(record?.hostPublicKey?.trim());
    expect(record?.hostKeySha256).not.toBe(hostKeySha256(userDataKey));
    expect(record?.nextHostPublicKey).toBeUndefined();
    const copies = await machine.exec([
      'sh',
      '-c',
      'ls /var/lib/cloud/instances/*/user-data.txt* /etc/ssh/ 2>/dev/null; true',
    ]);
    expect(copies).not.toMatch(/user-data\.txt/);
    expect(copies).not.toMatch(/ssh_host_(rsa|ecdsa|dsa)_key|danlu_next_host/);

    // OpenSSH, through Danlu's ~/.ssh/config block (StrictHostKeyChecking yes, pinned known_hosts).
    expect(await opensshLogin('known', ready.resources.publicIp as string, record?.hostPublicKey)).toBe('ok');
  });

  it('refuses an impostor holding the UserData key once the machine has made its own', async () => {
    const record = journal.get(readyId);
    const instanceId = record?.resources.instanceId as string;
    // Whoever reads UserData (DescribeUserData, or any process on the machine) gets this key.
    const stolen = hostKeysFromUserData(bootSpecs.get(instanceId)?.userData)?.files.get(
      'ssh_host_ed25519_key',
    ) as string;
    expect(stolen).toMatch(/PRIVATE KEY/);
    const asked = { logins: 0, commands: 0 };
    const impostorServer = new Server({ hostKeys: [stolen] }, (conn) => {
      conn.on('error', () => undefined);
      conn.on('authentication', (ctx) => {
        asked.logins++;
        ctx.accept();
      });
      conn.on('session', () => asked.commands++);
    });
    const impostorIp = '127.0.9.77';
    await new Promise<void>((resolve) => impostorServer.listen(22, impostorIp, resolve));
    try {
      // Danlu's own login with the journal's pin (the network sent it to the impostor).
      const refused = await new Ssh2Connector(systemClock)
        .connect(
          {
            host: impostorIp,
            privateKey: readFileSync(join(dataDir, 'keys', 'danlu_rsa'), 'utf8'),
            hostKeySha256: record?.hostKeySha256 as string,
            hostKeyType: 'ssh-ed25519',
          },
          { timeoutMs: 10_000 },
        )
        .catch((e) => e);
      expect(refused).toMatchObject({ code: 'bootstrap.hostKeyMismatch' });
      // ssh danlu-<name>, through the known_hosts line Danlu keeps in step with the journal.
      expect(await opensshLogin('known', impostorIp, record?.hostPublicKey)).toMatch(
        /Host key verification failed|REMOTE HOST IDENTIFICATION HAS CHANGED/,
      );
      expect(asked).toEqual({ logins: 0, commands: 0 });
    } finally {
      await new Promise((resolve) => impostorServer.close(resolve));
    }
  });

  it('refuses a machine that shows another host key before sending any command, and so does ssh danlu-<name>', async () => {
    impostor = true;
    const before = { ...seen };
    const launched = await manager.launch(plan({ regionId: REGION, name: 'impostor' }), 'correct horse battery');
    const end = await until(launched.id, ['ready', 'failed']);
    impostor = false;
    expect(end.phase).toBe('failed');
    expect(end.error).toMatchObject({ code: 'bootstrap.hostKeyMismatch' });
    expect(end.steps.find((s) => s.id === 'ssh')?.state).toBe('failed');
    expect(end.steps.find((s) => s.id === 'bootstrap')?.state).toBe('pending');
    expect(seen).toEqual(before);

    // The rollback released the impostor; boot another one, held just before Danlu's own login,
    // to show OpenSSH refuses it too.
    let reached!: () => void;
    const atLogin = new Promise<void>((r) => {
      reached = r;
    });
    let go!: () => void;
    const held = new Promise<void>((r) => {
      go = r;
    });
    sshGate = () => {
      reached();
      return held;
    };
    impostor = true;
    const again = await manager.launch(plan({ regionId: REGION, name: 'impostor2' }), 'correct horse battery');
    await atLogin;
    const record = journal.get(again.id);
    const ip = record?.resources.publicIp;
    expect(ip).toMatch(/^\d+\.\d+\.\d+\.\d+$/);
    expect(record?.hostPublicKey).toBeTruthy();
    try {
      // Danlu's login waits for sshd to come up; so does this one.
      let answer = '';
      for (let i = 0; i < 120; i++) {
        answer = await opensshLogin('impostor2', ip as string, record?.hostPublicKey);
        if (!/Connection refused|Connection reset|Connection closed|timed out/i.test(answer)) break;
        await sleep(1000);
      }
      expect(answer).toMatch(/Host key verification failed|REMOTE HOST IDENTIFICATION HAS CHANGED/);
    } finally {
      sshGate = undefined;
      go();
      impostor = false;
    }
    await until(again.id, ['failed']);
  });

  it('removes every secret from the machine before "save as image", and the machine works again after', async () => {
    const session = manager.get(readyId);
    const instanceId = session.resources.instanceId as string;
    const token = (await tokens.get(instanceId)) as string;
    expect(token).toMatch(/^[0-9a-f]{48}$/);
    const machine = host.machine(instanceId);
    await machine.exec(['sh', '-c', 'echo "cat secrets" > /root/.bash_history; echo "ls" > /home/ml/.bash_history']);
    // What a person's own work leaves behind: every cell in IPython's history, tokens and keys.
    await machine.exec([
      'sh',
      '-c',
      [
        'for home in /root /home/ml; do',
        '  mkdir -p $home/.ipython/profile_default $home/.cache/huggingface $home/.ssh',
        '  echo "hf_token=hf_secret" > $home/.ipython/profile_default/history.sqlite',
        '  echo hf_secret > $home/.cache/huggingface/token',
        '  echo https://me:ghp_secret@github.com > $home/.git-credentials',
        '  echo "machine example.com login me password secret" > $home/.netrc',
        '  echo "-----BEGIN OPENSSH PRIVATE KEY-----" > $home/.ssh/id_ed25519',
        'done',
        'mkdir -p /var/log/journal/0123 && echo token=hf_secret > /var/log/journal/0123/system.journal',
        'echo 0123456789abcdef0123456789abcdef > /etc/machine-id',
      ].join('\n'),
    ]);
    const hostPrivate = await machine.exec(['cat', '/etc/ssh/ssh_host_ed25519_key']);

    const saved = await manager.saveImage(readyId, 'danlu-known-clean');
    expect(saved.phase).toBe('stopped');
    const imageId = saved.resources.imageId as string;
    const image = (await api.describeAllImages({ regionId: REGION, imageId, imageOwnerAlias: 'self' }))[0];
    const snapshotId = image?.diskDeviceMappings[0]?.snapshotId as string;
    const layer = host.systemLayer(snapshotId);
    expect(existsSync(layer)).toBe(true);

    // What the image holds is the machine's layer over the clean root: neither may hold a secret file.
    const gone = [
      'etc/danlu/notebook.env',
      'etc/danlu/tls/notebook.key',
      'etc/ssh/ssh_host_ed25519_key',
      'etc/ssh/ssh_host_ed25519_key.pub',
      'etc/ssh/ssh_host_rsa_key',
      'etc/ssh/ssh_host_ecdsa_key',
      'root/.ssh/authorized_keys',
      'home/ml/.ssh/authorized_keys',
      'root/.bash_history',
      'home/ml/.bash_history',
      `var/lib/cloud/instances/${instanceId}/user-data.txt`,
      ...['root', 'home/ml'].flatMap((home) => [
        `${home}/.ipython/profile_default/history.sqlite`,
        `${home}/.cache/huggingface/token`,
        `${home}/.git-credentials`,
        `${home}/.netrc`,
        `${home}/.ssh/id_ed25519`,
      ]),
      'var/log/journal/0123/system.journal',
    ];
    for (const path of gone) {
      expect(existsSync(join(host.rootFileSystem, path)), `root: ${path}`).toBe(false);
      const inLayer = join(layer, path);
      // Absent from the layer, or a whiteout (a 0/0 character device) hiding the lower file.
      const present = existsSync(inLayer) && !lstatSync(inLayer).isCharacterDevice();
      expect(present, `image: ${path}`).toBe(false);
    }
    const contents = filesUnder(layer).map((f) => readFileSync(f, 'latin1'));
    // The machine id is emptied, as cloud images ship it.
    const machineId = join(layer, 'etc', 'machine-id');
    expect(existsSync(machineId) ? readFileSync(machineId, 'utf8') : '').toBe('');
    const secrets = [token, hostPrivate.trim().split('\n')[1] as string, 'PRIVATE KEY-----', 'hf_secret', 'ghp_secret'];
    for (const secret of secrets)
      expect(
        contents.some((c) => c.includes(secret)),
        secret.slice(0, 20),
      ).toBe(false);

    // Started again, the machine gets its pinned host key back from cloud-init and its notebook from Danlu.
    const back = await manager.start(readyId);
    expect(back.phase).toBe('ready');
    const key = await host.machine(instanceId).exec(['cat', '/etc/ssh/ssh_host_ed25519_key.pub']);
    expect(hostKeySha256(key)).toBe(journal.get(readyId)?.hostKeySha256);
  });

  it('never formats a disk Danlu did not create: a raw disk stops the launch and keeps its bytes', async () => {
    // Someone's raw disk (no file system, data from byte 0), brought with the user's confirmation.
    const { diskId } = await api.createDisk({
      regionId: REGION,
      zoneId: manager.get(readyId).zoneId as string,
      size: 1,
      diskCategory: 'cloud_essd',
      clientToken: 'raw-disk',
    });
    for (let i = 0; i < 600; i++) {
      if ((await api.describeDisks({ regionId: REGION, diskIds: [diskId] })).disks[0]?.status === 'Available') break;
      await sleep(100);
    }
    // The client tags what it creates; a disk made in the console has no tag.
    await untag(sim, diskId);
    const file = join(host.stateDir, 'disks', `${diskId}.img`);
    for (let i = 0; i < 100 && !existsSync(file); i++) await sleep(100);
    const sentinel = Buffer.from('my raw research data, no file system\n');
    const fd = openSync(file, 'r+');
    writeSync(fd, sentinel, 0, sentinel.length, 0);

    const launched = await manager.launch(
      plan({ regionId: REGION, name: 'rawdisk', disk: { kind: 'existing', diskId } }),
      'correct horse battery',
      [diskId],
    );
    const end = await until(launched.id, ['ready', 'failed']);
    expect(end.phase).toBe('failed');
    expect(end.error?.text.en).toMatch(/no file system found on the data disk.*left untouched/);
    const head = Buffer.alloc(sentinel.length);
    readSync(fd, head, 0, head.length, 0);
    expect(head.equals(sentinel)).toBe(true);
    expect(blkid(file)).not.toMatch(/TYPE=/);
    // The rollback released the instance but never touched the disk.
    expect((await api.describeDisks({ regionId: REGION, diskIds: [diskId] })).disks[0]?.status).toBe('Available');
  });
});

/** What blkid finds on a disk image ("" when nothing: blkid then exits 2). */
function blkid(file: string): string {
  try {
    return execFileSync('blkid', ['-p', file], { encoding: 'utf8' });
  } catch {
    return '';
  }
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name));
}

/** Removes Danlu's tags from a disk, as if it had been made outside Danlu. */
async function untag(sim: Simulator, diskId: string): Promise<void> {
  const { default: RPCClient } = await import('@alicloud/pop-core');
  const ecs = new RPCClient({
    endpoint: sim.endpoint,
    apiVersion: '2014-05-26',
    accessKeyId: sim.accessKeyId,
    accessKeySecret: sim.accessKeySecret,
  });
  await ecs.request(
    'UntagResources',
    { RegionId: REGION, ResourceType: 'disk', 'ResourceId.1': diskId, All: true },
    { method: 'POST' },
  );
}
