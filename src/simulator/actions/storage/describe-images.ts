import type { ActionContext, ActionSpec } from '../../api/action';
import { apiError } from '../../api/api-error';
import { isoSeconds, parseUtc } from '../../api/time-format';
import { type PublicImage, publicImages } from '../../catalog/images';
import { imageProgress } from '../../lifecycle/image-lifecycle';
import type { CustomImage } from '../../state/resources';
import { region } from '../common/guards';
import { listed, shownTags } from '../common/listing';
import { numberPage } from '../common/paging';
import { ecsTags, matchesTags } from '../common/tags';

/** What one DescribeImages request asks for, read once. */
interface ImageQuery {
  ids?: string[];
  /** Lower-case; matched as a substring (the API's fuzzy name search). */
  name?: string;
  family?: string;
  owner?: string;
  statuses: string[];
  osType?: string;
  architecture?: string;
  /** Only images this type can boot: x86_64, and UEFI for the families that need it. */
  instanceType?: { architecture: string; uefiOnly: boolean };
  isSupportCloudinit?: boolean;
  createdAfter?: number;
  createdBefore?: number;
}

function readQuery(ctx: ActionContext): ImageQuery {
  const { params, world } = ctx;
  const filters = params.structs('Filter');
  const time = (key: string) => {
    const text = filters.find((f) => f.Key === key)?.Value;
    if (text === undefined) return undefined;
    const at = parseUtc(text);
    if (at === undefined) throw apiError('InvalidParameter', 'The specified Filter.n.Value is not a valid time.');
    return at;
  };
  const typeId = params.str('InstanceType');
  const type = typeId ? world.catalog.type(typeId) : undefined;
  if (typeId && !type) throw apiError('InvalidInstanceType.ValueNotSupported');
  params.oneOf('ActionType', ['CreateEcs', 'ChangeOS']);
  return {
    ids: params
      .str('ImageId')
      ?.split(',')
      .map((s) => s.trim()),
    name: params.str('ImageName')?.toLowerCase(),
    family: params.str('ImageFamily'),
    owner: params.oneOf('ImageOwnerAlias', ['system', 'self', 'others', 'marketplace']),
    statuses: (params.str('Status') ?? 'Available').split(',').map((s) => s.trim()),
    osType: params.oneOf('OSType', ['linux', 'windows']),
    architecture: params.oneOf('Architecture', ['i386', 'x86_64', 'arm64']),
    instanceType: type && { architecture: 'x86_64', uefiOnly: type.family === 'ecs.gn8v' },
    isSupportCloudinit: params.bool('IsSupportCloudinit'),
    createdAfter: time('CreationStartTime'),
    createdBefore: time('CreationEndTime'),
  };
}

interface Listed {
  id: string;
  name: string;
  family: string;
  owner: string;
  status: string;
  osType: string;
  architecture: string;
  bootMode: string;
  cloudinit: boolean;
  createdAt: number;
}

function matches(q: ImageQuery, i: Listed): boolean {
  return (
    (!q.owner || q.owner === i.owner) &&
    (!q.ids || q.ids.includes(i.id)) &&
    (!q.name || i.name.toLowerCase().includes(q.name)) &&
    (!q.family || q.family === i.family) &&
    q.statuses.includes(i.status) &&
    (!q.osType || q.osType === i.osType) &&
    (!q.architecture || q.architecture === i.architecture) &&
    (!q.instanceType ||
      (q.instanceType.architecture === i.architecture && (!q.instanceType.uefiOnly || i.bootMode === 'UEFI'))) &&
    (q.isSupportCloudinit === undefined || q.isSupportCloudinit === i.cloudinit) &&
    (q.createdAfter === undefined || i.createdAt >= q.createdAfter) &&
    (q.createdBefore === undefined || i.createdAt <= q.createdBefore)
  );
}

const publicListed = (i: PublicImage, withFamily: boolean): Listed => ({
  id: i.imageId,
  name: i.imageName,
  family: withFamily ? i.family : '',
  owner: 'system',
  status: 'Available',
  osType: i.osType,
  architecture: i.architecture,
  bootMode: i.bootMode,
  cloudinit: i.osType === 'linux',
  createdAt: i.publishedAt,
});

