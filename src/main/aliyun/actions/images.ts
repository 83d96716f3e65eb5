import { allPagesByNumber, cloudAction } from '../cloud-action';
import { type Tag, wireTags, withDanluTags } from '../danlu-tags';
import { asObject, flag, items, type JsonObject, num, optText, percent, tags, text, time } from '../response-fields';

export interface CreateImageInput {
  regionId: string;
  /** Image a whole instance (Running or Stopped; stopped gives a consistent image)… */
  instanceId?: string;
  /** …or a system-disk snapshot… */
  snapshotId?: string;
  /** …or explicit disk mappings (system device /dev/xvda, data /dev/xvdb…). */
  diskDeviceMappings?: { snapshotId?: string; size?: number; device?: string; diskType?: 'system' | 'data' }[];
  /** 2–128 characters, starting with a letter; must be unique. */
  imageName?: string;
  imageFamily?: string;
  description?: string;
  architecture?: 'x86_64' | 'arm64';
  platform?: string;
  bootMode?: 'BIOS' | 'UEFI';
  clientToken: string;
  /** Extra tags; `danlu=managed` is always added. */
  tags?: Tag[];
  /** Validate only; success shows as a CloudError of kind dry_run_ok (see expectDryRunPass). */
  dryRun?: boolean;
}

/** CreateImage: Creating (with progress) → Available | CreateFailed. */
export const createImage = cloudAction(
  'CreateImage',
  (input: CreateImageInput) => ({
    InstanceId: input.instanceId,
    SnapshotId: input.snapshotId,
    DiskDeviceMapping: input.diskDeviceMappings?.map((m) => ({
      SnapshotId: m.snapshotId,
      Size: m.size,
      Device: m.device,
      DiskType: m.diskType,
    })),
    ImageName: input.imageName,
    ImageFamily: input.imageFamily,
    Description: input.description,
    Architecture: input.architecture,
    Platform: input.platform,
    BootMode: input.bootMode,
    ClientToken: input.clientToken,
    Tag: wireTags(withDanluTags(input.tags)),
    DryRun: input.dryRun,
  }),
  (body) => ({ requestId: text(body, 'RequestId'), imageId: text(body, 'ImageId') }),
);

export interface DescribeImagesInput {
  regionId: string;
  imageId?: string;
  /** Fuzzy match. */
  imageName?: string;
  imageFamily?: string;
  imageOwnerAlias?: 'system' | 'self' | 'others' | 'marketplace';
  /** Several statuses are sent comma-separated; the API's default is Available only. */
  status?: ('Creating' | 'Waiting' | 'Available' | 'UnAvailable' | 'CreateFailed' | 'Deprecated')[];
  osType?: 'linux' | 'windows';
  architecture?: 'x86_64' | 'i386' | 'arm64';
  /** Only images usable on this instance type. */
  instanceType?: string;
  actionType?: 'CreateEcs' | 'ChangeOS';
  isSupportCloudinit?: boolean;
  tags?: Tag[];
  pageNumber?: number;
  /** At most 100. */
  pageSize?: number;
}

export interface Image {
  imageId: string;
  imageName: string;
  imageFamily?: string;
  imageOwnerAlias: string;
  /** Creating | Waiting | Available | UnAvailable | CreateFailed | Deprecated */
  status: string;
  /** 0–100, parsed from "38%". */
  progress: number;
  /** GiB. */
  size: number;
  osType: string;
  osName: string;
  osNameEn: string;
  platform: string;
  architecture: string;
  bootMode?: string;
  creationTime?: string;
  description: string;
  isSupportCloudinit: boolean;
  /** instance | none */
  usage: string;
  nvmeSupport?: string;
  diskDeviceMappings: { snapshotId: string; size: number; device: string; type: string }[];
  tags: Tag[];
}

const readImage = (i: JsonObject): Image => ({
  imageId: text(i, 'ImageId'),
  imageName: text(i, 'ImageName'),
  imageFamily: optText(i, 'ImageFamily'),
  imageOwnerAlias: text(i, 'ImageOwnerAlias'),
  status: text(i, 'Status'),
  progress: percent(i, 'Progress'),
  size: num(i, 'Size'),
  osType: text(i, 'OSType'),
  osName: text(i, 'OSName'),
  osNameEn: text(i, 'OSNameEn'),
  platform: text(i, 'Platform'),
  architecture: text(i, 'Architecture'),
  bootMode: optText(i, 'BootMode'),
  creationTime: time(i, 'CreationTime'),
  description: text(i, 'Description'),
  isSupportCloudinit: flag(i, 'IsSupportCloudinit'),
  usage: text(i, 'Usage'),
  nvmeSupport: optText(asObject(i.Features), 'NvmeSupport'),
  diskDeviceMappings: items(i, 'DiskDeviceMappings', 'DiskDeviceMapping').map((m) => ({
    snapshotId: text(m, 'SnapshotId'),
    size: num(m, 'Size'),
    device: text(m, 'Device'),
    type: text(m, 'Type'),
  })),
  tags: tags(i),
});

export const describeImages = cloudAction(
  'DescribeImages',
  (input: DescribeImagesInput) => ({
    ImageId: input.imageId,
    ImageName: input.imageName,
    ImageFamily: input.imageFamily,
    ImageOwnerAlias: input.imageOwnerAlias,
    Status: input.status?.join(','),
    OSType: input.osType,
    Architecture: input.architecture,
    InstanceType: input.instanceType,
    ActionType: input.actionType,
    IsSupportCloudinit: input.isSupportCloudinit,
    Tag: wireTags(input.tags),
    PageNumber: input.pageNumber,
    PageSize: input.pageSize,
  }),
  (body) => ({
    requestId: text(body, 'RequestId'),
    images: items(body, 'Images', 'Image').map(readImage),
    totalCount: num(body, 'TotalCount'),
    pageNumber: num(body, 'PageNumber'),
    pageSize: num(body, 'PageSize'),
  }),
);

/** Every page of DescribeImages (100 per page). */
export const describeAllImages = allPagesByNumber(describeImages, (page) => page.images, 100);

/** DeleteImage; `force` deletes even while instances use it. */
export const deleteImage = cloudAction(
  'DeleteImage',
  (input: { regionId: string; imageId: string; force?: boolean }) => ({
    ImageId: input.imageId,
    Force: input.force,
  }),
);
