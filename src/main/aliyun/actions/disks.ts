import { allPagesByToken, cloudAction } from '../cloud-action';
import { type Tag, wireTags, withDanluTags } from '../danlu-tags';
import { flag, items, type JsonObject, num, optText, tags, text, time } from '../response-fields';
import { jsonArray } from '../wire-params';
import type { DiskCategory } from './shared-types';

export interface CreateDiskInput {
  regionId: string;
  zoneId: string;
  diskCategory?: DiskCategory;
  /** GiB; or give `snapshotId` (the disk then has at least the snapshot's size). */
  size?: number;
  snapshotId?: string;
  performanceLevel?: 'PL0' | 'PL1' | 'PL2' | 'PL3';
  diskName?: string;
  description?: string;
  encrypted?: boolean;
  clientToken: string;
  /** Extra tags; `danlu=managed` is always added. */
  tags?: Tag[];
}

/** CreateDisk: a pay-as-you-go, detachable data disk (Creating → Available). */
export const createDisk = cloudAction(
  'CreateDisk',
  (input: CreateDiskInput) => ({
    ZoneId: input.zoneId,
    DiskCategory: input.diskCategory,
    Size: input.size,
    SnapshotId: input.snapshotId,
    PerformanceLevel: input.performanceLevel,
    DiskName: input.diskName,
    Description: input.description,
    Encrypted: input.encrypted,
    ClientToken: input.clientToken,
    Tag: wireTags(withDanluTags(input.tags)),
  }),
  (body) => ({ requestId: text(body, 'RequestId'), diskId: text(body, 'DiskId') }),
);

/** AttachDisk: Available → In_use, same zone only. `deleteWithInstance` defaults to false here. */
export const attachDisk = cloudAction(
  'AttachDisk',
  (input: { regionId: string; instanceId: string; diskId: string; deleteWithInstance?: boolean }) => ({
    InstanceId: input.instanceId,
    DiskId: input.diskId,
    DeleteWithInstance: input.deleteWithInstance,
  }),
);

/** DetachDisk: In_use → Detaching → Available (about a minute). */
export const detachDisk = cloudAction(
  'DetachDisk',
  (input: { regionId: string; instanceId: string; diskId: string }) => ({
    InstanceId: input.instanceId,
    DiskId: input.diskId,
  }),
);

export interface DescribeDisksInput {
  regionId: string;
  zoneId?: string;
  /** At most 100; `[]` matches nothing. */
  diskIds?: string[];
  instanceId?: string;
  diskType?: 'all' | 'system' | 'data';
  category?: DiskCategory;
  status?: 'In_use' | 'Available' | 'Attaching' | 'Detaching' | 'Creating' | 'ReIniting' | 'All';
  portable?: boolean;
  diskName?: string;
  snapshotId?: string;
  tags?: Tag[];
  /** 10–500. */
  maxResults?: number;
  nextToken?: string;
}

export interface Disk {
  diskId: string;
  diskName: string;
  description: string;
  regionId: string;
  zoneId: string;
  /** system | data */
  type: string;
  category: string;
  performanceLevel?: string;
  /** GiB. */
  size: number;
  /** In_use | Available | Attaching | Detaching | Creating | ReIniting */
  status: string;
  instanceId?: string;
  /** Legacy Xen name (/dev/xvdb); never use it to find the disk inside the guest. */
  device?: string;
  portable: boolean;
  deleteWithInstance: boolean;
  deleteAutoSnapshot: boolean;
  encrypted: boolean;
  /** The guest sees it as /dev/disk/by-id/virtio-<serial>; the disk id without "d-" when absent. */
  serialNumber: string;
  sourceSnapshotId?: string;
  imageId?: string;
  creationTime?: string;
  attachedTime?: string;
  detachedTime?: string;
  operationLocks: string[];
  tags: Tag[];
}

function readDisk(d: JsonObject): Disk {
  const diskId = text(d, 'DiskId');
  return {
    diskId,
    diskName: text(d, 'DiskName'),
    description: text(d, 'Description'),
    regionId: text(d, 'RegionId'),
    zoneId: text(d, 'ZoneId'),
    type: text(d, 'Type'),
    category: text(d, 'Category'),
    performanceLevel: optText(d, 'PerformanceLevel'),
    size: num(d, 'Size'),
    status: text(d, 'Status'),
    instanceId: optText(d, 'InstanceId'),
    device: optText(d, 'Device'),
    portable: flag(d, 'Portable'),
    deleteWithInstance: flag(d, 'DeleteWithInstance'),
    deleteAutoSnapshot: flag(d, 'DeleteAutoSnapshot'),
    encrypted: flag(d, 'Encrypted'),
    serialNumber: optText(d, 'SerialNumber') ?? diskId.replace(/^d-/, ''),
    sourceSnapshotId: optText(d, 'SourceSnapshotId'),
    imageId: optText(d, 'ImageId'),
    creationTime: time(d, 'CreationTime'),
    attachedTime: time(d, 'AttachedTime'),
    detachedTime: time(d, 'DetachedTime'),
    operationLocks: items(d, 'OperationLocks', 'OperationLock').map((l) => text(l, 'LockReason')),
    tags: tags(d),
  };
}

export const describeDisks = cloudAction(
  'DescribeDisks',
  (input: DescribeDisksInput) => ({
    ZoneId: input.zoneId,
    DiskIds: jsonArray(input.diskIds),
    InstanceId: input.instanceId,
    DiskType: input.diskType,
    Category: input.category,
    Status: input.status,
    Portable: input.portable,
    DiskName: input.diskName,
    SnapshotId: input.snapshotId,
    Tag: wireTags(input.tags),
    MaxResults: input.maxResults,
    NextToken: input.nextToken,
  }),
  (body) => ({
    requestId: text(body, 'RequestId'),
    disks: items(body, 'Disks', 'Disk').map(readDisk),
    nextToken: optText(body, 'NextToken'),
  }),
);

/** Every page of DescribeDisks. */
export const describeAllDisks = allPagesByToken(describeDisks, (page) => page.disks, { maxResults: 100 });

/** ModifyDiskAttribute: e.g. deleteWithInstance=false so the work disk outlives the instance. */
export const modifyDiskAttribute = cloudAction(
  'ModifyDiskAttribute',
  (input: {
    regionId: string;
    diskId?: string;
    /** Several disks at once (at most 100) instead of `diskId`. */
    diskIds?: string[];
    diskName?: string;
    description?: string;
    deleteWithInstance?: boolean;
    deleteAutoSnapshot?: boolean;
    enableAutoSnapshot?: boolean;
  }) => ({
    DiskId: input.diskId,
    DiskIds: input.diskIds,
    DiskName: input.diskName,
    Description: input.description,
    DeleteWithInstance: input.deleteWithInstance,
    DeleteAutoSnapshot: input.deleteAutoSnapshot,
    EnableAutoSnapshot: input.enableAutoSnapshot,
  }),
);

/** DeleteDisk: the disk must be Available (not attached, not snapshotting). */
export const deleteDisk = cloudAction('DeleteDisk', (input: { regionId: string; diskId: string }) => ({
  DiskId: input.diskId,
}));
