import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import type { HostDisk, InstanceBootSpec, InstanceHost } from '../../../src/simulator/instance-host';
import { DiskStore } from './disk-store';
import { killLeftoversSync, loopsUnder, recordLeftovers, sweepDeadRuns } from './emergency-cleanup';
import { RELAYED_PORTS } from './net-namespace';
import { NspawnMachine } from './nspawn-machine';
import { ensureRootfs } from './rootfs-cache';
import { TcpForwarder } from './tcp-forwarder';

export interface NspawnHostOptions {
  /** A ready root file system; built (or taken from the cache) when omitted. */
  rootfs?: string;
  /** Parent of this host's state directory (disks, overlay layers, sockets). */
  stateRoot?: string;
  /** The address inside each instance where its metadata service answers on port 80. */
  metadataAddress?: string;
  /** Called when a machine powers itself off (shutdown from inside, e.g. the idle watchdog). */
  onPowerOff?: (instanceId: string) => void;
  /** Machines that boot with host keys of their own whatever UserData says (impostors, for tests of the pin). */
  isImpostor?: (spec: InstanceBootSpec) => boolean;
  /** Machines whose PCI bus shows an NVIDIA GPU (no driver: see rootfs/driver-stand-in). */
  hasGpu?: (spec: InstanceBootSpec) => boolean;
  log?: (line: string) => void;
}

const live = new Set<NspawnInstanceHost>();
let safetyNetInstalled = false;

/** If the test process exits without close(), nothing of ours may stay behind. */
function installSafetyNet(): void {
  if (safetyNetInstalled) return;
  safetyNetInstalled = true;
  process.on('exit', () => {
    for (const host of live) host.closeSync();
  });
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
    process.once(signal, () => {
      for (const host of live) host.closeSync();
      process.kill(process.pid, signal);
    });
  }
}

/**
 * The simulator's instance host for system tests: every instance is a real Debian machine
 * booted with systemd-nspawn, reachable by SSH on its own 127.0.0.x address, with data disks on
 * loop devices that show up inside as /dev/vdX and /dev/disk/by-id/virtio-<serial>.
 */
export class NspawnInstanceHost implements InstanceHost {
  private readonly machines = new Map<string, NspawnMachine>();
  private readonly takenIps = new Set<string>();
  private closed = false;
  private readonly powerOffListeners: Array<(instanceId: string) => void> = [];
  readonly metadataAddress: string;

  private constructor(
    private readonly rootfs: string,
    readonly stateDir: string,
    private readonly disks: DiskStore,
    private readonly options: NspawnHostOptions,
  ) {
    this.metadataAddress = options.metadataAddress ?? '127.100.100.200';
  }

  static async create(options: NspawnHostOptions = {}): Promise<NspawnInstanceHost> {
    const rootfs = options.rootfs ?? (await ensureRootfs({ onLine: options.log }));
    const stateRoot = options.stateRoot ?? '/var/tmp/danlu-instance-host';
    mkdirSync(stateRoot, { recursive: true });
    sweepDeadRuns(stateRoot);
    const stateDir = mkdtempSync(join(stateRoot, 'run-'));
    recordLeftovers(stateDir, { pids: [], loops: [] });
    const disks = new DiskStore(stateDir);
    await disks.init();
    const host = new NspawnInstanceHost(rootfs, stateDir, disks, options);
    live.add(host);
    installSafetyNet();
    return host;
  }

  /** The simulator hears of machines that power themselves off (see InstanceHost.watchPowerOffs). */
  watchPowerOffs(listener: (instanceId: string) => void): void {
    this.powerOffListeners.push(listener);
  }

  /** The metadata base URL as seen from inside an instance (the scripts' setting in tests). */
  get metadataUrl(): string {
    return `http://${this.metadataAddress}`;
  }

  private log(line: string): void {
    this.options.log?.(line);
  }

  machine(instanceId: string): NspawnMachine {
    const m = this.machines.get(instanceId);
    if (!m) throw new Error(`no machine ${instanceId} on this host`);
    return m;
  }

  async boot(spec: InstanceBootSpec): Promise<{ publicIp: string }> {
    if (this.closed) throw new Error('instance host is closed');
    let m = this.machines.get(spec.instanceId);
    if (!m) {
      m = new NspawnMachine(spec, {
        rootfs: this.rootfs,
        dir: join(this.stateDir, spec.instanceId),
        diskPath: (id) => this.disks.diskPath(id),
        metadataAddress: this.metadataAddress,
        listenPublic: (prefer, socketDir) => this.listenPublic(prefer, socketDir),
        onPowerOff: () => {
          this.releaseIp(m?.ip);
          this.options.onPowerOff?.(spec.instanceId);
          for (const listener of this.powerOffListeners) listener(spec.instanceId);
        },
        log: (line) => this.log(line),
        ignoreUserDataKeys: this.options.isImpostor?.(spec) ?? false,
        gpu: this.options.hasGpu?.(spec) ?? false,
      });
      this.machines.set(spec.instanceId, m);
    }
    const started = Date.now();
    const result = await m.boot(spec);
    this.log(`${spec.instanceId}: booted on ${result.publicIp} in ${Date.now() - started} ms`);
    this.recordLeftovers();
    return result;
  }

