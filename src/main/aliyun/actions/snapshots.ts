import { allPagesByToken, cloudAction } from '../cloud-action';
import { type Tag, wireTags, withDanluTags } from '../danlu-tags';
import { flag, items, type JsonObject, num, optNum, optText, percent, tags, text, time } from '../response-fields';
import { jsonArray } from '../wire-params';

export interface CreateSnapshotInput {
  regionId: string;
  diskId: string;
  /** 2–128 characters, must not start with "auto". */
  snapshotName?: string;
  description?: string;
  /** 1–65536 days; omit to keep until deleted. */
  retentionDays?: number;
  clientToken: string;
  /** Extra tags; `danlu=managed` is always added. */
  tags?: Tag[];
}

/** CreateSnapshot: progressing → accomplished | failed; poll describeSnapshots. */
export const createSnapshot = cloudAction(
  'CreateSnapshot',
  (input: CreateSnapshotInput) => ({
    DiskId: input.diskId,
    SnapshotName: input.snapshotName,
    Description: input.description,
    RetentionDays: input.retentionDays,
    ClientToken: input.clientToken,
    Tag: wireTags(withDanluTags(input.tags)),
  }),
  (body) => ({ requestId: text(body, 'RequestId'), snapshotId: text(body, 'SnapshotId') }),
);

export interface DescribeSnapshotsInput {
  regionId: string;
  diskId?: string;
  instanceId?: string;
  /** At most 100; `[]` matches nothing. */
  snapshotIds?: string[];
  snapshotName?: string;
  status?: 'progressing' | 'accomplished' | 'failed' | 'all';
  snapshotType?: 'auto' | 'user' | 'all';
  sourceDiskType?: 'system' | 'data';
  tags?: Tag[];
  /** At most 100. */
  maxResults?: number;
  nextToken?: string;
}

export interface Snapshot {
  snapshotId: string;
  snapshotName: string;
  description: string;
  /** progressing | accomplished | failed */
  status: string;
  /** 0–100, parsed from the API's "38%". */
  progress: number;
  /** Seconds left while progressing. */
  remainTime?: number;
  sourceDiskId: string;
  /** GiB, parsed from the API's string. */
  sourceDiskSize: number;
  sourceDiskType: string;
  creationTime?: string;
  lastModifiedTime?: string;
  retentionDays?: number;
  /** What uses it: image | disk | image_disk | none. */
  usage: string;
  available: boolean;
  encrypted: boolean;
  tags: Tag[];
}

const readSnapshot = (s: JsonObject): Snapshot => ({
  snapshotId: text(s, 'SnapshotId'),
  snapshotName: text(s, 'SnapshotName'),
  description: text(s, 'Description'),
  status: text(s, 'Status'),
  progress: percent(s, 'Progress'),
  remainTime: optNum(s, 'RemainTime'),
  sourceDiskId: text(s, 'SourceDiskId'),
  sourceDiskSize: num(s, 'SourceDiskSize'),
  sourceDiskType: text(s, 'SourceDiskType'),
  creationTime: time(s, 'CreationTime'),
  lastModifiedTime: time(s, 'LastModifiedTime'),
  retentionDays: optNum(s, 'RetentionDays'),
  usage: text(s, 'Usage'),
  available: flag(s, 'Available'),
  encrypted: flag(s, 'Encrypted'),
  tags: tags(s),
});

export const describeSnapshots = cloudAction(
  'DescribeSnapshots',
  (input: DescribeSnapshotsInput) => ({
    DiskId: input.diskId,
    InstanceId: input.instanceId,
    SnapshotIds: jsonArray(input.snapshotIds),
    SnapshotName: input.snapshotName,
    Status: input.status,
    SnapshotType: input.snapshotType,
    SourceDiskType: input.sourceDiskType,
    Tag: wireTags(input.tags),
    MaxResults: input.maxResults,
    NextToken: input.nextToken,
  }),
  (body) => ({
    requestId: text(body, 'RequestId'),
    snapshots: items(body, 'Snapshots', 'Snapshot').map(readSnapshot),
    nextToken: optText(body, 'NextToken'),
  }),
);

/** Every page of DescribeSnapshots. */
export const describeAllSnapshots = allPagesByToken(describeSnapshots, (page) => page.snapshots, { maxResults: 100 });

/** DeleteSnapshot (deleting a progressing one cancels it); `force` also when disks were made from it. */
export const deleteSnapshot = cloudAction(
  'DeleteSnapshot',
  (input: { regionId: string; snapshotId: string; force?: boolean }) => ({
    SnapshotId: input.snapshotId,
    Force: input.force,
  }),
);
