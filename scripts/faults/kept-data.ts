import { type AliyunApi, CloudError, DANLU_TAG_KEY, DANLU_TAG_VALUE } from '../../src/main/aliyun';
import type { SessionManager } from '../../src/main/sessions';

const MANAGED = [{ key: DANLU_TAG_KEY, value: DANLU_TAG_VALUE }];
const MINUTE = 60_000;

/**
 * Runs a delete until it is taken, as a user pressing Delete again would: a fault of the
 * campaign is asked again at once, a refusal for now (a snapshot of the disk still being taken)
 * after a minute, for at most an hour; gone already counts as done.
 */
async function deleted(run: () => Promise<unknown>, sleep: (ms: number) => Promise<void>): Promise<void> {
  for (let attempt = 1, waited = 0; ; attempt++) {
    try {
      await run();
      return;
    } catch (error) {
      if (error instanceof CloudError && error.kind === 'not_found') return;
      const forNow = error instanceof CloudError && error.kind === 'dependency' && waited < 60 * MINUTE;
      if (!forNow && attempt >= 5) throw error;
      if (forNow) {
        await sleep(MINUTE);
        waited += MINUTE;
      }
    }
  }
}

/**
 * What a cycle left on purpose (a kept disk, a release's snapshot, a failed recover's copy),
 * deleted by name as the user would on the Resources page, so the next cycle starts clean. A
 * snapshot still being taken (a failed recover's, whose answer was lost) is waited for first.
 */
export async function removeKeptData(
  api: AliyunApi,
  manager: SessionManager,
  regionId: string,
  sleep: (ms: number) => Promise<void>,
): Promise<void> {
  for (let waited = 0; waited < 2 * 60 * MINUTE; waited += MINUTE) {
    const snapshots = await api.describeAllSnapshots({ regionId, tags: MANAGED });
    if (!snapshots.some((s) => s.status === 'progressing')) break;
    await sleep(MINUTE);
  }
  const disks = await api.describeAllDisks({ regionId, tags: MANAGED });
  for (const disk of disks.filter((d) => d.status === 'Available')) {
    await deleted(() => api.deleteDisk({ regionId, diskId: disk.diskId }), sleep);
    manager.deletedByUser('disk', disk.diskId);
  }
  const snapshots = await api.describeAllSnapshots({ regionId, tags: MANAGED });
  for (const snapshot of snapshots.filter((s) => s.status !== 'progressing')) {
    await deleted(() => api.deleteSnapshot({ regionId, snapshotId: snapshot.snapshotId, force: true }), sleep);
    manager.deletedByUser('snapshot', snapshot.snapshotId);
  }
}
