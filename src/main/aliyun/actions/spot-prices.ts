import { cloudAction } from '../cloud-action';
import type { CallOptions, CloudCaller } from '../cloud-caller';
import { allByOffset } from '../paging';
import { items, num, optNum, optText, text } from '../response-fields';
import { apiTime } from '../wire-params';

export interface DescribeSpotPriceHistoryInput {
  regionId: string;
  instanceType: string;
  zoneId?: string;
  networkType?: 'vpc' | 'classic';
  ioOptimized?: 'optimized' | 'none';
  osType?: 'linux' | 'windows';
  /** UTC `yyyy-MM-ddTHH:mm:ssZ` (a Date is formatted for you); at most 30 days back. */
  startTime?: string | Date;
  endTime?: string | Date;
  spotDuration?: 0 | 1;
  offset?: number;
}

/** One point of a zone's spot market for one type. */
export interface SpotPricePoint {
  zoneId: string;
  instanceType: string;
  ioOptimized: string;
  networkType: string;
  /** Market price per hour. */
  spotPrice: number;
  /** Pay-as-you-go price per hour at the same moment. */
  originPrice: number;
  timestamp: string;
}

export interface DescribeSpotPriceHistoryOutput {
  requestId: string;
  currency: string;
  prices: SpotPricePoint[];
  /** Present when more points follow: pass it as `offset`. */
  nextOffset?: number;
}

export const describeSpotPriceHistory = cloudAction(
  'DescribeSpotPriceHistory',
  (input: DescribeSpotPriceHistoryInput) => ({
    InstanceType: input.instanceType,
    NetworkType: input.networkType ?? 'vpc',
    ZoneId: input.zoneId,
    IoOptimized: input.ioOptimized,
    OSType: input.osType,
    StartTime: apiTime(input.startTime),
    EndTime: apiTime(input.endTime),
    SpotDuration: input.spotDuration,
    Offset: input.offset,
  }),
  (body): DescribeSpotPriceHistoryOutput => {
    const nextOffset = optNum(body, 'NextOffset');
    return {
      requestId: text(body, 'RequestId'),
      currency: text(body, 'Currency'),
      prices: items(body, 'SpotPrices', 'SpotPriceType').map((p) => ({
        zoneId: text(p, 'ZoneId'),
        instanceType: text(p, 'InstanceType'),
        ioOptimized: text(p, 'IoOptimized'),
        networkType: text(p, 'NetworkType'),
        spotPrice: num(p, 'SpotPrice'),
        originPrice: num(p, 'OriginPrice'),
        timestamp: text(p, 'Timestamp'),
      })),
      nextOffset: nextOffset && nextOffset > 0 ? nextOffset : undefined,
    };
  },
);

/** Every point of the window, following NextOffset. */
export async function describeAllSpotPriceHistory(
  c: CloudCaller,
  input: Omit<DescribeSpotPriceHistoryInput, 'offset'>,
  options?: CallOptions,
): Promise<{ currency: string; prices: SpotPricePoint[] }> {
  let currency = '';
  const prices = await allByOffset('DescribeSpotPriceHistory', async (offset) => {
    const page = await describeSpotPriceHistory(c, { ...input, offset }, options);
    currency ||= page.currency;
    return { items: page.prices, nextOffset: page.nextOffset };
  });
  return { currency, prices };
}

export interface DescribeSpotAdviceInput {
  regionId: string;
  zoneId?: string;
  /** At most 10; or use cores/memory or the GPU filters instead. */
  instanceTypes?: string[];
  cores?: number;
  memory?: number;
  minCores?: number;
  minMemory?: number;
  instanceTypeFamily?: string;
  instanceFamilyLevel?: string;
  /** e.g. "NVIDIA T4". */
  gpuSpec?: string;
  gpuAmount?: number;
}

/** 30-day spot statistics for one type in one zone. */
export interface SpotAdvice {
  zoneId: string;
  instanceType: string;
  /** Average spot price as a percentage of pay-as-you-go (spot ≈ PAYG × value / 100). */
  averageSpotDiscount: number;
  /** Interruption rate, percent. */
  interruptionRate: number;
  /** "0-3%" | "3-5%" | "5-10%" | "10-100%" */
  interruptRateDesc: string;
}

export const describeSpotAdvice = cloudAction(
  'DescribeSpotAdvice',
  (input: DescribeSpotAdviceInput) => ({
    ZoneId: input.zoneId,
    InstanceTypes: input.instanceTypes,
    Cores: input.cores,
    Memory: input.memory,
    MinCores: input.minCores,
    MinMemory: input.minMemory,
    InstanceTypeFamily: input.instanceTypeFamily,
    InstanceFamilyLevel: input.instanceFamilyLevel,
    GpuSpec: input.gpuSpec,
    GpuAmount: input.gpuAmount,
  }),
  (body, input) => ({
    requestId: text(body, 'RequestId'),
    regionId: optText(body, 'RegionId') ?? input.regionId,
    advice: items(body, 'AvailableSpotZones', 'AvailableSpotZone').flatMap((z) =>
      items(z, 'AvailableSpotResources', 'AvailableSpotResource').map(
        (r): SpotAdvice => ({
          zoneId: text(z, 'ZoneId'),
          instanceType: text(r, 'InstanceType'),
          averageSpotDiscount: num(r, 'AverageSpotDiscount'),
          interruptionRate: num(r, 'InterruptionRate'),
          interruptRateDesc: text(r, 'InterruptRateDesc'),
        }),
      ),
    ),
  }),
);
