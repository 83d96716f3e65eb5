import { describe, expect, it } from 'vitest';
import { fixturePerTest } from '../testing/caller-fixture';
import { createDisk, describeDisks, modifyDiskAttribute } from './disks';
import { describeAllImages, describeImages } from './images';
import { describeSnapshots } from './snapshots';

const setup = fixturePerTest();

describe('disks', () => {
  it('creates a tagged data disk with a ClientToken', async () => {
    const { cloud, caller } = await setup(() => ({ json: { DiskId: 'd-abc' } }));
    const out = await createDisk(caller, {
      regionId: 'us-west-1',
      zoneId: 'us-west-1a',
      diskCategory: 'cloud_essd',
      size: 100,
      clientToken: 'tok',
      tags: [{ key: 'danlu:session', value: 's-9' }],
    });
    expect(out.diskId).toBe('d-abc');
    expect(cloud.requests[0]?.params).toMatchObject({
      DiskCategory: 'cloud_essd',
      Size: '100',
      ClientToken: 'tok',
      'Tag.1.Key': 'danlu',
      'Tag.2.Value': 's-9',
    });
  });

  it('sends DiskIds as a JSON string and falls back to the id for a missing serial', async () => {
    const { cloud, caller } = await setup(() => ({
      json: {
        Disks: {
          Disk: [
            {
              DiskId: 'd-bp18um4r4f2fve24xxxx',
              Status: 'In_use',
              Size: 100,
              Portable: true,
              DeleteWithInstance: false,
              InstanceId: 'i-1',
              OperationLocks: { OperationLock: [] },
            },
          ],
        },
      },
    }));
    const { disks } = await describeDisks(caller, { regionId: 'cn-hangzhou', diskIds: ['d-bp18um4r4f2fve24xxxx'] });
    expect(cloud.requests[0]?.params.DiskIds).toBe('["d-bp18um4r4f2fve24xxxx"]');
    expect(disks[0]).toMatchObject({
      serialNumber: 'bp18um4r4f2fve24xxxx',
      portable: true,
      deleteWithInstance: false,
      instanceId: 'i-1',
      operationLocks: [],
    });
  });

  it('modifies several disks through DiskIds.N', async () => {
    const { cloud, caller } = await setup(() => ({ json: {} }));
    await modifyDiskAttribute(caller, { regionId: 'cn-hangzhou', diskIds: ['d-1', 'd-2'], deleteWithInstance: false });
    expect(cloud.requests[0]?.params).toMatchObject({
      'DiskIds.1': 'd-1',
      'DiskIds.2': 'd-2',
      DeleteWithInstance: 'false',
    });
  });
});

describe('snapshots and images', () => {
  it('parses the string fields of a snapshot: "38%" progress and "40" GiB', async () => {
    const { cloud, caller } = await setup(() => ({
      json: {
        Snapshots: {
          Snapshot: [
            { SnapshotId: 's-1', Status: 'progressing', Progress: '38%', SourceDiskSize: '40', RemainTime: 120 },
          ],
        },
      },
    }));
    const { snapshots } = await describeSnapshots(caller, { regionId: 'cn-hangzhou', snapshotIds: ['s-1'] });
    expect(snapshots[0]).toMatchObject({ progress: 38, sourceDiskSize: 40, remainTime: 120, status: 'progressing' });
    expect(cloud.requests[0]?.params.SnapshotIds).toBe('["s-1"]');
  });

  it('asks for several image statuses comma-separated and reads image progress', async () => {
    const { cloud, caller } = await setup(() => ({
      json: { Images: { Image: [{ ImageId: 'm-1', Status: 'Creating', Progress: '45%', Size: 40 }] }, TotalCount: 1 },
    }));
    const { images } = await describeImages(caller, {
      regionId: 'cn-hangzhou',
      imageOwnerAlias: 'self',
      status: ['Creating', 'Available'],
    });
    expect(cloud.requests[0]?.params.Status).toBe('Creating,Available');
    expect(images[0]).toMatchObject({ imageId: 'm-1', progress: 45, size: 40 });
  });

  it('pages images by number until TotalCount is reached', async () => {
    const { cloud, caller } = await setup((req) => {
      const page = Number(req.params.PageNumber);
      const images = Array.from({ length: page < 3 ? 100 : 5 }, (_, i) => ({ ImageId: `m-${page}-${i}` }));
      return { json: { Images: { Image: images }, TotalCount: 205, PageNumber: page, PageSize: 100 } };
    });
    const all = await describeAllImages(caller, { regionId: 'cn-hangzhou', imageOwnerAlias: 'system' });
    expect(all).toHaveLength(205);
    expect(cloud.requests.map((r) => r.params.PageNumber)).toEqual(['1', '2', '3']);
  });
});