const customListed = (i: CustomImage): Listed => ({
  id: i.id,
  name: i.name,
  family: i.family,
  owner: 'self',
  status: i.status,
  osType: 'linux',
  architecture: 'x86_64',
  bootMode: i.bootMode,
  cloudinit: true,
  createdAt: i.createdAt,
});

function renderPublic(img: PublicImage, withFamily: boolean) {
  return {
    ImageId: img.imageId,
    ImageName: img.imageName,
    ImageFamily: withFamily ? img.family : '',
    ImageOwnerAlias: 'system',
    ImageVersion: img.imageId.slice(-12, -4),
    Description: '',
    Status: 'Available',
    Progress: '100%',
    Size: img.sizeGiB,
    OSType: img.osType,
    OSName: img.osName,
    OSNameEn: img.osNameEn,
    Platform: img.platform,
    Architecture: img.architecture,
    BootMode: img.bootMode,
    CreationTime: isoSeconds(img.publishedAt),
    IsPublic: true,
    IsSupportCloudinit: img.osType === 'linux',
    IsSupportIoOptimized: true,
    Usage: 'instance',
    Features: { NvmeSupport: 'supported' },
    DiskDeviceMappings: { DiskDeviceMapping: [] },
    Tags: { Tag: [] },
  };
}

function renderCustom(ctx: ActionContext, i: CustomImage) {
  return {
    ImageId: i.id,
    ImageName: i.name,
    ImageFamily: i.family,
    ImageOwnerAlias: 'self',
    ImageVersion: '',
    Description: i.description,
    Status: i.status,
    Progress: imageProgress(i, ctx.now),
    Size: i.size,
    OSType: 'linux',
    OSName: i.osName,
    OSNameEn: i.osNameEn,
    Platform: i.platform,
    Architecture: 'x86_64',
    BootMode: i.bootMode,
    CreationTime: isoSeconds(i.createdAt),
    IsPublic: false,
    IsSupportCloudinit: true,
    IsSupportIoOptimized: true,
    Usage: [...ctx.world.store.instances.values()].some((inst) => inst.imageId === i.id) ? 'instance' : 'none',
    Features: { NvmeSupport: 'supported' },
    DiskDeviceMappings: {
      DiskDeviceMapping: i.mappings.map((m) => ({
        SnapshotId: m.snapshotId,
        Size: String(m.size),
        Device: m.device,
        Type: m.type,
        Format: '',
        ImportOSSBucket: '',
        ImportOSSObject: '',
      })),
    },
    Tags: ecsTags(shownTags(ctx, i)),
  };
}

/**
 * DescribeImages over the region's own images, then its several hundred public ones in listing
 * order, filtered by the API's parameters and paged by PageNumber/PageSize (default 10, ≤ 100).
 */
export const describeImages: ActionSpec = {
  product: 'ecs',
  name: 'DescribeImages',
  handler: (ctx) => {
    const { world, params } = ctx;
    const r = region(ctx);
    const q = readQuery(ctx);
    const tags = params.tags();
    const customs = [...world.store.images.values()]
      .filter(
        (i) =>
          i.regionId === r.regionId &&
          listed(ctx, i) &&
          matches(q, customListed(i)) &&
          matchesTags(shownTags(ctx, i), tags),
      )
      .map((i) => renderCustom(ctx, i));
    const withFamily = world.assumptions.publicImageFamilies;
    const publics =
      tags.length > 0
        ? []
        : publicImages(r.regionId)
            .filter((i) => matches(q, publicListed(i, withFamily)))
            .map((i) => renderPublic(i, withFamily));
    const all = [...customs, ...publics];
    const { page, pageNumber, pageSize, totalCount } = numberPage(params, all, { defaultSize: 10, maxSize: 100 });
    return {
      RegionId: r.regionId,
      Images: { Image: page },
      TotalCount: totalCount,
      PageNumber: pageNumber,
      PageSize: pageSize,
    };
  },
};
