import type { Duplex } from 'node:stream';
import { StringDecoder } from 'node:string_decoder';
import { Client, type ClientChannel, type SFTPWrapper } from 'ssh2';
import type { Clock } from '../../shared/clock';
import { AppError } from '../../shared/errors';
import { msg } from '../../shared/words/message';
import { ChannelSlots } from './channel-slots';
import { hostKeySha256 } from './host-key';

/** Where and how to log in. */
export interface SshTarget {
  host: string;
  port?: number;
  username?: string;
  /** OpenSSH or PEM private key text. */
  privateKey: string;
  /** "SHA256:…" of the pinned host key; a different key is refused during the handshake, and so is a target without one. */
  hostKeySha256: string;
  /** The pinned key's algorithm ("ssh-ed25519"): the only one offered, so the server must show that key. */
  hostKeyType?: string;
  /**
   * "SHA256:…" of a key the machine was told to switch to, accepted too: a crash may have come
   * between the switch and the journal learning of it. The shell says which key it saw.
   */
  nextHostKeySha256?: string;
}

export interface ExecOptions {
  /** Written to the command's standard input, then closed (secrets go here, never in arguments). */
  stdin?: string;
  onLine?: (line: string, stream: 'stdout' | 'stderr') => void;
  timeoutMs?: number;
  signal?: AbortSignal;
  /** Bytes of stdout and of stderr kept for the result (the first ones); unset: the first MiB, with a note of what was dropped. */
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

/**
 * What one command's output may hold in memory, and how long one line may grow: a command's
 * output is data from the instance, which any notebook cell controls. Readers of output read its
 * beginning (a boot id, a certificate), so the beginning is kept and the rest only counted.
 */
export const OUTPUT_LIMITS = { keptBytes: 1024 * 1024, lineBytes: 16 * 1024 } as const;

const RETRYABLE =
  /ECONNREFUSED|ECONNRESET|ETIMEDOUT|EHOSTUNREACH|ENETUNREACH|handshake|Connection lost|authentication methods failed/i;

/** The real connector over ssh2. Retries while the machine is still starting (sshd not up yet). */
export class Ssh2Connector implements SshConnector {
  constructor(private readonly clock: Clock) {}

  async connect(target: SshTarget, options: { timeoutMs: number; signal?: AbortSignal }): Promise<RemoteShell> {
    requirePin(target);
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

/**
 * Danlu never trusts a host key on first sight: a target without a pinned key (a journal from
 * an older version, a caller that lost it) is refused before any connection is made.
 */
export function requirePin<T extends { host: string; hostKeySha256?: string | undefined }>(
  target: T,
): T & { hostKeySha256: string } {
  if (!target.hostKeySha256?.startsWith('SHA256:')) {
    throw new AppError(msg('bootstrap.noHostKeyPin', { host: target.host }));
  }
  return target as T & { hostKeySha256: string };
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
        mismatch = target.hostKeySha256 !== seenKey && target.nextHostKeySha256 !== seenKey;
        return !mismatch;
      },
    });
  });
}

class Ssh2Shell implements RemoteShell {
  private session: Promise<SFTPWrapper> | undefined;
  private ended = false;
  private readonly slots = new ChannelSlots();
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
    return this.slots.run(() => this.execNow(command, options), options.signal);
  }

  private execNow(command: string, options: ExecOptions): Promise<ExecResult> {
    if (this.ended) return Promise.reject(new Error('Connection lost'));
    return new Promise((resolve, reject) => {
      // A reader that asks for less keeps less, quietly; otherwise the cap says what it dropped.
      const asked = options.maxOutput;
      const limit = asked !== undefined ? Math.min(asked, OUTPUT_LIMITS.keptBytes) : OUTPUT_LIMITS.keptBytes;
      const stdout = keptText(limit, asked === undefined);
      const stderr = keptText(limit, asked === undefined);
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
        } else resolve({ code, stdout: stdout.text(), stderr: stderr.text() });
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
        ch.on('data', (data: Buffer) => {
          stdout.push(data);
          out.push(data);
        });
        ch.stderr.on('data', (data: Buffer) => {
          stderr.push(data);
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

/** The first `limit` bytes of a stream as text, and (`marked`) how many more were dropped. */
function keptText(limit: number, marked: boolean) {
  const decoder = new StringDecoder('utf8');
  let kept = '';
  let size = 0;
  let dropped = 0;
  return {
    push(data: Buffer) {
      const room = Math.max(0, limit - size);
      if (room > 0) kept += decoder.write(data.subarray(0, room));
      size += Math.min(room, data.length);
      dropped += data.length - Math.min(room, data.length);
    },
    text: () =>
      dropped && marked ? `${kept}${decoder.end()}\n[${dropped} more bytes not kept]` : kept + decoder.end(),
  };
}

/**
 * Cuts a byte stream into lines, keeping the unfinished tail for the next chunk; a line longer
 * than the limit is passed on in pieces, so no endless line grows without bound.
 */
function lineSplitter(emit: (line: string) => void) {
  const decoder = new StringDecoder('utf8');
  let partial = '';
  return {
    push(data: Buffer) {
      partial += decoder.write(data);
      const lines = partial.split('\n');
      partial = lines.pop() ?? '';
      for (const line of lines) pieces(line.replace(/\r$/, ''), emit);
      if (partial.length > OUTPUT_LIMITS.lineBytes) {
        const whole = partial.length - (partial.length % OUTPUT_LIMITS.lineBytes);
        pieces(partial.slice(0, whole), emit);
        partial = partial.slice(whole);
      }
    },
    flush() {
      if (partial) emit(partial);
      partial = '';
    },
  };
}

/** One line as pieces of at most the line limit (an empty line stays one empty line). */
function pieces(line: string, emit: (line: string) => void) {
  if (line.length <= OUTPUT_LIMITS.lineBytes) return emit(line);
  for (let at = 0; at < line.length; at += OUTPUT_LIMITS.lineBytes) emit(line.slice(at, at + OUTPUT_LIMITS.lineBytes));
}
