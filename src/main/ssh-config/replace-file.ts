import { randomBytes } from 'node:crypto';
import { chmodSync, closeSync, fchmodSync, fsyncSync, openSync, renameSync, rmSync, writeSync } from 'node:fs';

/**
 * Replaces a file's bytes atomically (temporary sibling, fsync, rename) with the given
 * permissions, set explicitly so the umask cannot change them.
 */
export function replaceFile(path: string, content: Buffer, mode: number): void {
  const tmp = `${path}.danlu-${randomBytes(4).toString('hex')}.tmp`;
  const fd = openSync(tmp, 'wx', 0o600);
  try {
    try {
      writeSync(fd, content);
      if (process.platform !== 'win32') fchmodSync(fd, mode);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    renameSync(tmp, path);
  } catch (error) {
    rmSync(tmp, { force: true });
    throw error;
  }
  if (process.platform === 'win32') chmodSync(path, mode);
}
