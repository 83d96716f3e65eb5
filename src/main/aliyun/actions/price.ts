import { cloudAction } from '../cloud-action';
import { asObject, items, num, text } from '../response-fields';
import type { DiskCategory, SpotStrategy } from './shared-types';

export interface DiskPriceSpec {
  category?: DiskCategory;
  /** GiB. */
  size?: number;
  performanceLevel?: 'PL0' | 'PL1' | 'PL2' | 'PL3';
}

export interface DescribePriceInput {
  regionId: string;
  resourceType?: 'instance' | 'disk' | 'bandwidth' | 'ddh';
  instanceType?: string;
  /** Spot prices differ by zone: give it for spot quotes. */
  zoneId?: string;
  spotStrategy?: SpotStrategy;
  spotDuration?: 0 | 1;
  priceUnit?: 'Hour' | 'Month' | 'Year' | 'Week';
  period?: number;
  amount?: number;
  instanceNetworkType?: 'vpc' | 'classic';
  ioOptimized?: 'optimized' | 'none';
  imageId?: string;
  platform?: 'Linux' | 'Windows';
  systemDisk?: DiskPriceSpec;
  dataDisks?: DiskPriceSpec[];
  internetChargeType?: 'PayByTraffic' | 'PayByBandwidth';
  internetMaxBandwidthOut?: number;
}

export interface PriceDetail {
  /** What the line prices, e.g. "instanceType", "systemDisk", "dataDisk" (case varies). */
  resource: string;
  originalPrice: number;
  discountPrice: number;
  tradePrice: number;
}

export interface DescribePriceOutput {
  requestId: string;
  currency: string;
  originalPrice: number;
  discountPrice: number;
  /** What is charged: original − discount (per `priceUnit`). */
  tradePrice: number;
  details: PriceDetail[];
  /** The trade price of the instance line alone, without disks; undefined if not itemised. */
  instanceTradePrice?: number;
  rules: { ruleId: number; description: string }[];
}

const disk = (d: DiskPriceSpec | undefined) =>
  d && { Category: d.category, Size: d.size, PerformanceLevel: d.performanceLevel };

/** DescribePrice: the current price of an instance (spot or not), disk or bandwidth. */
export const describePrice = cloudAction(
  'DescribePrice',
  (input: DescribePriceInput) => ({
    ResourceType: input.resourceType,
    InstanceType: input.instanceType,
    ZoneId: input.zoneId,
    SpotStrategy: input.spotStrategy,
    SpotDuration: input.spotDuration,
    PriceUnit: input.priceUnit,
    Period: input.period,
    Amount: input.amount,
    InstanceNetworkType: input.instanceNetworkType,
    IoOptimized: input.ioOptimized,
    ImageId: input.imageId,
    Platform: input.platform,
    SystemDisk: disk(input.systemDisk),
    DataDisk: input.dataDisks?.map(disk),
    InternetChargeType: input.internetChargeType,
    InternetMaxBandwidthOut: input.internetMaxBandwidthOut,
  }),
  (body): DescribePriceOutput => {
    const info = asObject(body.PriceInfo);
    const price = asObject(info.Price);
    const details = items(price, 'DetailInfos', 'DetailInfo').map((d) => ({
      resource: text(d, 'Resource'),
      originalPrice: num(d, 'OriginalPrice'),
      discountPrice: num(d, 'DiscountPrice'),
      tradePrice: num(d, 'TradePrice'),
    }));
    const instanceLine = details.find((d) => /^instance(type)?$/i.test(d.resource));
    return {
      requestId: text(body, 'RequestId'),
      currency: text(price, 'Currency'),
      originalPrice: num(price, 'OriginalPrice'),
      discountPrice: num(price, 'DiscountPrice'),
      tradePrice: num(price, 'TradePrice'),
      details,
      instanceTradePrice: instanceLine?.tradePrice,
      rules: items(info, 'Rules', 'Rule').map((r) => ({
        ruleId: num(r, 'RuleId'),
        description: text(r, 'Description'),
      })),
    };
  },
);