  /**
   * Listens for the instance's SSH and notebook ports on a free 127.0.0.x address, keeping the
   * previous one when it is still free. Binding is the check: another process on the machine
   * (or another suite) may hold any address.
   */
  private async listenPublic(prefer: string | undefined, socketDir: string) {
    const candidates: string[] = [];
    if (prefer) candidates.push(prefer);
    const offset = Math.floor(Math.random() * 200);
    for (let i = 0; i < 200; i++) candidates.push(`127.0.0.${20 + ((offset + i) % 200)}`);
    for (const ip of candidates) {
      if (this.takenIps.has(ip) && ip !== prefer) continue;
      const forwarders: TcpForwarder[] = [];
      try {
        for (const [name, port] of Object.entries(RELAYED_PORTS)) {
          forwarders.push(await TcpForwarder.listen(ip, port, join(socketDir, `${name}.sock`)));
        }
        this.takenIps.add(ip);
        return { ip, forwarders };
      } catch {
        await Promise.all(forwarders.map((f) => f.close()));
      }
    }
    throw new Error('no free 127.0.0.x address for an instance');
  }

  private releaseIp(ip: string | undefined): void {
    if (ip) this.takenIps.delete(ip);
  }

  async stop(instanceId: string): Promise<void> {
    const m = this.machines.get(instanceId);
    if (!m) return;
    await m.stop();
    this.releaseIp(m.ip);
    this.recordLeftovers();
  }

  async release(instanceId: string): Promise<void> {
    const m = this.machines.get(instanceId);
    if (!m) return;
    await m.stop();
    this.releaseIp(m.ip);
    this.machines.delete(instanceId);
    await rm(join(this.stateDir, instanceId), { recursive: true, force: true });
    this.recordLeftovers();
  }

  async attachDisk(instanceId: string, disk: HostDisk): Promise<void> {
    await this.machine(instanceId).attachDisk(disk);
    this.recordLeftovers();
  }

  async detachDisk(instanceId: string, diskId: string): Promise<void> {
    await this.machine(instanceId).detachDisk(diskId);
    this.recordLeftovers();
  }

  createDisk(diskId: string, sizeGiB: number): Promise<void> {
    return this.disks.create(diskId, sizeGiB);
  }

  async snapshotDisk(diskId: string, snapshotId: string): Promise<void> {
    const machine = [...this.machines.values()].find((m) => m.systemDiskId === diskId);
    // A system disk is the machine's own layer over the shared root file system.
    if (machine) await machine.copyLayer(this.systemLayer(snapshotId));
    else await this.disks.snapshot(diskId, snapshotId);
  }

  /** Where the snapshot of a system disk keeps the machine's files (an overlay layer over the root). */
  systemLayer(snapshotId: string): string {
    return join(this.stateDir, 'snapshots', `${snapshotId}.layer`);
  }

  /** The root file system every machine starts from (the lower layer of each overlay). */
  get rootFileSystem(): string {
    return this.rootfs;
  }

  createDiskFromSnapshot(snapshotId: string, diskId: string, sizeGiB: number): Promise<void> {
    return this.disks.createFromSnapshot(snapshotId, diskId, sizeGiB);
  }

  deleteDisk(diskId: string): Promise<void> {
    return this.disks.deleteDisk(diskId);
  }

  deleteSnapshot(snapshotId: string): Promise<void> {
    return this.disks.deleteSnapshot(snapshotId);
  }

  scheduleTermination(instanceId: string, at: Date | null): void {
    this.machines.get(instanceId)?.scheduleTermination(at);
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    await Promise.all([...this.machines.values()].map((m) => m.stop().catch(() => undefined)));
    this.machines.clear();
    this.cleanupDir();
  }

  /** The exit-time path: no event loop left, so everything is killed and undone synchronously. */
  closeSync(): void {
    if (!this.closed) {
      this.closed = true;
      const pids = [...this.machines.values()].flatMap((m) => m.emergencyState().pids);
      const loops = [...this.machines.values()].flatMap((m) => m.emergencyState().loops);
      killLeftoversSync({ pids, loops });
    }
    this.cleanupDir();
  }

  private cleanupDir(): void {
    killLeftoversSync({ pids: [], loops: loopsUnder(this.stateDir) });
    rmSync(this.stateDir, { recursive: true, force: true });
    live.delete(this);
  }

  private recordLeftovers(): void {
    const states = [...this.machines.values()].map((m) => m.emergencyState());
    recordLeftovers(this.stateDir, { pids: states.flatMap((s) => s.pids), loops: states.flatMap((s) => s.loops) });
  }
}
