import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chmod, mkdir, readdir, rm, writeFile } from 'node:fs/promises';
import { connect } from 'node:net';
import { basename, dirname, join } from 'node:path';
import type { HostDisk, InstanceBootSpec } from '../../../src/simulator/instance-host';
import { appendOutput } from './append-output';
import { exited, findDescendant, stopProcess } from './child-processes';
import { firstBootFromUserData, hostKeysFromUserData } from './cloud-config';
import { attachLoop, detachLoop } from './disk-store';
import { MetadataServer } from './metadata-server';
import { NetNamespace, RELAYED_PORTS, waitFor } from './net-namespace';
import { run } from './run-command';
import type { TcpForwarder } from './tcp-forwarder';

/** systemd-nspawn's exit status when the container asked for a reboot. */
const EXIT_REBOOT = 133;

export interface MachineEnv {
  rootfs: string;
  /** This machine's own directory (overlay layers, sockets, disk map, console log). */
  dir: string;
  /** Where each disk's bytes are. */
  diskPath: (diskId: string) => string;
  metadataAddress: string;
  /** Picks a free loopback address and listens on it: the forwarders for SSH and the notebook. */
  listenPublic: (prefer: string | undefined, socketDir: string) => Promise<{ ip: string; forwarders: TcpForwarder[] }>;
  onPowerOff: () => void;
  log: (line: string) => void;
  /** An impostor: boots with keys of its own, whatever UserData says (tests of the pin). */
  ignoreUserDataKeys?: boolean;
  /** Its PCI bus shows an NVIDIA GPU (a T4's vendor and class), which has no driver yet. */
  gpu?: boolean;
}

interface AttachedDisk {
  disk: HostDisk;
  loop: string;
}

/**
 * One test instance: a copy-on-write copy of the root file system booted by systemd-nspawn with
 * systemd as PID 1, a private network reachable only through its loopback address, and its data
 * disks on loop devices. Survives stop/start (the upper layer is kept) until released.
 */
export class NspawnMachine {
  private nspawn: ChildProcess | undefined;
  private leader: number | undefined;
  private ns: NetNamespace | undefined;
  private forwarders: TcpForwarder[] = [];
  private readonly disks = new Map<string, AttachedDisk>();
  private readonly metadata: MetadataServer;
  private stopping = false;
  ip: string | undefined;

  constructor(
    private spec: InstanceBootSpec,
    private readonly env: MachineEnv,
  ) {
    this.metadata = new MetadataServer({
      instanceId: spec.instanceId,
      regionId: spec.regionId,
      zoneId: spec.zoneId,
      hostName: spec.hostName,
      httpTokens: spec.metadataTokens ?? 'optional',
    });
  }

  get running(): boolean {
    return this.nspawn !== undefined;
  }

  get systemDiskId(): string | undefined {
    return this.spec.systemDiskId;
  }

  /** Copies this machine's own files (the overlay's upper layer, whiteouts included) to `dest`. */
  async copyLayer(dest: string): Promise<void> {
    await rm(dest, { recursive: true, force: true });
    await run('cp', ['-a', this.paths.upper, dest], { timeoutMs: 5 * 60_000 });
  }

  private get paths() {
    const d = this.env.dir;
    return {
      upper: join(d, 'upper'),
      work: join(d, 'work'),
      merged: join(d, 'merged'),
      sockets: join(d, 'sock'),
      diskMap: join(d, 'disk-map'),
      pci: join(d, 'pci'),
      console: join(d, 'console.log'),
    };
  }

