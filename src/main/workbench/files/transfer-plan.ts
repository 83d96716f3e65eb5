import { lstat, readdir } from 'node:fs/promises';
import { basename, isAbsolute, join, posix } from 'node:path';
import { AppError } from '../../../shared/errors';
import { msg } from '../../../shared/words/message';
import type { FileItem } from './copy-file';
import { partName } from './copy-file';
import type { SftpCalls } from './sftp-calls';

export interface Folder {
  path: string;
  mtimeMs: number;
  mode: number;
}

/** What a transfer moves: files (with their mode and time) and the folders that hold them. */
export interface TransferPlan {
  items: Array<FileItem & { done: boolean }>;
  folders: Folder[];
}

const S_IFMT = 0o170000;
const S_IFDIR = 0o040000;
const S_IFREG = 0o100000;

/** A local path the user gave: absolute and there; refused in both languages otherwise. */
export async function localEntry(path: string) {
  const found = isAbsolute(path) ? await lstat(path).catch(() => undefined) : undefined;
  if (!found) {
    throw new AppError(msg('files.localMissing', { path }), {
      code: 'files.localMissing',
      fields: { local: msg('input.localPath') },
    });
  }
  return found;
}

/** The files and folders under local paths, each going into `remoteDir` under its own name (symbolic links are not followed). */
export async function planUpload(sources: string[], remoteDir: string): Promise<TransferPlan> {
  const plan: TransferPlan = { items: [], folders: [] };
  const walk = async (local: string, remote: string) => {
    const st = await lstat(local);
    if (st.isDirectory()) {
      plan.folders.push({ path: remote, mtimeMs: st.mtimeMs, mode: st.mode & 0o7777 });
      for (const name of (await readdir(local)).sort()) await walk(join(local, name), posix.join(remote, name));
    } else if (st.isFile()) {
      plan.items.push({
        from: local,
        to: remote,
        size: st.size,
        mtimeMs: st.mtimeMs,
        mode: st.mode & 0o7777,
        done: false,
      });
    }
  };
  for (const source of sources) {
    await localEntry(source);
    await walk(source, posix.join(remoteDir, basename(source)));
  }
  return plan;
}

/**
 * The files and folders under paths of the machine (already resolved onto the data disk), each
 * going into `localDir` under its own name. Symbolic links inside are not followed: one could
 * lead off the data disk.
 */
export async function planDownload(sftp: SftpCalls, sources: string[], localDir: string): Promise<TransferPlan> {
  const plan: TransferPlan = { items: [], folders: [] };
  const walk = async (remote: string, local: string, mode: number, size: number, mtime: number) => {
    if ((mode & S_IFMT) === S_IFDIR) {
      plan.folders.push({ path: local, mtimeMs: mtime * 1000, mode: mode & 0o7777 });
      const entries = (await sftp.readdir(remote)).sort((a, b) => a.filename.localeCompare(b.filename));
      for (const e of entries) {
        if (e.filename.endsWith('.danlu-part')) continue;
        const { mode: m = 0, size: s = 0, mtime: t = 0 } = e.attrs;
        await walk(posix.join(remote, e.filename), join(local, e.filename), m, s, t);
      }
    } else if ((mode & S_IFMT) === S_IFREG) {
      plan.items.push({ from: remote, to: local, size, mtimeMs: mtime * 1000, mode: mode & 0o7777, done: false });
    }
  };
  for (const source of sources) {
    const st = await sftp.stat(source);
    if (!st) throw new AppError(msg('files.remoteMissing', { path: source }), { code: 'files.remoteMissing' });
    await walk(source, join(localDir, posix.basename(source)), st.mode, st.size, st.mtime);
  }
  return plan;
}

export { partName };
