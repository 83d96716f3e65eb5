import type { ChildProcess } from 'node:child_process';
import { existsSync, readlinkSync } from 'node:fs';
import { join } from 'node:path';
import { startHelper, stopProcess } from './child-processes';
import { run } from './run-command';

/** Ports of the instance reachable from the host through a relay. */
export const RELAYED_PORTS = { ssh: 22, notebook: 8888 } as const;

/**
 * An instance's private network namespace (only a loopback inside, as with a security group
 * that lets nothing else in), held open by a sleeping process so it outlives container reboots.
 * Relays inside it join the instance's ports to Unix sockets in `socketDir`, and a loopback
 * address inside to the metadata server's socket.
 */
export class NetNamespace {
  private constructor(
    private readonly holder: ChildProcess,
    private readonly relays: ChildProcess[],
  ) {}

  get path(): string {
    return `/proc/${this.holder.pid}/ns/net`;
  }

  static async create(socketDir: string, metadataAddress: string, metadataSocket: string): Promise<NetNamespace> {
    const holder = startHelper('unshare', ['--net', '--', 'sleep', 'infinity']);
    const ns = new NetNamespace(holder, []);
    try {
      // Until unshare(2) has run, the holder's ns/net is still ours: entering it then would put
      // the relays on the host's network instead of the instance's.
      const own = readlinkSync('/proc/self/ns/net');
      await waitFor(() => netnsOf(holder.pid) !== undefined && netnsOf(holder.pid) !== own, 5000, 'a new netns');
      await run('nsenter', [`--net=${ns.path}`, 'ip', 'link', 'set', 'lo', 'up']);
      for (const [name, port] of Object.entries(RELAYED_PORTS)) {
        const socket = join(socketDir, `${name}.sock`);
        ns.relays.push(
          startHelper('nsenter', [
            `--net=${ns.path}`,
            'socat',
            `UNIX-LISTEN:${socket},fork,unlink-early,mode=600`,
            `TCP4:127.0.0.1:${port}`,
          ]),
        );
      }
      ns.relays.push(
        startHelper('nsenter', [
          `--net=${ns.path}`,
          'socat',
          `TCP4-LISTEN:80,bind=${metadataAddress},fork,reuseaddr`,
          `UNIX-CONNECT:${metadataSocket}`,
        ]),
      );
      await waitFor(() => Object.keys(RELAYED_PORTS).every((n) => existsSync(join(socketDir, `${n}.sock`))), 5000);
      return ns;
    } catch (error) {
      await ns.close();
      throw error;
    }
  }

  /** Process ids to kill if the test process dies without closing. */
  pids(): number[] {
    return [this.holder, ...this.relays].flatMap((p) => (p.pid === undefined ? [] : [p.pid]));
  }

  async close(): Promise<void> {
    await Promise.all([...this.relays, this.holder].map((p) => stopProcess(p, 2000)));
  }
}

/** The network namespace of a process ("net:[inode]"), or undefined if it is gone. */
function netnsOf(pid: number | undefined): string | undefined {
  try {
    return pid === undefined ? undefined : readlinkSync(`/proc/${pid}/ns/net`);
  } catch {
    return undefined;
  }
}

export async function waitFor(condition: () => boolean | Promise<boolean>, timeoutMs: number, what = 'condition') {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}
