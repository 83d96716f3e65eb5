import type { Duplex } from 'node:stream';
import type { SFTPWrapper } from 'ssh2';
import { AppError } from '../../../shared/errors';
import { msg } from '../../../shared/words/message';
import type { ExecOptions, ExecResult, RemoteShell } from '../../bootstrap/ssh-runner';
import type { Logger } from '../../log/logger';
import type { SessionHub, SessionMachine } from '../../sessions';

/** A live connection to a session's machine with what the workbench needs of it. */
export interface MachineLink {
  exec(command: string, options?: ExecOptions): Promise<ExecResult>;
  sftp(): Promise<SFTPWrapper>;
  forwardOut(port: number): Promise<Duplex>;
  /** Settles when this connection is gone (the next `link()` makes a new one). */
  gone: Promise<void>;
}

export interface MachineLinksOptions {
  sessions: Pick<SessionHub, 'machine'>;
  log: Logger;
  /** How long a login may take before it is given up (a machine that does not answer). */
  connectTimeoutMs?: number;
}

/** What the machine's readers (GPU readings, danlu-notify's spool) need of a connection: commands, and its end. */
export type MachineReader = Pick<MachineLink, 'exec' | 'gone'>;

type SharedLink = MachineLink & Pick<RemoteShell, 'close'> & { demo: boolean };

/**
 * One pinned SSH connection per session, made on first use and made again after it drops: files,
 * forwarded ports and the machine's readers share it, so the machine sees one login, not one per
 * transfer, visitor or reading.
 */
export class MachineLinks {
  private readonly links = new Map<string, Promise<SharedLink>>();

  constructor(private readonly options: MachineLinksOptions) {}

  /** The session's machine, reachable now; refused (in both languages) when the session has none. */
  async link(sessionId: string, signal?: AbortSignal): Promise<MachineLink> {
    const link = await this.shared(sessionId, signal);
    // A demo machine answers commands with made-up readings, but has no disk to copy to nor ports.
    if (link.demo) throw new AppError(msg('machine-link.demo'), { code: 'machine-link.demo' });
    return link;
  }

  /** The same connection for commands only, demo machines included (their readings are made up). */
  reader(sessionId: string, signal?: AbortSignal): Promise<MachineReader> {
    return this.shared(sessionId, signal);
  }

  /** Closes the session's connection (the session stopped or went away). */
  drop(sessionId: string): void {
    const link = this.links.get(sessionId);
    this.links.delete(sessionId);
    void link?.then((l) => l.close()).catch(() => undefined);
  }

  dispose(): void {
    for (const id of [...this.links.keys()]) this.drop(id);
  }

  private shared(sessionId: string, signal?: AbortSignal): Promise<SharedLink> {
    let link = this.links.get(sessionId);
    if (!link) {
      const made = this.open(sessionId, signal);
      link = made;
      this.links.set(sessionId, made);
      made.then(
        (l) => l.gone.then(() => this.forget(sessionId, made)),
        () => this.forget(sessionId, made),
      );
    }
    return link;
  }

  private forget(sessionId: string, link: Promise<SharedLink>): void {
    if (this.links.get(sessionId) === link) this.links.delete(sessionId);
  }

  private async open(sessionId: string, signal?: AbortSignal): Promise<SharedLink> {
    const machine = await this.options.sessions.machine(sessionId);
    const login = reachable(machine);
    const shell = await machine.ssh.connect(login, { timeoutMs: this.options.connectTimeoutMs ?? 30_000, signal });
    if (machine.demo) return demoLink(shell);
    const { sftp, forwardOut, gone } = shell;
    if (!sftp || !forwardOut || !gone) {
      shell.close();
      throw new AppError(msg('machine-link.noMachine'));
    }
    this.options.log.info(`workbench: connected to session ${sessionId}`);
    return {
      demo: false,
      exec: (command, options) => shell.exec(command, options),
      sftp: () => sftp.call(shell),
      forwardOut: (port) => forwardOut.call(shell, port),
      gone,
      close: () => shell.close(),
    };
  }
}

/** A demo machine's stand-in connection: commands only, gone once closed. */
function demoLink(shell: RemoteShell): SharedLink {
  let closed = () => {};
  const gone = new Promise<void>((resolve) => {
    closed = resolve;
  });
  const none = () => Promise.reject(new AppError(msg('machine-link.demo'), { code: 'machine-link.demo' }));
  return {
    demo: true,
    exec: (command, options) => shell.exec(command, options),
    sftp: none,
    forwardOut: none,
    gone,
    close: () => {
      shell.close();
      closed();
    },
  };
}

/** The pinned login of a session whose machine can be reached now, or the reason it cannot. */
function reachable(machine: SessionMachine) {
  if (machine.session.phase !== 'ready' || !machine.login) {
    throw new AppError(msg('machine-link.notReady', { name: machine.session.name }), {
      code: 'machine-link.notReady',
    });
  }
  return machine.login;
}
