import { expect, it } from 'vitest';
import { type AliyunApi, CloudError } from '../../src/main/aliyun';
import type { SessionManager } from '../../src/main/sessions';
import { msg } from '../../src/shared/words/message';
import { removeKeptData } from './kept-data';

/** DiskCreatingSnapshot as the client reports it. */
const snapshotUnderWay = () =>
  new CloudError({
    kind: 'dependency',
    text: msg('cloud-error.diskSnapshotting', { code: 'DiskCreatingSnapshot' }),
    action: 'DeleteDisk',
    cloudCode: 'DiskCreatingSnapshot',
    detail: 'A snapshot of the specified disk is being created.',
    ambiguous: false,
  });

it('waits for a snapshot still being taken, then deletes the kept disk and both snapshots by name', async () => {
  let now = 0;
  const sleep = async (ms: number) => {
    now += ms;
  };
  // A failed recover's copy is taken until minute 7; the disk cannot go meanwhile.
  const status = () => (now < 7 * 60_000 ? 'progressing' : 'accomplished');
  const deletedByUser: string[] = [];
  const api = {
    describeAllSnapshots: async () => [
      { snapshotId: 's-release', status: 'accomplished' },
      { snapshotId: 's-move', status: status() },
    ],
    describeAllDisks: async () => [{ diskId: 'd-kept', status: 'Available' }],
    deleteDisk: async () => {
      if (status() === 'progressing') throw snapshotUnderWay();
    },
    deleteSnapshot: async () => {},
  } as unknown as AliyunApi;
  const manager = { deletedByUser: (_kind: string, id: string) => deletedByUser.push(id) } as unknown as SessionManager;
  await removeKeptData(api, manager, 'us-west-1', sleep);
  expect(now).toBeGreaterThanOrEqual(7 * 60_000);
  expect(deletedByUser).toEqual(['d-kept', 's-release', 's-move']);
});

it('waits out a delete refused for now, as a user pressing Delete again a minute later would', async () => {
  let now = 0;
  const refusedUntil = 3 * 60_000;
  const api = {
    describeAllSnapshots: async () => [],
    describeAllDisks: async () => [{ diskId: 'd-kept', status: 'Available' }],
    deleteDisk: async () => {
      if (now < refusedUntil) throw snapshotUnderWay();
    },
  } as unknown as AliyunApi;
  const gone: string[] = [];
  const manager = { deletedByUser: (_kind: string, id: string) => gone.push(id) } as unknown as SessionManager;
  await removeKeptData(api, manager, 'us-west-1', async (ms) => {
    now += ms;
  });
  expect(gone).toEqual(['d-kept']);
  expect(now).toBe(refusedUntil);
});
