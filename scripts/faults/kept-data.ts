import { type AliyunApi, CloudError, DANLU_TAG_KEY, DANLU_TAG_VALUE } from '../../src/main/aliyun';
import type { SessionManager } from '../../src/main/sessions';

const MANAGED = [{ key: DANLU_TAG_KEY, value: DANLU_TAG_VALUE }];

/** Runs a delete until it is taken (the campaign's faults refuse some calls); gone already counts as done. */
async function deleted(run: () => Promise<unknown>): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    try {
      await run();
      return;
    } catch (error) {
      if (error instanceof CloudError && error.kind === 'not_found') return;
      if (attempt === 5) throw error;
    }
  }
}

/**
 * What a cycle left on purpose (a kept disk, a release's snapshot, a failed recover's copy),
 * deleted by name as the user would on the Resources page, so the next cycle starts clean.
 */
export async function removeKeptData(api: AliyunApi, manager: SessionManager, regionId: string): Promise<void> {
  const disks = await api.describeAllDisks({ regionId, tags: MANAGED });
  for (const disk of disks.filter((d) => d.status === 'Available')) {
    await deleted(() => api.deleteDisk({ regionId, diskId: disk.diskId }));
    manager.deletedByUser('disk', disk.diskId);
  }
  const snapshots = await api.describeAllSnapshots({ regionId, tags: MANAGED });
  for (const snapshot of snapshots.filter((s) => s.status !== 'progressing')) {
    await deleted(() => api.deleteSnapshot({ regionId, snapshotId: snapshot.snapshotId, force: true }));
    manager.deletedByUser('snapshot', snapshot.snapshotId);
  }
}
