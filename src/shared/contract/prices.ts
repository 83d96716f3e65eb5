import { z } from 'zod';
import type { ErrorInfo } from '../errors';
import { inputHint } from '../input-hints';
import type { Localized } from '../localized';
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
  /** Hide zones where the type is sold out (low stock, `ClosedWithStock`, is still sold and stays). */
  inStockOnly: z.boolean().default(false),
});
export type PriceFilters = z.output<typeof priceFiltersSchema>;

const priceScanSchema = z.strictObject({
  /** Ignore the cache and ask the cloud again. */
  refresh: z.boolean().default(false),
  filters: priceFiltersSchema.default({ regionGroup: 'all', inStockOnly: false }),
  sort: z.enum(['price', 'pricePerGpuGiB']).default('price'),
  limit: z.number().int().min(1).max(2000).default(500),
  /** Make this region's prices exact before anything else (the region a Launch form is about). */
  focusRegion: regionId.optional(),
});

export interface PriceRegion {
  regionId: string;
  name: { en: string; zh: string };
  group: RegionGroup;
}

/** How many prices are the cloud's current ones, among the offers matching the filters and in all. */
export interface ExactCount {
  matched: number;
  matchedExact: number;
  total: number;
  totalExact: number;
  /** When the oldest exact price among the matching offers was read (ISO); null when none is exact. */
  oldestCheckedAt: string | null;
  /** (region, type) pairs whose price could not be read in the last pass: their offers stay estimates. */
  failed: number;
}

/** What Danlu is still asking the cloud in the background. */
export interface PriceActivity {
  regionsDone: number;
  regionsTotal: number;
  /** Offers made exact so far in this pass, of those the pass holds. */
  exactDone: number;
  exactTotal: number;
}

export interface PriceScanResult {
  /** Purchasable offers (in stock or low stock) first, then sold-out ones; each group by the sort. */
  offers: PriceOffer[];
  /** Offers before filtering. */
  total: number;
  /** The cloud's time of this answer (ISO): ages of the prices are measured from it. */
  at: string;
  /** When the stock of every region was last read from the cloud (ISO, the oldest) and how old that is now. */
  scannedAt: string;
  ageMs: number;
  fromCache: boolean;
  exact: ExactCount;
  /**
   * True once the first offer is surely the cheapest purchasable one for these filters: every
   * purchasable offer it is compared with has an exact price.
   */
  cheapestConfirmed: boolean;
  /** Background work still running (regions being read, prices being made exact); null when idle. */
  activity: PriceActivity | null;
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
  region: Localized;
  cnyPerUsd: number;
  /** Where the figures come from: the page's address and what it holds, in both languages. */
  sources: Array<{ url: string; what: Localized }>;
  rows: AwsReferenceRow[];
  features: Array<{ en: string; zh: string }>;
  /**
   * The cheapest purchasable Alibaba offer per GPU model of the rows shown, from the last scan;
   * only for models whose purchasable offers all have exact prices, so it is surely the cheapest.
   */
  alibaba: PriceOffer[];
}

/** Sent while prices are read in the background: after each region, and as prices turn exact. */
export interface PriceProgress extends PriceActivity {
  /** The region that just answered, in the region phase. */
  regionId?: string;
  offersFound: number;
  failed?: ErrorInfo;
  /** Nothing is left to read: the last event of a pass. */
  done: boolean;
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
