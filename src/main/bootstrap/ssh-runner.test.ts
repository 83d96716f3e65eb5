import { spawn } from 'node:child_process';
import type { AddressInfo } from 'node:net';
import { Server } from 'ssh2';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { needShell, posixShell } from '../../../tests/support/platform';
import { systemClock } from '../../shared/clock';
import { ed25519Pair, hostKeySha256 } from './host-key';
import { OUTPUT_LIMITS, Ssh2Connector, type SshTarget } from './ssh-runner';

/**
 * A small SSH server on 127.0.0.1 that runs each exec request with a POSIX shell and keeps SFTP
 * writes in memory: enough to check the runner's streaming, stdin, exit codes and limits.
 */
const shell = posixShell();
const hostKey = ed25519Pair();
const client = ed25519Pair();
const uploads = new Map<string, { data: Buffer; mode: number | undefined }>();
let server: Server;
let port: number;

beforeAll(async () => {
  server = new Server({ hostKeys: [hostKey.private] }, (conn) => {
    conn.on('authentication', (ctx) => (ctx.method === 'publickey' ? ctx.accept() : ctx.reject(['publickey'])));
    conn.on('error', () => {});
    conn.on('ready', () => {
      conn.on('session', (accept) => {
        const session = accept();
        session.on('exec', (acceptExec, _reject, info) => {
          const stream = acceptExec();
          if (!('file' in shell)) {
            stream.exit(127);
            stream.end();
            return;
          }
          const child = spawn(shell.file, ['-c', info.command]);
          child.stdout?.pipe(stream, { end: false });
          child.stderr?.pipe(stream.stderr, { end: false });
          stream.pipe(child.stdin as NodeJS.WritableStream);
          child.on('close', (code) => {
            stream.exit(code ?? 1);
            stream.end();
          });
        });
        session.on('sftp', (acceptSftp) => {
          const sftp = acceptSftp();
          const open = new Map<string, { path: string; mode: number | undefined; chunks: Buffer[] }>();
          sftp.on('OPEN', (reqid, filename, _flags, attrs) => {
            const handle = Buffer.from(String(open.size + 1));
            open.set(handle.toString(), { path: filename, mode: attrs.mode, chunks: [] });
            sftp.handle(reqid, handle);
          });
          sftp.on('WRITE', (reqid, handle, _offset, data) => {
            open.get(handle.toString())?.chunks.push(Buffer.from(data));
            sftp.status(reqid, 0);
          });
          sftp.on('FSETSTAT', (reqid) => sftp.status(reqid, 0));
          sftp.on('CLOSE', (reqid, handle) => {
            const file = open.get(handle.toString());
            if (file) uploads.set(file.path, { data: Buffer.concat(file.chunks), mode: file.mode });
            sftp.status(reqid, 0);
          });
        });
      });
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.address() as AddressInfo).port;
});
afterAll(() => server.close());

const pin = hostKeySha256(hostKey.public);
const connect = (extra: { hostKeySha256?: string; nextHostKeySha256?: string } = {}) =>
  new Ssh2Connector(systemClock).connect(
    { host: '127.0.0.1', port, privateKey: client.private, hostKeySha256: pin, ...extra },
    { timeoutMs: 10_000 },
  );

describe('Ssh2Connector', () => {
  it('streams output line by line, feeds standard input, and reports the exit code', async (context) => {
    needShell(context, 'running a command over SSH');
    const remote = await connect();
    const lines: string[] = [];
    const result = await remote.exec(
      'read secret; printf "got %s chars\\n" "$(printf %s "$secret" | wc -c)"; echo oops >&2; exit 3',
      {
        stdin: 'hunter2-hunter2\n',
        onLine: (line, stream) => lines.push(`${stream}: ${line}`),
      },
    );
    remote.close();
    expect(result.code).toBe(3);
    expect(lines).toEqual(['stdout: got 15 chars', 'stderr: oops']);
  });

  it('uploads files by SFTP with their mode', async () => {
    const remote = await connect();
    await remote.upload('/var/lib/danlu/bootstrap/x.sh', '#!/bin/sh\necho hi\n', 0o755);
    remote.close();
    expect(uploads.get('/var/lib/danlu/bootstrap/x.sh')?.data.toString()).toBe('#!/bin/sh\necho hi\n');
    expect((uploads.get('/var/lib/danlu/bootstrap/x.sh')?.mode ?? 0) & 0o777).toBe(0o755);
  });

  it('gives up on a command after its timeout, and on cancel', async (context) => {
    needShell(context, 'running a command over SSH');
    const remote = await connect();
    await expect(remote.exec('sleep 5', { timeoutMs: 100 })).rejects.toThrow(/timed out after 100 ms/);
    const controller = new AbortController();
    const running = remote.exec('sleep 5', { signal: controller.signal });
    controller.abort(new Error('cancelled by the user'));
    await expect(running).rejects.toThrow('cancelled by the user');
    remote.close();
  });

  it('logs in to the pinned host key only, and refuses a different one', async () => {
    const first = await connect();
    first.close();
    expect(first.hostKeySha256).toBe(pin);
    await expect(connect({ hostKeySha256: 'SHA256:somebodyElse' })).rejects.toMatchObject({
      code: 'bootstrap.hostKeyMismatch',
    });
  });

  it('accepts the key the machine was told to switch to, and says which key it saw', async () => {
    // The switch happened just before a crash: the journal still pins the old key, and the new as next.
    const after = await connect({ hostKeySha256: 'SHA256:theKeyFromUserData', nextHostKeySha256: pin });
    after.close();
    expect(after.hostKeySha256).toBe(pin);
  });

  it('refuses to connect at all without a pinned host key', async () => {
    let connections = 0;
    server.on('connection', () => connections++);
    // A journal written by an older version holds no pin: the type allows it no more, the data can.
    const unpinned = { host: '127.0.0.1', port, privateKey: client.private } as unknown as SshTarget;
    await expect(new Ssh2Connector(systemClock).connect(unpinned, { timeoutMs: 2000 })).rejects.toMatchObject({
      code: 'bootstrap.noHostKeyPin',
    });
    expect(connections).toBe(0);
  });

  it('keeps the beginning of an endless output and cuts an endless line into pieces', async (context) => {
    needShell(context, 'running a command over SSH');
    const remote = await connect();
    let longest = 0;
    let lines = 0;
    const result = await remote.exec("yes x | head -c 10000000 | tr -d '\\n'; echo; echo done", {
      onLine: (line) => {
        lines++;
        longest = Math.max(longest, line.length);
      },
    });
    remote.close();
    expect(result.code).toBe(0);
    expect(result.stdout.length).toBeLessThan(OUTPUT_LIMITS.keptBytes + 100);
    expect(result.stdout.startsWith('xxxx')).toBe(true);
    expect(result.stdout).toMatch(/\[\d+ more bytes not kept\]$/);
    expect(longest).toBeLessThanOrEqual(OUTPUT_LIMITS.lineBytes);
    expect(lines).toBeGreaterThan(5_000_000 / OUTPUT_LIMITS.lineBytes);
    expect(result.stdout).not.toContain('done');
  });

  it('fails clearly when nothing listens, once its time is up', async () => {
    const connector = new Ssh2Connector(systemClock);
    await expect(
      connector.connect(
        { host: '127.0.0.1', port: 1, privateKey: client.private, hostKeySha256: pin },
        { timeoutMs: 1500 },
      ),
    ).rejects.toMatchObject({ code: 'bootstrap.sshUnreachable', retryable: true });
  });
});
