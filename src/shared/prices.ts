/** Price facts both sides show. Money is CNY per hour unless a field says otherwise. */
import type { Localized } from './localized';

export type StockStatus = 'WithStock' | 'WithoutStock' | 'ClosedWithStock' | 'ClosedWithoutStock';

/** Whether the cloud still sells in this stock state: `ClosedWithStock` is low stock, not sold out. */
export function purchasable(stock: StockStatus): boolean {
  return stock === 'WithStock' || stock === 'ClosedWithStock';
}

/** Where the figures of an offer come from. */
export type PriceBasis =
  /** The cloud's current price (spot and pay-as-you-go, from DescribeSpotPriceHistory), read at `checkedAt`. */
  | { kind: 'exact'; checkedAt: string }
  /** The cloud's price when last read, longer ago than prices stay fresh: being read again. */
  | { kind: 'earlier'; checkedAt: string }
  /**
   * Not read yet: the 30-day average spot discount of that zone (percent of pay-as-you-go, from
   * DescribeSpotAdvice; null when the cloud gave none and a typical 20 % stands in) applied to a
   * pay-as-you-go price that was seen earlier (`observed`) or modelled from similar types.
   */
  | { kind: 'estimate'; averageDiscount: number | null; payg: 'observed' | 'modelled' };

/** Whether a region is in mainland China (mirrors needed, datasets slow abroad) or not. */
export type RegionGroup = 'mainland' | 'overseas';

/** One GPU type sold as spot in one zone, as a scan found it. */
export interface PriceOffer {
  regionId: string;
  /** The region's name in both UI languages. */
  regionName: Localized;
  regionGroup: RegionGroup;
  zoneId: string;
  instanceType: string;
  gpuModel: string;
  gpuCount: number;
  /** Memory of one GPU, GiB. */
  gpuMemGiB: number;
  vcpu: number;
  memoryGiB: number;
  /** Current spot price: the cloud's own figure when `priceExact`, otherwise what `basis` says. */
  spotPrice: number;
  /** Spot and pay-as-you-go prices are the cloud's current ones (`basis.kind === 'exact'`). */
  priceExact: boolean;
  basis: PriceBasis;
  /** Pay-as-you-go price of the same type in that zone (exact when `priceExact`). */
  originPrice: number;
  /** spotPrice / originPrice, 0..1 (from exact figures when `priceExact`). */
  ratio: number;
  /** spotPrice per GiB of GPU memory across all GPUs. */
  pricePerGpuGiB: number;
  /** Interruption-rate band from the cloud's spot advice, e.g. "0-3%"; null when unknown. */
  interruptionRate: string | null;
  stock: StockStatus;
}

/** One change point of a spot price history. */
export interface PricePoint {
  at: string;
  spotPrice: number;
  originPrice: number;
}

/** A static, dated reference row for an AWS EC2 GPU instance (USD). */
export interface AwsReferenceRow {
  instanceType: string;
  gpuModel: string;
  gpuCount: number;
  gpuMemGiB: number;
  vcpu: number;
  memoryGiB: number;
  onDemandUsd: number;
  /** Typical observed spot range, not a quote. */
  spotUsdLow: number;
  spotUsdHigh: number;
  note: Localized;
}
