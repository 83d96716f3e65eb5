import { z } from 'zod';
import type { ErrorInfo } from '../errors';
import { inputHint } from '../input-hints';
import type { AwsReferenceRow, PriceOffer, PricePoint, RegionGroup } from '../prices';
import { event, request } from './define';

const regionId = z.string().regex(/^[a-z]{2}-[a-z0-9-]+$/, inputHint('regionId'));

export const priceFiltersSchema = z.strictObject({
  /** e.g. "NVIDIA T4"; matched without the "NVIDIA " prefix and case. */
  gpuModel: z.string().max(40).optional(),
  minGpuMemGiB: z.number().min(0).max(1024).optional(),
  /** CNY per hour. */
  maxPrice: z.number().positive().max(10000).optional(),
  regionGroup: z.enum(['all', 'mainland', 'overseas']).default('all'),
  regions: z.array(regionId).max(40).optional(),
  /** Hide zones where the type is sold out. */
  inStockOnly: z.boolean().default(false),
});
export type PriceFilters = z.output<typeof priceFiltersSchema>;

export const priceScanSchema = z.strictObject({
  /** Ignore the cache and ask the cloud again. */
  refresh: z.boolean().default(false),
  filters: priceFiltersSchema.default({ regionGroup: 'all', inStockOnly: false }),
  sort: z.enum(['price', 'pricePerGpuGiB']).default('price'),
  limit: z.number().int().min(1).max(2000).default(500),
});

export interface PriceRegion {
  regionId: string;
  name: { en: string; zh: string };
  group: RegionGroup;
}

export interface PriceScanResult {
  offers: PriceOffer[];
  /** Offers before filtering. */
  total: number;
  /** When the prices were read from the cloud (ISO) and how old they are now. */
  scannedAt: string;
  ageMs: number;
  fromCache: boolean;
  failedRegions: Array<{ regionId: string; error: ErrorInfo }>;
  gpuModels: string[];
  regions: PriceRegion[];
  /** Cloud calls this answer needed (0 from the cache). */
  calls: number;
  /** Set when nothing matched the filters: why, in both languages. */
  emptyReason?: { en: string; zh: string };
}

export interface PriceHistoryResult {
  regionId: string;
  zoneId: string;
  instanceType: string;
  currency: string;
  points: PricePoint[];
  /** Points the cloud returned before reduction to change points. */
  rawPoints: number;
  from: string;
  to: string;
}

export interface AwsComparison {
  asOf: string;
  region: string;
  cnyPerUsd: number;
  sources: string[];
  rows: AwsReferenceRow[];
  features: Array<{ en: string; zh: string }>;
  /** The cheapest Alibaba offer per GPU model, from the last scan, for the rows shown. */
  alibaba: PriceOffer[];
}

export interface PriceProgress {
  regionId: string;
  regionsDone: number;
  regionsTotal: number;
  offersFound: number;
  failed?: ErrorInfo;
}

export const pricesRequests = {
  'prices.scan': request<PriceScanResult>()(priceScanSchema),
  'prices.history': request<PriceHistoryResult>()(
    z.strictObject({
      regionId,
      zoneId: regionId,
      instanceType: z.string().regex(/^ecs\.[a-z0-9.-]+$/, inputHint('instanceType')),
      days: z.number().int().min(1).max(30).default(30),
    }),
  ),
  'prices.compareAws': request<AwsComparison>()(z.strictObject({ gpuModel: z.string().max(40).optional() })),
};

export const pricesEvents = {
  'prices.progress': event<PriceProgress>(),
};