  async boot(spec: InstanceBootSpec = this.spec): Promise<{ publicIp: string }> {
    if (this.nspawn) return { publicIp: this.ip as string };
    this.spec = spec;
    this.stopping = false;
    const p = this.paths;
    for (const dir of [p.upper, p.work, p.merged, p.sockets, p.diskMap]) await mkdir(dir, { recursive: true });
    await this.writeCloudInit();
    if (this.env.gpu) await this.writePciBus();
    try {
      await rm(join(p.sockets, 'metadata.sock'), { force: true });
      await this.metadata.listen(join(p.sockets, 'metadata.sock'));
      this.ns = await NetNamespace.create(p.sockets, this.env.metadataAddress, join(p.sockets, 'metadata.sock'));
      const pub = await this.env.listenPublic(this.ip, p.sockets);
      this.ip = pub.ip;
      this.forwarders = pub.forwarders;
      for (const disk of spec.disks) await this.attachLoopFor(disk);
      this.startContainer();
      await this.waitForSsh(60_000);
      await this.leaderPid();
      return { publicIp: this.ip };
    } catch (error) {
      const diagnosis = await this.diagnose();
      await this.stop();
      throw new Error(`${(error as Error).message}\n${diagnosis}`, { cause: error });
    }
  }

  /** What the machine says about itself when it did not come up (for the failure message). */
  private async diagnose(): Promise<string> {
    if (!this.nspawn) return 'the container had already ended';
    try {
      return await this.exec([
        'sh',
        '-c',
        'systemctl is-system-running; systemctl --failed --no-legend; systemctl status ssh --no-pager -n 20 2>&1 | tail -n 25',
      ]);
    } catch (e) {
      return `(no diagnosis: ${(e as Error).message})`;
    }
  }

  /**
   * What cloud-init does on a cloud image: the host name and hosts file at every boot; once per
   * instance (until `cloud-init clean` removes its record) root's key from the key pair and the
   * host keys from UserData's `ssh_keys`, keeping a copy of the user data as cloud-init does.
   */
  private async writeCloudInit(): Promise<void> {
    const { upper } = this.paths;
    const name = this.spec.hostName;
    await mkdir(join(upper, 'etc'), { recursive: true, mode: 0o755 });
    await writeFile(join(upper, 'etc', 'hostname'), `${name}\n`);
    await writeFile(
      join(upper, 'etc', 'hosts'),
      `127.0.0.1 localhost\n127.0.1.1 ${name}\n::1 localhost ip6-localhost\n`,
    );
    const record = join(upper, 'var', 'lib', 'cloud', 'instances', this.spec.instanceId);
    if (existsSync(join(record, 'sem', 'config_ssh'))) return;
    const ssh = join(upper, 'root', '.ssh');
    await mkdir(ssh, { recursive: true, mode: 0o700 });
    await chmod(join(upper, 'root'), 0o700);
    await writeFile(join(ssh, 'authorized_keys'), `${this.spec.authorizedKeys.join('\n')}\n`, { mode: 0o600 });
    const keys = this.env.ignoreUserDataKeys ? undefined : hostKeysFromUserData(this.spec.userData);
    if (keys) {
      const etcSsh = join(upper, 'etc', 'ssh');
      await mkdir(etcSsh, { recursive: true, mode: 0o755 });
      if (keys.deleteExisting) {
        for (const file of await readdir(etcSsh)) if (file.startsWith('ssh_host_')) await rm(join(etcSsh, file));
      }
      for (const [file, content] of keys.files) {
        await writeFile(join(etcSsh, file), content, { mode: file.endsWith('.pub') ? 0o644 : 0o600 });
      }
    }
    await mkdir(join(record, 'sem'), { recursive: true, mode: 0o755 });
    // write_files before sshd starts; runcmd as cloud-init keeps it, for the cloud-final stand-in.
    const firstBoot = firstBootFromUserData(this.spec.userData);
    for (const file of firstBoot.files) {
      const dest = join(upper, file.path);
      await mkdir(dirname(dest), { recursive: true, mode: 0o755 });
      await writeFile(dest, file.content, { mode: file.mode });
      await chmod(dest, file.mode);
    }
    if (firstBoot.runcmd.length > 0) {
      await mkdir(join(record, 'scripts'), { recursive: true, mode: 0o700 });
      await writeFile(join(record, 'scripts', 'runcmd'), `#!/bin/sh\n${firstBoot.runcmd.join('\n')}\n`, {
        mode: 0o700,
      });
    }
    if (this.spec.userData) {
      await writeFile(join(record, 'user-data.txt'), Buffer.from(this.spec.userData, 'base64'), { mode: 0o600 });
    }
    await writeFile(join(record, 'sem', 'config_ssh'), '');
  }

