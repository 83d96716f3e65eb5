import type { AliyunApi } from '../../src/main/aliyun';

const GPU_TYPE = /^ecs\.(ebm)?gn/;

/**
 * A fair modern baseline: every exact price, asked as fast as the per-region limits allow and
 * with nothing shown before the end. DescribeRegions, then per region at once
 * DescribeAvailableResource (what GPU types are sold), then one DescribeSpotPriceHistory per
 * (region, type), every region concurrently. Returns the number of zone prices it got.
 */
export async function exactAllScan(api: AliyunApi): Promise<number> {
  const { regions } = await api.describeRegions();
  const counts = await Promise.all(
    regions.map(async ({ regionId }) => {
      const available = await api.describeAvailableResource({
        regionId,
        destinationResource: 'InstanceType',
        instanceChargeType: 'PostPaid',
        spotStrategy: 'SpotAsPriceGo',
      });
      const types = new Set(
        available.zones
          .flatMap((z) => z.resources.flatMap((r) => r.supported.map((s) => s.value)))
          .filter((t) => GPU_TYPE.test(t)),
      );
      const zonePrices = await Promise.all(
        [...types].map(async (instanceType) => {
          const h = await api.describeAllSpotPriceHistory({ regionId, instanceType, networkType: 'vpc' });
          return new Set(h.prices.map((p) => p.zoneId)).size;
        }),
      );
      return zonePrices.reduce((a, b) => a + b, 0);
    }),
  );
  return counts.reduce((a, b) => a + b, 0);
}
