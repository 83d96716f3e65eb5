import type { Duplex } from 'node:stream';
import { Client, type ClientChannel, type SFTPWrapper } from 'ssh2';
import type { Clock } from '../../shared/clock';
import { AppError } from '../../shared/errors';
import { msg } from '../../shared/words/message';
import { hostKeySha256 } from './host-key';

/** Where and how to log in. */
export interface SshTarget {
  host: string;
  port?: number;
  username?: string;
  /** OpenSSH or PEM private key text. */
  privateKey: string;
  /** "SHA256:…" of the pinned host key; a different key is refused during the handshake. Unset: first contact. */
  hostKeySha256?: string;
  /** The pinned key's algorithm ("ssh-ed25519"): the only one offered, so the server must show that key. */
  hostKeyType?: string;
}

export interface ExecOptions {
  /** Written to the command's standard input, then closed (secrets go here, never in arguments). */
  stdin?: string;
  onLine?: (line: string, stream: 'stdout' | 'stderr') => void;
  timeoutMs?: number;
  signal?: AbortSignal;
  /** Characters of stdout and of stderr kept for the result (the first ones); unset: all. Long-running readers set it. */
  maxOutput?: number;
}

export interface ExecResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** A logged-in SSH connection as the bootstrap uses it. */
export interface RemoteShell {
  /** The host key's "SHA256:…" fingerprint, to pin for the next connection. */
  readonly hostKeySha256: string;
  exec(command: string, options?: ExecOptions): Promise<ExecResult>;
  upload(remotePath: string, content: string | Buffer, mode: number): Promise<void>;
  close(): void;
  /** The connection's SFTP session, opened once (the workbench streams files over it). Absent on stand-ins. */
  sftp?(): Promise<SFTPWrapper>;
  /** A TCP stream to `port` on the machine's own loopback, through this connection (no firewall rule needed). */
  forwardOut?(port: number): Promise<Duplex>;
  /** Settles once the connection is gone, dropped or closed. */
  readonly gone?: Promise<void>;
}

/** Opens SSH connections; injected so the bootstrap can be driven against any server. */
export interface SshConnector {
  connect(target: SshTarget, options: { timeoutMs: number; signal?: AbortSignal }): Promise<RemoteShell>;
}

const RETRYABLE =
  /ECONNREFUSED|ECONNRESET|ETIMEDOUT|EHOSTUNREACH|ENETUNREACH|handshake|Connection lost|authentication methods failed/i;

/** The real connector over ssh2. Retries while the machine is still starting (sshd not up yet). */
export class Ssh2Connector implements SshConnector {
  constructor(private readonly clock: Clock) {}

  async connect(target: SshTarget, options: { timeoutMs: number; signal?: AbortSignal }): Promise<RemoteShell> {
    const deadline = this.clock.now() + options.timeoutMs;
    for (;;) {
      options.signal?.throwIfAborted();
      try {
        return await connectOnce(target, Math.min(20_000, Math.max(1000, deadline - this.clock.now())));
      } catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        if (error instanceof AppError || !RETRYABLE.test(message) || this.clock.now() >= deadline) {
          if (error instanceof AppError) throw error;
          throw new AppError(msg('bootstrap.sshUnreachable', { host: target.host, reason: message }), {
            retryable: true,
            cause: error,
          });
        }
        await this.clock.sleep(1000, options.signal);
      }
    }
  }
}

function connectOnce(target: SshTarget, readyTimeout: number): Promise<RemoteShell> {
  return new Promise((resolve, reject) => {
    const client = new Client();
    let seenKey = '';
    let mismatch = false;
    client.once('ready', () => resolve(new Ssh2Shell(client, seenKey)));
    // Every error is listened to, not only the first: a client that failed can still report
    // another (a keepalive written after the end) and an unheard one would crash the process.
    let failed = false;
    client.on('error', (error) => {
      if (failed) return;
      failed = true;
      client.end();
      if (mismatch) {
        reject(new AppError(msg('bootstrap.hostKeyMismatch', { host: target.host, seen: seenKey })));
      } else reject(error);
    });
    client.connect({
      host: target.host,
      port: target.port ?? 22,
      username: target.username ?? 'root',
      privateKey: target.privateKey,
      readyTimeout,
      keepaliveInterval: 5000,
      keepaliveCountMax: 3,
      ...(target.hostKeyType ? { algorithms: { serverHostKey: [target.hostKeyType as 'ssh-ed25519'] } } : {}),
      hostVerifier: (key: Buffer) => {
        seenKey = hostKeySha256(key);
        mismatch = target.hostKeySha256 !== undefined && target.hostKeySha256 !== seenKey;
        return !mismatch;
      },
    });
  });
}

