import { isoSeconds } from '../../api/time-format';
import type { Disk, Tags } from '../../state/resources';
import { ecsTags } from '../common/tags';

const IOPS: Record<string, (size: number) => number> = {
  cloud: () => 300,
  cloud_efficiency: (s) => Math.min(5000, 1800 + 8 * s),
  cloud_ssd: (s) => Math.min(25_000, 1800 + 30 * s),
  cloud_essd: (s) => Math.min(50_000, 1800 + 50 * s),
  cloud_auto: (s) => Math.min(50_000, 3000 + 50 * s),
  cloud_essd_entry: (s) => Math.min(6000, 1800 + 8 * s),
};

/** One `Disks.Disk[]` entry as DescribeDisks answers it, with the tags it shows now. */
export function renderDisk(disk: Disk, tags: Tags) {
  const attached = disk.instanceId !== '' && disk.status !== 'Available';
  return {
    DiskId: disk.id,
    DiskName: disk.name,
    Description: disk.description,
    RegionId: disk.regionId,
    ZoneId: disk.zoneId,
    Type: disk.type,
    Category: disk.category,
    PerformanceLevel: disk.category === 'cloud_essd' ? disk.performanceLevel : '',
    Size: disk.size,
    Encrypted: disk.encrypted,
    Status: disk.status,
    InstanceId: attached ? disk.instanceId : '',
    Device: attached ? disk.device : '',
    Attachments: {
      Attachment: attached
        ? [
            {
              InstanceId: disk.instanceId,
              Device: disk.device,
              AttachedTime: isoSeconds(disk.attachedAt ?? disk.createdAt),
            },
          ]
        : [],
    },
    MountInstanceNum: attached ? 1 : 0,
    Portable: disk.portable,
    DeleteWithInstance: disk.deleteWithInstance,
    DeleteAutoSnapshot: disk.deleteAutoSnapshot,
    EnableAutoSnapshot: disk.enableAutoSnapshot,
    EnableAutomatedSnapshotPolicy: false,
    AutoSnapshotPolicyId: '',
    SerialNumber: disk.id.replace(/^d-/, ''),
    SourceSnapshotId: disk.sourceSnapshotId,
    ImageId: disk.imageId,
    DiskChargeType: 'PostPaid',
    CreationTime: isoSeconds(disk.createdAt),
    AttachedTime: disk.attachedAt === undefined ? '' : isoSeconds(disk.attachedAt),
    DetachedTime: disk.detachedAt === undefined ? '' : isoSeconds(disk.detachedAt),
    ExpiredTime: '2999-09-08T16:00Z',
    OperationLocks: { OperationLock: [] },
    IOPS: (IOPS[disk.category] ?? (() => 1000))(disk.size),
    MultiAttach: 'Disabled',
    BurstingEnabled: false,
    ResourceGroupId: '',
    KMSKeyId: '',
    Tags: ecsTags(tags),
  };
}
