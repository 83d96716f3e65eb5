import type { AliyunApi } from '../../src/main/aliyun';

/**
 * The original scripts' price scan as they ran it: for every region, the zones
 * (DescribeZones), then one DescribeSpotPriceHistory per zone and GPU type, one call after
 * another, taking the type list of each region's first zone for every zone. Returns the number
 * of prices it got.
 */
export async function seedScan(api: AliyunApi): Promise<number> {
  const { regions } = await api.describeRegions();
  let prices = 0;
  for (const { regionId } of regions) {
    const { zones } = await api.describeZones({
      regionId,
      instanceChargeType: 'PostPaid',
      spotStrategy: 'SpotAsPriceGo',
    });
    const types = (zones[0]?.availableInstanceTypes ?? []).filter((t) => /^ecs\.(ebm)?gn/.test(t));
    for (const zone of zones) {
      for (const type of types) {
        try {
          const h = await api.describeSpotPriceHistory({
            regionId,
            zoneId: zone.zoneId,
            instanceType: type,
            networkType: 'vpc',
          });
          if (h.prices.length > 0) prices++;
        } catch {
          // The original printed the error and went on.
        }
      }
    }
  }
  return prices;
}