class Ssh2Shell implements RemoteShell {
  private session: Promise<SFTPWrapper> | undefined;
  private ended = false;
  private readonly lost: Promise<never>;
  readonly gone: Promise<void>;

  constructor(
    private readonly client: Client,
    readonly hostKeySha256: string,
  ) {
    this.lost = new Promise((_resolve, reject) => {
      const onGone = () => {
        this.ended = true;
        reject(new Error('Connection lost'));
      };
      client.once('close', onGone);
      client.on('error', () => undefined);
    });
    this.gone = this.lost.catch(() => undefined);
  }

  exec(command: string, options: ExecOptions = {}): Promise<ExecResult> {
    if (this.ended) return Promise.reject(new Error('Connection lost'));
    return new Promise((resolve, reject) => {
      let stdout = '';
      let stderr = '';
      let channel: ClientChannel | undefined;
      let settled = false;
      const finish = (error: Error | undefined, code = -1) => {
        if (settled) return;
        settled = true;
        clearTimeout(timer);
        options.signal?.removeEventListener('abort', onAbort);
        if (error) {
          channel?.close();
          reject(error);
        } else resolve({ code, stdout, stderr });
      };
      // A network timeout is wall-clock time whatever the app's clock says (the simulator's
      // clock may run faster than the machine answers).
      const timer = setTimeout(
        () => finish(new Error(`timed out after ${options.timeoutMs} ms: ${command.slice(0, 80)}`)),
        options.timeoutMs ?? 600_000,
      );
      const onAbort = () => finish(options.signal?.reason ?? new Error('aborted'));
      if (options.signal?.aborted) return onAbort();
      options.signal?.addEventListener('abort', onAbort, { once: true });
      this.lost.catch((error: Error) => finish(error));
      this.client.exec(command, (error, ch) => {
        if (error) return finish(error);
        channel = ch;
        ch.on('error', (e: Error) => finish(e));
        const out = lineSplitter((line) => options.onLine?.(line, 'stdout'));
        const err = lineSplitter((line) => options.onLine?.(line, 'stderr'));
        const keep = options.maxOutput ?? Number.POSITIVE_INFINITY;
        ch.on('data', (data: Buffer) => {
          if (stdout.length < keep) stdout += data.toString().slice(0, keep - stdout.length);
          out.push(data);
        });
        ch.stderr.on('data', (data: Buffer) => {
          if (stderr.length < keep) stderr += data.toString().slice(0, keep - stderr.length);
          err.push(data);
        });
        let exitCode = -1;
        ch.on('exit', (code: number | null) => {
          exitCode = code ?? -1;
        });
        ch.on('close', () => {
          out.flush();
          err.flush();
          if (exitCode === -1) finish(new Error('Connection lost'));
          else finish(undefined, exitCode);
        });
        ch.end(options.stdin ?? '');
      });
    });
  }

  sftp(): Promise<SFTPWrapper> {
    if (this.ended) return Promise.reject(new Error('Connection lost'));
    this.session ??= new Promise((resolve, reject) => this.client.sftp((e, s) => (e ? reject(e) : resolve(s))));
    // A failed open is not kept: the next call asks again.
    this.session.catch(() => {
      this.session = undefined;
    });
    return this.session;
  }

  forwardOut(port: number): Promise<Duplex> {
    if (this.ended) return Promise.reject(new Error('Connection lost'));
    return new Promise((resolve, reject) =>
      this.client.forwardOut('127.0.0.1', 0, '127.0.0.1', port, (e, channel) => (e ? reject(e) : resolve(channel))),
    );
  }

  async upload(remotePath: string, content: string | Buffer, mode: number): Promise<void> {
    const sftp = await this.sftp();
    await new Promise<void>((resolve, reject) =>
      sftp.writeFile(remotePath, content, { mode }, (e) => (e ? reject(e) : resolve())),
    );
  }

  close(): void {
    this.ended = true;
    this.client.end();
  }
}

/** A line longer than this is not kept whole: a stream without line breaks cannot fill memory. */
const MAX_LINE = 64 * 1024;

/** Cuts a byte stream into lines, keeping the unfinished tail for the next chunk. */
function lineSplitter(emit: (line: string) => void) {
  let partial = '';
  return {
    push(data: Buffer) {
      partial += data.toString();
      const lines = partial.split('\n');
      partial = lines.pop() ?? '';
      if (partial.length > MAX_LINE) partial = partial.slice(0, MAX_LINE);
      for (const line of lines) emit(line.replace(/\r$/, ''));
    },
    flush() {
      if (partial) emit(partial);
      partial = '';
    },
  };
}
