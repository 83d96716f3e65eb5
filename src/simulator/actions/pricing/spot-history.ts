import type { ActionSpec } from '../../api/action';
import { apiError, invalidParameter, missingParameter } from '../../api/api-error';
import { isoSeconds, parseUtc } from '../../api/time-format';
import { region, requireZone } from '../common/guards';

const DAY = 86_400_000;

const describeSpotPriceHistory: ActionSpec = {
  product: 'ecs',
  name: 'DescribeSpotPriceHistory',
  handler: (ctx) => {
    const { world, params, now } = ctx;
    const r = region(ctx);
    const instanceType = params.required('InstanceType');
    if (!params.oneOf('NetworkType', ['vpc', 'classic'])) throw missingParameter('NetworkType');
    params.oneOf('IoOptimized', ['optimized', 'none']);
    params.oneOf('OSType', ['linux', 'windows']);
    params.int('SpotDuration', { min: 0, max: 6 });
    const zoneId = params.str('ZoneId');
    if (zoneId) requireZone(r, zoneId);
    if (!world.catalog.type(instanceType)) throw apiError('InvalidInstanceType.ValueNotSupported');
    const readTime = (name: string) => {
      const value = params.str(name);
      if (value === undefined) return undefined;
      const t = parseUtc(value);
      if (t === undefined) throw invalidParameter(name);
      return t;
    };
    const end = Math.min(readTime('EndTime') ?? now, now);
    const start = Math.max(readTime('StartTime') ?? end - 3 * 3_600_000, now - 30 * DAY);
    if (start > end) throw invalidParameter('StartTime');
    const offset = params.int('Offset', { min: 0 }) ?? 0;
    const zones = (zoneId ? [zoneId] : r.zones).filter((z) => world.catalog.isSold(instanceType, r.regionId, z));
    const origin = world.market.originPrice(r.regionId, instanceType);
    const points = zones
      .flatMap((z) =>
        world.market.history(r.regionId, z, instanceType, start, end).map((p) => ({
          ZoneId: z,
          InstanceType: instanceType,
          IoOptimized: 'optimized',
          NetworkType: 'vpc',
          SpotPrice: p.price,
          OriginPrice: origin,
          Timestamp: isoSeconds(p.at),
          at: p.at,
        })),
      )
      .sort((a, b) => a.at - b.at || (a.ZoneId < b.ZoneId ? -1 : 1));
    const pageSize = world.assumptions.spotHistoryPageSize;
    const page = points.slice(offset, offset + pageSize).map(({ at: _at, ...rest }) => rest);
    const body: Record<string, unknown> = { SpotPrices: { SpotPriceType: page }, Currency: 'CNY' };
    if (offset + pageSize < points.length) body.NextOffset = offset + pageSize;
    return body;
  },
};

const describeSpotAdvice: ActionSpec = {
  product: 'ecs',
  name: 'DescribeSpotAdvice',
  handler: (ctx) => {
    const { world, params, now } = ctx;
    const r = region(ctx);
    const zoneId = params.str('ZoneId');
    if (zoneId) requireZone(r, zoneId);
    const types = params.list('InstanceTypes');
    const cores = params.int('Cores');
    const memory = params.float('Memory');
    const minCores = params.int('MinCores');
    const minMemory = params.float('MinMemory');
    const family = params.str('InstanceTypeFamily');
    const gpuSpec = params.str('GpuSpec')?.toLowerCase();
    const gpuAmount = params.int('GpuAmount');
    params.str('InstanceFamilyLevel');
    const zones = (zoneId ? [zoneId] : r.zones).map((z) => {
      const offers = world.catalog
        .typesSoldIn(r.regionId, z)
        .filter(
          (t) =>
            (types.length === 0 || types.includes(t.instanceTypeId)) &&
            (cores === undefined || t.cpu === cores) &&
            (memory === undefined || t.memoryGiB === memory) &&
            (minCores === undefined || t.cpu >= minCores) &&
            (minMemory === undefined || t.memoryGiB >= minMemory) &&
            (!family || t.family === family) &&
            (!gpuSpec || t.gpuSpec.toLowerCase() === gpuSpec) &&
            (gpuAmount === undefined || t.gpuAmount === gpuAmount),
        )
        .map((t) => {
          const interruption = world.market.interruption(r.regionId, z, t.instanceTypeId);
          return {
            InstanceType: t.instanceTypeId,
            AverageSpotDiscount: world.market.averageDiscount(r.regionId, z, t.instanceTypeId, now),
            InterruptionRate: interruption.rate,
            InterruptRateDesc: interruption.band,
          };
        })
        .sort((a, b) => a.AverageSpotDiscount - b.AverageSpotDiscount);
      return { ZoneId: z, AvailableSpotResources: { AvailableSpotResource: offers } };
    });
    return {
      RegionId: r.regionId,
      AvailableSpotZones: {
        AvailableSpotZone: zones.filter((z) => z.AvailableSpotResources.AvailableSpotResource.length > 0),
      },
    };
  },
};

export const spotHistoryActions = [describeSpotPriceHistory, describeSpotAdvice];
