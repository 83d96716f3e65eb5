import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import { createConnection } from 'node:net';
import { resolve as resolvePath } from 'node:path';
import { type Connection, type ParsedKey, Server, type SFTPWrapper, utils } from 'ssh2';
import { hostKeySha256 } from '../../src/main/bootstrap/host-key';
import { startRelay } from './cuttable-relay';

const { STATUS_CODE } = utils.sftp;

/**
 * A stand-in machine on 127.0.0.1 for integration tests: an SSH server (ssh2) that accepts one
 * key, runs exec requests with /bin/sh on this computer (so `sha256sum` and `realpath` are the
 * real ones), serves SFTP on this computer's file system and opens direct-tcpip channels to
 * 127.0.0.1 ports. Its connections pass through a relay that `cut()` drops as a network would.
 */
export interface LocalMachine {
  /** Where the relay listens (what the app connects to). */
  host: string;
  port: number;
  /** "SHA256:…" of the server's host key, as a session's journal pins it. */
  hostKeySha256: string;
  hostKeyType: string;
  /** The users that logged in, one entry per connection. */
  logins: string[];
  /** The ports direct-tcpip channels asked for. */
  forwards: number[];
  /** Drops every connection now; new ones are accepted. */
  cut(): void;
  /** While true, new connections are refused (the machine unreachable). */
  unreachable: boolean;
  close(): Promise<void>;
}

/** `hostKey`: the machine's OpenSSH host key pair (as cloud-init installs it from UserData); a new one when unset. */
export async function startLocalMachine(
  clientPublicKey: string,
  hostKey: { private: string; public: string } = utils.generateKeyPairSync('ed25519'),
): Promise<LocalMachine> {
  const parsed = utils.parseKey(clientPublicKey);
  if (parsed instanceof Error) throw parsed;
  const allowed = Array.isArray(parsed) ? (parsed[0] as ParsedKey) : parsed;
  const logins: string[] = [];
  const forwards: number[] = [];
  const server = new Server({ hostKeys: [hostKey.private] }, (conn) => serve(conn, allowed, logins, forwards));
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const sshPort = (server.address() as { port: number }).port;

  const relay = await startRelay('127.0.0.1', sshPort);
  const parsedHost = utils.parseKey(hostKey.public);
  if (parsedHost instanceof Error || Array.isArray(parsedHost)) throw new Error('host key unreadable');
  const machine: LocalMachine = {
    host: relay.host,
    port: relay.port,
    hostKeySha256: hostKeySha256(parsedHost.getPublicSSH()),
    hostKeyType: 'ssh-ed25519',
    logins,
    forwards,
    get unreachable() {
      return relay.unreachable;
    },
    set unreachable(value: boolean) {
      relay.unreachable = value;
    },
    cut: () => relay.cut(),
    async close() {
      await relay.close();
      await new Promise<void>((r) => server.close(() => r()));
    },
  };
  return machine;
}

function serve(conn: Connection, key: ParsedKey, logins: string[], forwards: number[]) {
  conn.on('error', () => {});
  conn.on('authentication', (ctx) => {
    if (ctx.method !== 'publickey') return ctx.reject(['publickey']);
    if (ctx.key.algo !== key.type || !ctx.key.data.equals(key.getPublicSSH())) return ctx.reject(['publickey']);
    // The client first asks whether the key would do (no signature), then signs: a login is the signed one.
    if (!ctx.signature) return ctx.accept();
    if (!ctx.blob || key.verify(ctx.blob, ctx.signature, ctx.hashAlgo) !== true) return ctx.reject(['publickey']);
    logins.push(ctx.username);
    ctx.accept();
  });
  conn.on('ready', () => {
    conn.on('tcpip', (accept, reject, info) => {
      forwards.push(info.destPort);
      const socket = createConnection(info.destPort, '127.0.0.1');
      socket.once('connect', () => {
        const channel = accept();
        channel.pipe(socket).pipe(channel);
        channel.on('error', () => socket.destroy());
        socket.on('error', () => channel.destroy());
      });
      socket.once('error', () => reject());
    });
    conn.on('session', (accept) => {
      const session = accept();
      session.on('exec', (acceptExec, _reject, info) => {
        const stream = acceptExec();
        const child = execFile('/bin/sh', ['-c', info.command], { maxBuffer: 64 * 1024 * 1024 });
        child.stdout?.pipe(stream, { end: false });
        child.stderr?.pipe(stream.stderr, { end: false });
        stream.pipe(child.stdin as NodeJS.WritableStream);
        child.on('close', (code) => {
          stream.exit(code ?? 1);
          stream.end();
        });
      });
      session.on('sftp', (acceptSftp) => serveSftp(acceptSftp()));
    });
  });
}

