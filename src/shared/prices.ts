/** Price facts both sides show. Money is CNY per hour unless a field says otherwise. */
import type { Localized } from './localized';

export type StockStatus = 'WithStock' | 'WithoutStock' | 'ClosedWithStock' | 'ClosedWithoutStock';

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
  /** Current spot price; exact when `priceExact`, otherwise estimated from the 30-day average discount. */
  spotPrice: number;
  priceExact: boolean;
  /** Pay-as-you-go price of the same type in that zone. */
  originPrice: number;
  /** spotPrice / originPrice, 0..1. */
  ratio: number;
  /** spotPrice per GiB of GPU memory across all GPUs. */
  pricePerGpuGiB: number;
  /** Interruption-rate band from the cloud's spot advice, e.g. "0-3%"; null when unknown. */
  interruptionRate: string | null;
  stock: StockStatus;
  /** When the price was observed (ISO). */
  at: string;
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
