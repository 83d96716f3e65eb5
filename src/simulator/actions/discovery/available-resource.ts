import type { ActionContext, ActionSpec } from '../../api/action';
import { missingParameter } from '../../api/api-error';
import { DISK_CATEGORIES, DISK_SIZE_LIMITS } from '../../catalog/disk-prices';
import { typeDiskCategories, zoneDiskCategories } from '../../catalog/disk-support';
import { type SpotStockCategory, sells } from '../../state/world';
import { region, requireZone } from '../common/guards';

const DESTINATIONS = ['Zone', 'IoOptimized', 'InstanceType', 'Network', 'ddh', 'SystemDisk', 'DataDisk'] as const;

interface Supported {
  Value: string;
  Status: 'Available' | 'SoldOut';
  StatusCategory: SpotStockCategory;
  Min?: number;
  Max?: number;
  Unit?: string;
}

/** Stock of one type in one zone for the requested charge type. */
function typeStock(
  ctx: ActionContext,
  regionId: string,
  zoneId: string,
  instanceType: string,
  spot: boolean,
): Supported {
  const { world } = ctx;
  const category = spot
    ? world.spotStockCategory(regionId, zoneId, instanceType, ctx.now)
    : world.onDemandStock(regionId, zoneId, instanceType)
      ? 'WithStock'
      : 'WithoutStock';
  return {
    Value: instanceType,
    Status: sells(category) ? 'Available' : 'SoldOut',
    StatusCategory: category,
  };
}

const describeAvailableResource: ActionSpec = {
  product: 'ecs',
  name: 'DescribeAvailableResource',
  handler: (ctx) => {
    const { world, params } = ctx;
    const r = region(ctx);
    const destination = params.oneOf('DestinationResource', DESTINATIONS);
    if (!destination) throw missingParameter('DestinationResource');
    const zoneFilter = params.str('ZoneId');
    if (zoneFilter) requireZone(r, zoneFilter);
    params.oneOf('InstanceChargeType', ['PrePaid', 'PostPaid']);
    const spot =
      (params.oneOf('SpotStrategy', ['NoSpot', 'SpotWithPriceLimit', 'SpotAsPriceGo']) ?? 'NoSpot') !== 'NoSpot';
    params.int('SpotDuration', { min: 0, max: 6 });
    const typeFilter = params.str('InstanceType');
    const systemDiskCategory = params.str('SystemDiskCategory');
    const dataDiskCategory = params.str('DataDiskCategory');
    const usesDisks = (instanceType: string) =>
      [systemDiskCategory, dataDiskCategory].every(
        (c) => c === undefined || typeDiskCategories(world, instanceType).includes(c),
      );
    const cores = params.int('Cores');
    const memory = params.float('Memory');
    const zones = zoneFilter ? [zoneFilter] : r.zones;

    const resourcesFor = (zoneId: string): { type: string; supported: Supported[] } => {
      const types = world.catalog
        .typesSoldIn(r.regionId, zoneId)
        .filter((t) => !typeFilter || t.instanceTypeId === typeFilter)
        .filter((t) => cores === undefined || t.cpu === cores)
        .filter((t) => memory === undefined || t.memoryGiB === memory)
        .filter((t) => usesDisks(t.instanceTypeId));
      const stock = types.map((t) => typeStock(ctx, r.regionId, zoneId, t.instanceTypeId, spot));
      const available = (value: string): Supported => ({
        Value: value,
        Status: 'Available',
        StatusCategory: 'WithStock',
      });
      switch (destination) {
        case 'Zone':
          return { type: 'Zone', supported: stock.length > 0 ? [available(zoneId)] : [] };
        case 'IoOptimized':
          return { type: 'IoOptimized', supported: stock.length > 0 ? [available('optimized')] : [] };
        case 'InstanceType':
          return { type: 'InstanceType', supported: stock };
        case 'Network':
          return { type: 'Network', supported: stock.length > 0 ? [available('vpc')] : [] };
        case 'ddh':
          return { type: 'DedicatedHost', supported: [] };
        default: {
          // The categories the type (or, without one, some type of the zone) can use.
          const usable = typeFilter
            ? typeDiskCategories(world, typeFilter)
            : zoneDiskCategories(world, r.regionId, zoneId);
          const categories = (
            destination === 'SystemDisk'
              ? ['cloud_essd', 'cloud_efficiency', 'cloud_ssd', 'cloud_auto']
              : DISK_CATEGORIES
          ).filter((c) => usable.includes(c));
          return {
            type: destination,
            supported: categories.map((c) => {
              const [min, max] = DISK_SIZE_LIMITS[c] ?? [20, 32768];
              return {
                ...available(c),
                Min: destination === 'SystemDisk' ? Math.max(20, min) : min,
                Max: destination === 'SystemDisk' ? 2048 : max,
                Unit: 'GiB',
              };
            }),
          };
        }
      }
    };

    const availableZones = zones
      .map((zoneId) => ({ zoneId, ...resourcesFor(zoneId) }))
      .filter((z) => z.supported.length > 0)
      .map((z) => {
        // The zone takes the best state of its offers.
        const best: SpotStockCategory[] = ['WithStock', 'ClosedWithStock', 'WithoutStock', 'ClosedWithoutStock'];
        const category = best.find((c) => z.supported.some((s) => s.StatusCategory === c)) ?? 'WithoutStock';
        return {
          RegionId: r.regionId,
          ZoneId: z.zoneId,
          Status: sells(category) ? 'Available' : 'SoldOut',
          StatusCategory: category,
          AvailableResources: {
            AvailableResource: [{ Type: z.type, SupportedResources: { SupportedResource: z.supported } }],
          },
        };
      });
    return { AvailableZones: { AvailableZone: availableZones } };
  },
};

export const availableResourceActions = [describeAvailableResource];
