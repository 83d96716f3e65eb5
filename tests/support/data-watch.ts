import type { Simulator } from '../../src/simulator';

interface SimDisk {
  id: string;
  status: string;
  zoneId: string;
  type: string;
  sourceSnapshotId?: string;
}
interface SimSnapshot {
  id: string;
  status: string;
  sourceDiskId: string;
}

/** The simulator's disks and snapshots that exist now (deleted ones are kept as records). */
export function storageNow(sim: Simulator): { disks: SimDisk[]; snapshots: SimSnapshot[] } {
  const r = sim.resources() as unknown as { disks: SimDisk[]; snapshots: SimSnapshot[] };
  return {
    disks: r.disks.filter((d) => d.status !== 'Deleted' && d.type === 'data'),
    snapshots: r.snapshots.filter((s) => s.status !== 'Deleted'),
  };
}

/**
 * Watches, at every moment Danlu changes its journal, that the user's data exists in the cloud:
 * the disk it started on, or a complete snapshot taken of it (or of a disk made from one), or a
 * disk made from such a snapshot. Returns the moments it did not, as text (none: the data was never lost).
 */
export function watchData(sim: Simulator, originalDiskId: string): { check(): void; lost: string[] } {
  const lost: string[] = [];
  // Every disk and snapshot that has held the data: grows as copies are made from copies.
  const line = new Set([originalDiskId]);
  return {
    lost,
    check() {
      const { disks, snapshots } = storageNow(sim);
      for (const s of snapshots) if (line.has(s.sourceDiskId)) line.add(s.id);
      for (const d of disks) if (d.sourceSnapshotId && line.has(d.sourceSnapshotId)) line.add(d.id);
      const holds =
        disks.some((d) => d.id === originalDiskId) ||
        snapshots.some((s) => line.has(s.id) && s.status === 'accomplished') ||
        disks.some((d) => d.id !== originalDiskId && line.has(d.id) && d.status !== 'Creating');
      if (!holds) lost.push(new Date(sim.clock.now()).toISOString());
    },
  };
}