  /** The PCI bus a GPU machine shows: one NVIDIA 3D controller (what nvidia.sh looks for). */
  private async writePciBus(): Promise<void> {
    const device = join(this.paths.pci, '0000:00:07.0');
    await mkdir(device, { recursive: true, mode: 0o755 });
    await writeFile(join(device, 'vendor'), '0x10de\n');
    await writeFile(join(device, 'device'), '0x1eb8\n');
    await writeFile(join(device, 'class'), '0x030200\n');
  }

  private startContainer(): void {
    const p = this.paths;
    const binds = [...this.disks.values()].map((d) => `--bind=${d.loop}:${d.disk.device}`);
    const nspawnArgs = [
      '-q',
      '-b',
      '-D',
      p.merged,
      `--machine=${this.spec.instanceId}`,
      '--register=no',
      '--keep-unit',
      '--console=passive',
      '--link-journal=no',
      '--resolv-conf=off',
      `--network-namespace-path=${this.ns?.path}`,
      `--bind-ro=${p.diskMap}:/opt/danlu-test/disks`,
      ...(this.env.gpu ? [`--bind-ro=${p.pci}:/sys/bus/pci/devices`] : []),
      ...binds,
    ];
    // The overlay is mounted in a private mount namespace: the host never sees it, and it goes
    // away with the container whatever happens to this process.
    const script = 'mount -t overlay overlay -o "lowerdir=$1,upperdir=$2,workdir=$3" "$4" && shift 4 && exec "$@"';
    const child = spawn(
      'unshare',
      [
        '-m',
        '--propagation',
        'private',
        'sh',
        '-c',
        script,
        'boot',
        this.env.rootfs,
        p.upper,
        p.work,
        p.merged,
        'systemd-nspawn',
        ...nspawnArgs,
      ],
      { stdio: ['ignore', 'pipe', 'pipe'] },
    );
    appendOutput(child, p.console, (e) => this.env.log(`${this.spec.instanceId}: console log: ${e.message}`));
    child.on('error', (e) => this.env.log(`${this.spec.instanceId}: nspawn failed to start: ${e.message}`));
    child.on('exit', (code, signal) => void this.onContainerExit(child, code, signal));
    this.nspawn = child;
  }

  private async onContainerExit(child: ChildProcess, code: number | null, signal: string | null): Promise<void> {
    if (this.nspawn !== child) return;
    this.nspawn = undefined;
    this.leader = undefined;
    if (this.stopping) return;
    this.env.log(`${this.spec.instanceId}: container ended by itself (${signal ?? code})`);
    await this.releaseRuntime();
    if (code === EXIT_REBOOT) {
      // A reboot ends nspawn; the hypervisor's part is to power the machine on again.
      await this.boot().catch((e: Error) => this.env.log(`${this.spec.instanceId}: reboot failed: ${e.message}`));
    } else {
      this.env.onPowerOff();
    }
  }

  /** The container's PID 1 (systemd), for nsenter. */
  private async leaderPid(): Promise<number> {
    if (this.leader) return this.leader;
    const nspawnPid = this.nspawn?.pid;
    if (!nspawnPid) throw new Error(`${this.spec.instanceId} is not running`);
    await waitFor(() => findDescendant(nspawnPid, 'systemd') !== undefined, 10_000, 'the container init');
    this.leader = findDescendant(nspawnPid, 'systemd');
    return this.leader as number;
  }

  private async waitForSsh(timeoutMs: number): Promise<void> {
    const ip = this.ip as string;
    await waitFor(
      async () => {
        if (!this.nspawn) throw new Error(`${this.spec.instanceId} stopped while booting; see ${this.paths.console}`);
        return sshBanner(ip, RELAYED_PORTS.ssh);
      },
      timeoutMs,
      `sshd on ${ip}`,
    );
  }

