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

/**
 * One pinned SSH connection per session, made on first use and made again after it drops: files
 * and forwarded ports share it, so the machine sees one login, not one per transfer or visitor.
 */
export class MachineLinks {
  private readonly links = new Map<string, Promise<MachineLink>>();

  constructor(private readonly options: MachineLinksOptions) {}

  /** The session's machine, reachable now; refused (in both languages) when the session has none. */
  link(sessionId: string, signal?: AbortSignal): Promise<MachineLink> {
    let link = this.links.get(sessionId);
    if (!link) {
      link = this.open(sessionId, signal);
      this.links.set(sessionId, link);
      link.then(
        (l) => l.gone.then(() => this.forget(sessionId, link)),
        () => this.forget(sessionId, link),
      );
    }
    return link;
  }

  /** Closes the session's connection (the session stopped or went away). */
  drop(sessionId: string): void {
    const link = this.links.get(sessionId);
    this.links.delete(sessionId);
    void link?.then((l) => (l as LinkWithClose).close()).catch(() => undefined);
  }

  dispose(): void {
    for (const id of [...this.links.keys()]) this.drop(id);
  }

  private forget(sessionId: string, link: Promise<MachineLink> | undefined): void {
    if (this.links.get(sessionId) === link) this.links.delete(sessionId);
  }

  private async open(sessionId: string, signal?: AbortSignal): Promise<LinkWithClose> {
    const machine = await this.options.sessions.machine(sessionId);
    const login = reachable(machine);
    const shell = await machine.ssh.connect(login, { timeoutMs: this.options.connectTimeoutMs ?? 30_000, signal });
    const { sftp, forwardOut, gone } = shell;
    if (!sftp || !forwardOut || !gone) {
      shell.close();
      throw new AppError(msg('machine-link.noMachine'));
    }
    this.options.log.info(`workbench: connected to session ${sessionId}`);
    return {
      exec: (command, options) => shell.exec(command, options),
      sftp: () => sftp.call(shell),
      forwardOut: (port) => forwardOut.call(shell, port),
      gone,
      close: () => shell.close(),
    };
  }
}

type LinkWithClose = MachineLink & Pick<RemoteShell, 'close'>;

/** The pinned login of a session whose machine can be reached now, or the reason it cannot. */
function reachable(machine: SessionMachine) {
  if (machine.demo) throw new AppError(msg('machine-link.demo'), { code: 'machine-link.demo' });
  if (machine.session.phase !== 'ready' || !machine.login) {
    throw new AppError(msg('machine-link.notReady', { name: machine.session.name }), {
      code: 'machine-link.notReady',
    });
  }
  return machine.login;
}
