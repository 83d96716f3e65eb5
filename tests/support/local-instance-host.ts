import YAML from 'yaml';
import type { SshConnector } from '../../src/main/bootstrap/ssh-runner';
import type { BootstrapPort } from '../../src/main/sessions';
import type { InstanceBootSpec, InstanceHost } from '../../src/simulator/instance-host';
import { type LocalMachine, startLocalMachine } from './local-machine';

/**
 * Instances of the simulator as stand-in machines on this computer (tests/support/local-machine.ts):
 * each boots with the host key its UserData carries (as cloud-init would install it) and the
 * key pair given to RunInstances, at an address of TEST-NET-1 that `connector` maps to it.
 * Disks are the simulator's records only; the stand-ins serve this computer's file system.
 */
export class LocalInstanceHost implements InstanceHost {
  readonly machines = new Map<string, LocalMachine>();
  private readonly byIp = new Map<string, LocalMachine>();
  private count = 0;

  async boot(spec: InstanceBootSpec): Promise<{ publicIp: string }> {
    const old = this.machines.get(spec.instanceId);
    if (old) await old.close();
    const cloudConfig = YAML.parse(Buffer.from(spec.userData ?? '', 'base64').toString('utf8')) as {
      ssh_keys: { ed25519_private: string; ed25519_public: string };
    };
    const machine = await startLocalMachine(spec.authorizedKeys[0] as string, {
      private: cloudConfig.ssh_keys.ed25519_private,
      public: cloudConfig.ssh_keys.ed25519_public,
    });
    this.machines.set(spec.instanceId, machine);
    const publicIp = `192.0.2.${++this.count}`;
    this.byIp.set(publicIp, machine);
    return { publicIp };
  }

  machine(instanceId: string): LocalMachine {
    const machine = this.machines.get(instanceId);
    if (!machine) throw new Error(`no machine for ${instanceId}`);
    return machine;
  }

  /** Connects to the stand-in behind the address a session names. */
  connector(inner: SshConnector): SshConnector {
    return {
      connect: (target, options) => {
        const machine = this.byIp.get(target.host);
        if (!machine) return Promise.reject(new Error(`ECONNREFUSED ${target.host}`));
        return inner.connect({ ...target, host: machine.host, port: machine.port }, options);
      },
    };
  }

  async stop(instanceId: string): Promise<void> {
    await this.machines.get(instanceId)?.close();
    this.machines.delete(instanceId);
  }
  release(instanceId: string): Promise<void> {
    return this.stop(instanceId);
  }
  async attachDisk(): Promise<void> {}
  async detachDisk(): Promise<void> {}
  async createDisk(): Promise<void> {}
  async snapshotDisk(): Promise<void> {}
  async createDiskFromSnapshot(): Promise<void> {}
  async deleteDisk(): Promise<void> {}
  async deleteSnapshot(): Promise<void> {}
  scheduleTermination(): void {}
  async close(): Promise<void> {
    for (const m of this.machines.values()) await m.close();
    this.machines.clear();
  }
}

/** The bootstrap for stand-in machines: nothing to install; the notebook is the one the test serves. */
export function standInBootstrap(notebook: () => { notebookUrl: string; fingerprint256: string }): BootstrapPort {
  return {
    run: async () => notebook(),
    scrub: async () => {},
  };
}