  private async attachLoopFor(disk: HostDisk): Promise<AttachedDisk> {
    const loop = await attachLoop(this.env.diskPath(disk.diskId));
    const attached = { disk, loop };
    this.disks.set(disk.diskId, attached);
    const guest = basename(disk.device);
    await writeFile(join(this.paths.diskMap, guest), `${basename(loop)} ${disk.serial}\n`);
    return attached;
  }

  async attachDisk(disk: HostDisk): Promise<void> {
    if (!this.nspawn) {
      this.spec = { ...this.spec, disks: [...this.spec.disks.filter((d) => d.diskId !== disk.diskId), disk] };
      return;
    }
    await this.attachLoopFor(disk);
    this.spec = { ...this.spec, disks: [...this.spec.disks, disk] };
    // The guest's udev stand-in makes the node and links; wait until the by-id link is there.
    const pid = await this.leaderPid();
    const link = `/dev/disk/by-id/virtio-${disk.serial}`;
    await waitFor(
      async () =>
        run('nsenter', ['-t', String(pid), '-m', 'test', '-b', link])
          .then(() => true)
          .catch(() => false),
      10_000,
      link,
    );
  }

  async detachDisk(diskId: string): Promise<void> {
    this.spec = { ...this.spec, disks: this.spec.disks.filter((d) => d.diskId !== diskId) };
    const attached = this.disks.get(diskId);
    if (!attached) return;
    this.disks.delete(diskId);
    const guest = basename(attached.disk.device);
    await rm(join(this.paths.diskMap, guest), { force: true });
    if (this.nspawn) {
      const pid = String(await this.leaderPid());
      // A node nspawn bind-mounted at boot must be unmounted before it can disappear.
      const script = 'if findmnt -rn --mountpoint "$1" >/dev/null; then umount "$1"; fi; rm -f "$1"';
      await run('nsenter', ['-t', pid, '-m', 'sh', '-c', script, 'detach', attached.disk.device]);
    }
    await detachLoop(attached.loop);
  }

  scheduleTermination(at: Date | null): void {
    this.metadata.scheduleTermination(at);
  }

  /** Runs a command inside the machine as root (tests use it to look at what bootstrap left). */
  async exec(command: string[], input?: string): Promise<string> {
    const pid = String(await this.leaderPid());
    return run('nsenter', ['-t', pid, '-m', '-u', '-i', '-n', '-p', '--', ...command], { input });
  }

  /** Powers off (SIGTERM makes nspawn halt the container cleanly) and frees what the boot took. */
  async stop(): Promise<void> {
    this.stopping = true;
    const child = this.nspawn;
    if (child) {
      await stopProcess(child, 15_000);
      await exited(child);
    }
    this.nspawn = undefined;
    this.leader = undefined;
    await this.releaseRuntime();
  }

  private async releaseRuntime(): Promise<void> {
    await Promise.all(this.forwarders.map((f) => f.close()));
    this.forwarders = [];
    await this.ns?.close();
    this.ns = undefined;
    await this.metadata.close().catch(() => undefined);
    for (const [diskId, attached] of this.disks) {
      await detachLoop(attached.loop);
      await rm(join(this.paths.diskMap, basename(attached.disk.device)), { force: true });
      this.disks.delete(diskId);
    }
  }

  /** Cuts every open connection to the machine at once, as a network failure would. */
  dropConnections(): void {
    for (const f of this.forwarders) f.dropConnections();
  }

  /** Everything to kill and detach if this process dies without a chance to stop cleanly. */
  emergencyState(): { pids: number[]; loops: string[] } {
    const pids = [this.leader, this.nspawn?.pid, ...(this.ns?.pids() ?? [])].filter((p): p is number => !!p);
    return { pids, loops: [...this.disks.values()].map((d) => d.loop) };
  }
}

/** True once something on host:port speaks SSH (our forwarder accepts even before sshd is up). */
function sshBanner(host: string, port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect({ host, port });
    const done = (ok: boolean) => {
      socket.destroy();
      resolve(ok);
    };
    socket.setTimeout(1000, () => done(false));
    socket.once('data', (data) => done(data.toString().startsWith('SSH-')));
    socket.once('error', () => done(false));
    socket.once('close', () => done(false));
  });
}
