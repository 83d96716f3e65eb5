import { constants } from 'node:fs';
import { copyFile, mkdir, rm, stat, truncate } from 'node:fs/promises';
import { join } from 'node:path';
import { run } from './run-command';

const GiB = 1024 ** 3;

/**
 * The bytes of every disk and snapshot, as sparse files that outlive the instances using them
 * (the host's equivalent of the cloud's block storage).
 */
export class DiskStore {
  constructor(private readonly dir: string) {}

  async init(): Promise<void> {
    await mkdir(join(this.dir, 'disks'), { recursive: true });
    await mkdir(join(this.dir, 'snapshots'), { recursive: true });
  }

  diskPath(diskId: string): string {
    return join(this.dir, 'disks', `${diskId}.img`);
  }

  private snapshotPath(snapshotId: string): string {
    return join(this.dir, 'snapshots', `${snapshotId}.img`);
  }

  async create(diskId: string, sizeGiB: number): Promise<void> {
    const path = this.diskPath(diskId);
    await run('truncate', ['-s', String(sizeGiB * GiB), path]);
  }

  async snapshot(diskId: string, snapshotId: string): Promise<void> {
    await copySparse(this.diskPath(diskId), this.snapshotPath(snapshotId));
  }

  async createFromSnapshot(snapshotId: string, diskId: string, sizeGiB: number): Promise<void> {
    const path = this.diskPath(diskId);
    await copySparse(this.snapshotPath(snapshotId), path);
    // A disk from a snapshot may be larger than the snapshot; never smaller.
    if (sizeGiB * GiB > (await stat(path)).size) await truncate(path, sizeGiB * GiB);
  }

  async deleteDisk(diskId: string): Promise<void> {
    await rm(this.diskPath(diskId), { force: true });
  }

  async deleteSnapshot(snapshotId: string): Promise<void> {
    await rm(this.snapshotPath(snapshotId), { force: true });
  }
}

async function copySparse(from: string, to: string): Promise<void> {
  // Reflink where the file system offers it, else a sparse copy: fast either way.
  try {
    await copyFile(from, to, constants.COPYFILE_FICLONE_FORCE);
  } catch {
    await run('cp', ['--sparse=always', from, to], { timeoutMs: 5 * 60_000 });
  }
}

/** Attaches a backing file to a free loop device and makes its partitions known to the kernel. */
export async function attachLoop(file: string): Promise<string> {
  const device = (await run('losetup', ['--find', '--show', file])).trim();
  // Partitions added by BLKPG outlive the loop device's previous user: drop them first. The
  // kernel here has no partition-table parsers, so only BLKPG (partx) adds loopNpM.
  await run('partx', ['-d', device], { okCodes: [0, 1] });
  await run('partx', ['-a', device], { okCodes: [0, 1] });
  return device;
}

/** Detaches a loop device (deferred by the kernel while something still holds it open). */
export async function detachLoop(device: string): Promise<void> {
  await run('partx', ['-d', device], { okCodes: [0, 1] });
  await run('losetup', ['-d', device], { okCodes: [0, 1] });
}