/** SFTP version 3 on the local file system: the requests an SFTP client makes to move files. */
function serveSftp(sftp: SFTPWrapper) {
  const handles = new Map<string, { fd?: number; dir?: string; listed?: boolean }>();
  let next = 0;
  const newHandle = (entry: { fd?: number; dir?: string }) => {
    const h = Buffer.from(String(++next));
    handles.set(h.toString(), entry);
    return h;
  };
  const fail = (reqid: number, error: NodeJS.ErrnoException) =>
    sftp.status(
      reqid,
      error.code === 'ENOENT'
        ? STATUS_CODE.NO_SUCH_FILE
        : error.code === 'EACCES' || error.code === 'EPERM'
          ? STATUS_CODE.PERMISSION_DENIED
          : STATUS_CODE.FAILURE,
      error.message,
    );
  const attrs = (st: fs.Stats) => ({
    mode: st.mode,
    uid: st.uid,
    gid: st.gid,
    size: st.size,
    atime: Math.floor(st.atimeMs / 1000),
    mtime: Math.floor(st.mtimeMs / 1000),
  });
  const apply = (path: string | number, a: { mode?: number; size?: number; atime?: number; mtime?: number }) => {
    const byFd = typeof path === 'number';
    if (a.size !== undefined) byFd ? fs.ftruncateSync(path, a.size) : fs.truncateSync(path, a.size);
    if (a.mode !== undefined) byFd ? fs.fchmodSync(path, a.mode & 0o7777) : fs.chmodSync(path, a.mode & 0o7777);
    if (a.mtime !== undefined) {
      const atime = a.atime ?? a.mtime;
      byFd ? fs.futimesSync(path, atime, a.mtime) : fs.utimesSync(path, atime, a.mtime);
    }
  };
  const fdOf = (h: Buffer) => handles.get(h.toString())?.fd as number;
  const run = (reqid: number, work: () => void) => {
    try {
      work();
    } catch (error) {
      fail(reqid, error as NodeJS.ErrnoException);
    }
  };
  sftp.on('OPEN', (reqid, filename, flags, a) =>
    run(reqid, () => {
      const fd = fs.openSync(filename, utils.sftp.flagsToString(flags) ?? 'r', a.mode ?? 0o644);
      sftp.handle(reqid, newHandle({ fd }));
    }),
  );
  sftp.on('READ', (reqid, handle, offset, length) =>
    run(reqid, () => {
      const buf = Buffer.alloc(length);
      const n = fs.readSync(fdOf(handle), buf, 0, length, offset);
      if (n === 0) sftp.status(reqid, STATUS_CODE.EOF);
      else sftp.data(reqid, buf.subarray(0, n));
    }),
  );
  sftp.on('WRITE', (reqid, handle, offset, data) =>
    run(reqid, () => {
      fs.writeSync(fdOf(handle), data, 0, data.length, offset);
      sftp.status(reqid, STATUS_CODE.OK);
    }),
  );
  sftp.on('FSTAT', (reqid, handle) => run(reqid, () => sftp.attrs(reqid, attrs(fs.fstatSync(fdOf(handle))))));
  sftp.on('STAT', (reqid, path) => run(reqid, () => sftp.attrs(reqid, attrs(fs.statSync(path)))));
  sftp.on('LSTAT', (reqid, path) => run(reqid, () => sftp.attrs(reqid, attrs(fs.lstatSync(path)))));
  sftp.on('FSETSTAT', (reqid, handle, a) =>
    run(reqid, () => {
      apply(fdOf(handle), a);
      sftp.status(reqid, STATUS_CODE.OK);
    }),
  );
  sftp.on('SETSTAT', (reqid, path, a) =>
    run(reqid, () => {
      apply(path, a);
      sftp.status(reqid, STATUS_CODE.OK);
    }),
  );
  sftp.on('OPENDIR', (reqid, path) =>
    run(reqid, () => {
      if (!fs.statSync(path).isDirectory()) throw Object.assign(new Error('not a directory'), { code: 'ENOTDIR' });
      sftp.handle(reqid, newHandle({ dir: path }));
    }),
  );
  sftp.on('READDIR', (reqid, handle) =>
    run(reqid, () => {
      const entry = handles.get(handle.toString());
      if (!entry?.dir || entry.listed) return sftp.status(reqid, STATUS_CODE.EOF);
      entry.listed = true;
      const names = fs.readdirSync(entry.dir).map((filename) => {
        const st = fs.lstatSync(resolvePath(entry.dir as string, filename));
        return { filename, longname: filename, attrs: attrs(st) };
      });
      if (names.length === 0) return sftp.status(reqid, STATUS_CODE.EOF);
      sftp.name(reqid, names);
    }),
  );
  sftp.on('CLOSE', (reqid, handle) =>
    run(reqid, () => {
      const entry = handles.get(handle.toString());
      handles.delete(handle.toString());
      if (entry?.fd !== undefined) fs.closeSync(entry.fd);
      sftp.status(reqid, STATUS_CODE.OK);
    }),
  );
  sftp.on('REALPATH', (reqid, path) =>
    run(reqid, () => {
      const full = resolvePath('/', path);
      sftp.name(reqid, [{ filename: full, longname: full, attrs: {} as never }]);
    }),
  );
  sftp.on('MKDIR', (reqid, path, a) =>
    run(reqid, () => {
      fs.mkdirSync(path, { mode: a.mode ?? 0o755 });
      sftp.status(reqid, STATUS_CODE.OK);
    }),
  );
  sftp.on('RMDIR', (reqid, path) =>
    run(reqid, () => {
      fs.rmdirSync(path);
      sftp.status(reqid, STATUS_CODE.OK);
    }),
  );
  sftp.on('REMOVE', (reqid, path) =>
    run(reqid, () => {
      fs.unlinkSync(path);
      sftp.status(reqid, STATUS_CODE.OK);
    }),
  );
  sftp.on('RENAME', (reqid, from, to) =>
    run(reqid, () => {
      fs.renameSync(from, to);
      sftp.status(reqid, STATUS_CODE.OK);
    }),
  );
}

/** SHA-256 of a local file, streamed. */
export async function sha256File(path: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of fs.createReadStream(path)) hash.update(chunk as Buffer);
  return hash.digest('hex');
}
