import type { ActionSpec } from '../../api/action';
import { apiError, invalidParameter } from '../../api/api-error';
import { diskPricePerGiBHour } from '../../billing/disk-rates';
import { DISK_CATEGORIES } from '../../catalog/disk-prices';
import { region, requireZone } from '../common/guards';

const UNIT_HOURS: Record<string, number> = { Hour: 1, Week: 168, Month: 720, Year: 8760 };
const round4 = (n: number) => Math.round(n * 10_000) / 10_000;

interface Detail {
  Resource: string;
  OriginalPrice: number;
  DiscountPrice: number;
  TradePrice: number;
}

const detail = (resource: string, original: number, trade: number): Detail => ({
  Resource: resource,
  OriginalPrice: round4(original),
  DiscountPrice: round4(original - trade),
  TradePrice: round4(trade),
});

const describePrice: ActionSpec = {
  product: 'ecs',
  name: 'DescribePrice',
  handler: (ctx) => {
    const { world, params, now } = ctx;
    const r = region(ctx);
    const resourceType =
      params.oneOf('ResourceType', [
        'instance',
        'disk',
        'bandwidth',
        'ddh',
        'ElasticityAssurance',
        'CapacityReservation',
      ]) ?? 'instance';
    const priceUnit = params.oneOf('PriceUnit', ['Hour', 'Week', 'Month', 'Year']) ?? 'Hour';
    const period = params.int('Period', { min: 1 }) ?? 1;
    const amount = params.int('Amount', { min: 1, max: 1000 }) ?? 1;
    const spotStrategy = params.oneOf('SpotStrategy', ['NoSpot', 'SpotWithPriceLimit', 'SpotAsPriceGo']) ?? 'NoSpot';
    params.int('SpotDuration', { min: 0, max: 6 });
    if (spotStrategy !== 'NoSpot' && (priceUnit !== 'Hour' || period !== 1)) throw invalidParameter('PriceUnit');
    const hours = (UNIT_HOURS[priceUnit] ?? 1) * period;
    const details: Detail[] = [];
    const diskDetail = (
      resource: string,
      category: string | undefined,
      size: number | undefined,
      pl: string | undefined,
    ) => {
      const c = category ?? 'cloud_efficiency';
      if (!(DISK_CATEGORIES as readonly string[]).includes(c)) throw apiError('InvalidDiskCategory.NotSupported');
      const price = diskPricePerGiBHour(c, pl ?? 'PL1') * (size ?? 40) * hours;
      details.push(detail(resource, price, price));
    };

    if (resourceType === 'instance') {
      const instanceType = params.required('InstanceType');
      if (!world.catalog.type(instanceType)) throw apiError('InvalidInstanceType.ValueNotSupported');
      let zoneId = params.str('ZoneId');
      if (zoneId) requireZone(r, zoneId);
      // Spot prices differ by zone; without ZoneId the first zone that sells the type is quoted.
      zoneId ??= r.zones.find((z) => world.catalog.isSold(instanceType, r.regionId, z));
      if (!zoneId || !world.catalog.isSold(instanceType, r.regionId, zoneId)) {
        throw apiError('InvalidInstanceType.ZoneNotSupported');
      }
      const origin = world.market.originPrice(r.regionId, instanceType) * hours;
      const trade =
        spotStrategy === 'NoSpot' ? origin : world.market.priceAt(r.regionId, zoneId, instanceType, now) * hours;
      details.push(detail('instanceType', origin, trade));
      const systemSize = params.int('SystemDisk.Size', { min: 20, max: 2048 });
      diskDetail(
        'systemDisk',
        params.str('SystemDisk.Category'),
        systemSize ?? 40,
        params.str('SystemDisk.PerformanceLevel'),
      );
      for (const disk of params.structs('DataDisk')) {
        const size = disk.Size === undefined ? undefined : Number(disk.Size);
        if (size !== undefined && !Number.isInteger(size)) throw invalidParameter('DataDisk.n.Size');
        diskDetail('dataDisk', disk.Category, size, disk.PerformanceLevel);
      }
      if ((params.int('InternetMaxBandwidthOut', { min: 0, max: 200 }) ?? 0) > 0)
        details.push(detail('bandwidth', 0, 0));
    } else if (resourceType === 'disk') {
      const disks = params.structs('DataDisk');
      if (disks.length === 0) diskDetail('dataDisk', undefined, undefined, undefined);
      for (const disk of disks)
        diskDetail('dataDisk', disk.Category, disk.Size ? Number(disk.Size) : undefined, disk.PerformanceLevel);
    } else {
      // Traffic is billed per GB afterwards; a quote for an hour of pay-by-traffic bandwidth is zero.
      details.push(detail('bandwidth', 0, 0));
    }

    const scaled = details.map((d) =>
      amount === 1 ? d : detail(d.Resource, d.OriginalPrice * amount, d.TradePrice * amount),
    );
    const sum = (key: keyof Omit<Detail, 'Resource'>) => round4(scaled.reduce((s, d) => s + d[key], 0));
    return {
      PriceInfo: {
        Price: {
          OriginalPrice: sum('OriginalPrice'),
          DiscountPrice: sum('DiscountPrice'),
          TradePrice: sum('TradePrice'),
          Currency: 'CNY',
          DetailInfos: { DetailInfo: scaled.map((d) => ({ ...d, SubRules: { Rule: [] } })) },
        },
        Rules: { Rule: [] },
      },
    };
  },
};

export const priceActions = [describePrice];
