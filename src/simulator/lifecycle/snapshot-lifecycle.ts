import type { Disk, Snapshot } from '../state/resources';
import type { World } from '../state/world';
import { startSnapshotBilling } from './metering';

/** CreateSnapshot: progressing for a time proportional to the disk size → accomplished (after the host copied the bytes). */
export function takeSnapshot(world: World, disk: Disk, snapshot: Snapshot, at: number): void {
  disk.snapshotInProgress = snapshot.id;
  world.store.snapshots.set(snapshot.id, snapshot);
  startSnapshotBilling(world, snapshot, at);
  let delayDone = false;
  let copied = !world.host.attached;
  const finish = () => {
    if (world.store.snapshots.get(snapshot.id) !== snapshot || snapshot.status !== 'progressing') return;
    if (!delayDone || !copied) return;
    snapshot.status = 'accomplished';
    if (disk.snapshotInProgress === snapshot.id) disk.snapshotInProgress = undefined;
  };
  if (world.host.attached) {
    void world.host
      .run([disk.id, snapshot.id], 'snapshotDisk', (h) => h.snapshotDisk(disk.id, snapshot.id))
      .then(() => {
        copied = true;
        finish();
      });
  }
  world.timers.at(snapshot.id, snapshot.completesAt, () => {
    delayDone = true;
    finish();
  });
}

/** A snapshot a saved account had in progress: it completes when it was due (without a machine behind it). */
export function resumeSnapshot(world: World, snapshot: Snapshot, now: number): void {
  world.timers.at(snapshot.id, Math.max(now, snapshot.completesAt), () => {
    if (world.store.snapshots.get(snapshot.id) !== snapshot || snapshot.status !== 'progressing') return;
    snapshot.status = 'accomplished';
    const disk = world.store.disks.get(snapshot.sourceDiskId);
    if (disk?.snapshotInProgress === snapshot.id) disk.snapshotInProgress = undefined;
  });
}

/** How long a snapshot of `sizeGiB` takes. */
export function snapshotDuration(world: World, sizeGiB: number): number {
  return world.delays.snapshotBase + world.delays.snapshotPerGiB * sizeGiB;
}

/** DeleteSnapshot (also cancels one in progress). */
export function destroySnapshot(world: World, snapshot: Snapshot, at: number): void {
  world.timers.cancel(snapshot.id);
  world.store.snapshots.delete(snapshot.id);
  world.ledger.stop(snapshot.id, at);
  const disk = world.store.disks.get(snapshot.sourceDiskId);
  if (disk?.snapshotInProgress === snapshot.id) disk.snapshotInProgress = undefined;
  void world.host.run([snapshot.id], 'deleteSnapshot', (h) => h.deleteSnapshot(snapshot.id));
}

/** Progress as DescribeSnapshots reports it ("38%") and the seconds left. */
export function snapshotProgress(snapshot: Snapshot, now: number): { progress: string; remain: number } {
  if (snapshot.status === 'accomplished') return { progress: '100%', remain: 0 };
  const total = Math.max(1, snapshot.completesAt - snapshot.createdAt);
  const done = Math.min(99, Math.max(0, Math.floor(((now - snapshot.createdAt) / total) * 100)));
  return { progress: `${done}%`, remain: Math.max(0, Math.ceil((snapshot.completesAt - now) / 1000)) };
}
