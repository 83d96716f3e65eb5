import type { Attributes, FileEntryWithStats, SFTPWrapper, Stats } from 'ssh2';

/**
 * The SFTP requests the transfers make, as promises. Each also ends when the connection is
 * `gone`: ssh2 does not answer requests still waiting when the connection drops.
 */
export function sftpCalls(sftp: SFTPWrapper, gone: Promise<void>) {
  const lost = gone.then(() => Promise.reject(new Error('Connection lost')));
  lost.catch(() => undefined);
  const call = <T>(start: (done: (error: Error | null | undefined, value?: T) => void) => void) =>
    Promise.race([
      new Promise<T>((resolve, reject) => start((error, value) => (error ? reject(error) : resolve(value as T)))),
      lost,
    ]);
  return {
    /** The entry's attributes, or undefined when nothing is there. */
    stat: (path: string) =>
      call<Stats>((done) => sftp.stat(path, done)).catch((error: { code?: number }) => {
        if (error.code === 2) return undefined;
        throw error;
      }),
    open: (path: string, flags: 'r' | 'r+' | 'w', mode: number) =>
      call<Buffer>((done) => sftp.open(path, flags, { mode }, done)),
    close: (handle: Buffer) => call<void>((done) => sftp.close(handle, done)),
    write: (handle: Buffer, data: Buffer, position: number) =>
      call<void>((done) => sftp.write(handle, data, 0, data.length, position, (e) => done(e))),
    read: (handle: Buffer, into: Buffer, position: number) =>
      call<number>((done) => sftp.read(handle, into, 0, into.length, position, (e, n) => done(e, n))),
    fsetstat: (handle: Buffer, attrs: Partial<Attributes>) =>
      call<void>((done) => sftp.fsetstat(handle, attrs as Attributes, done)),
    setstat: (path: string, attrs: Partial<Attributes>) =>
      call<void>((done) => sftp.setstat(path, attrs as Attributes, done)),
    mkdir: (path: string, mode: number) => call<void>((done) => sftp.mkdir(path, { mode }, done)),
    readdir: (path: string) => call<FileEntryWithStats[]>((done) => sftp.readdir(path, done)),
    /** Replaces `to` when it exists (OpenSSH's posix-rename; plain SFTP rename refuses an existing target). */
    async replace(from: string, to: string): Promise<void> {
      try {
        await call<void>((done) => sftp.ext_openssh_rename(from, to, done));
      } catch {
        await call<void>((done) => sftp.unlink(to, done)).catch(() => undefined);
        await call<void>((done) => sftp.rename(from, to, done));
      }
    },
  };
}

export type SftpCalls = ReturnType<typeof sftpCalls>;
