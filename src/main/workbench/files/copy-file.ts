import { chmod, open, rename, stat, utimes } from 'node:fs/promises';
import type { MachineLink } from '../machine/machine-links';
import { localPartHashes, PART, partsInPlace, remotePartHashes } from './part-hashes';
import { type SftpCalls, sftpCalls } from './sftp-calls';

/** One file to move, as the journal keeps it. */
export interface FileItem {
  /** Where it is read from (local path for an upload, remote for a download). */
  from: string;
  /** Where it ends up. */
  to: string;
  size: number;
  /** Modification time, ms since the epoch: kept. */
  mtimeMs: number;
  /** Permission bits: kept. */
  mode: number;
}

export interface CopyHooks {
  signal: AbortSignal;
  /** Bytes that arrived. */
  onBytes(n: number): void;
  /** Bytes found in place on resuming, not sent again. */
  onSkipped(n: number): void;
}

/** Requests in flight per block: enough to fill a long link without holding more than a block in memory. */
const CHUNK = 32 * 1024;
const WINDOW = 32;

/** Where a file is kept while it arrives; it takes its name once whole. */
export const partName = (path: string) => `${path}.danlu-part`;

/** Runs `work` on each chunk of a block, a window of them at a time. */
async function eachChunk(length: number, work: (offset: number, size: number) => Promise<void>): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < length) {
      const offset = next;
      const size = Math.min(CHUNK, length - offset);
      next += size;
      await work(offset, size);
    }
  };
  await Promise.all(Array.from({ length: WINDOW }, worker));
}

/** Where to go on from: the whole parts already there whose hashes match, in bytes. */
async function resumeAt(
  partSize: number,
  size: number,
  here: (count: number) => Promise<string[]>,
  there: (count: number) => Promise<string[]>,
): Promise<number> {
  const whole = Math.floor(Math.min(partSize, size) / PART);
  if (whole === 0) return 0;
  const [a, b] = await Promise.all([here(whole), there(whole)]);
  return partsInPlace(a, b) * PART;
}

/** Sends one local file to the machine, going on from what already arrived; mode and time kept. */
export async function uploadFile(link: MachineLink, item: FileItem, hooks: CopyHooks): Promise<void> {
  const sftp = sftpCalls(await link.sftp(), link.gone);
  const part = partName(item.to);
  const existing = await sftp.stat(part);
  const offset = existing
    ? await resumeAt(
        existing.size,
        item.size,
        (n) => localPartHashes(item.from, n),
        (n) => remotePartHashes(link, part, n, hooks.signal),
      )
    : 0;
  hooks.onSkipped(offset);
  const handle = await sftp.open(part, existing ? 'r+' : 'w', 0o600);
  const local = await open(item.from, 'r');
  const block = Buffer.allocUnsafe(PART);
  try {
    for (let at = offset; at < item.size; at += PART) {
      hooks.signal.throwIfAborted();
      const { bytesRead } = await local.read(block, 0, Math.min(PART, item.size - at), at);
      await eachChunk(bytesRead, async (o, n) => {
        await sftp.write(handle, block.subarray(o, o + n), at + o);
        hooks.onBytes(n);
      });
    }
    await sftp.fsetstat(handle, { size: item.size });
    await sftp.fsetstat(handle, { mode: item.mode, atime: seconds(item.mtimeMs), mtime: seconds(item.mtimeMs) });
  } finally {
    await local.close();
    await sftp.close(handle).catch(() => undefined);
  }
  await sftp.replace(part, item.to);
}

/** Fetches one file of the machine to this computer, going on from what already arrived; mode and time kept. */
export async function downloadFile(link: MachineLink, item: FileItem, hooks: CopyHooks): Promise<void> {
  const sftp: SftpCalls = sftpCalls(await link.sftp(), link.gone);
  const part = partName(item.to);
  const existing = await stat(part).catch(() => undefined);
  const offset = existing
    ? await resumeAt(
        existing.size,
        item.size,
        (n) => localPartHashes(part, n),
        (n) => remotePartHashes(link, item.from, n, hooks.signal),
      )
    : 0;
  hooks.onSkipped(offset);
  const handle = await sftp.open(item.from, 'r', 0o600);
  const local = await open(part, existing ? 'r+' : 'w', 0o600);
  const block = Buffer.allocUnsafe(PART);
  try {
    for (let at = offset; at < item.size; at += PART) {
      hooks.signal.throwIfAborted();
      const length = Math.min(PART, item.size - at);
      await eachChunk(length, async (o, n) => {
        let got = 0;
        while (got < n) {
          const read = await sftp.read(handle, block.subarray(o + got, o + n), at + o + got);
          if (read === 0) throw new Error('the file became shorter while it was read');
          got += read;
        }
        hooks.onBytes(n);
      });
      await local.write(block, 0, length, at);
    }
    await local.truncate(item.size);
  } finally {
    await local.close();
    await sftp.close(handle).catch(() => undefined);
  }
  await chmod(part, item.mode & 0o7777);
  await utimes(part, new Date(item.mtimeMs), new Date(item.mtimeMs));
  await rename(part, item.to);
}

const seconds = (ms: number) => Math.floor(ms / 1000);
