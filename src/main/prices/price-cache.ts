import { join } from 'node:path';
import { z } from 'zod';
import type { ErrorInfo } from '../../shared/errors';
import type { StockStatus } from '../../shared/prices';
import type { Logger } from '../log/logger';
import { VersionedFile } from '../store/versioned-file';
import type { CatalogueData } from './catalogue';

/** One GPU type sold as spot in one zone, as DescribeAvailableResource and DescribeSpotAdvice state it. */
export interface Listing {
  zoneId: string;
  instanceType: string;
  stock: StockStatus;
  /** 30-day average spot price, percent of pay-as-you-go; null when the cloud gave no advice. */
  averageDiscount: number | null;
  /** Interruption-rate band, e.g. "0-3%"; null when unknown. */
  interruptionRate: string | null;
}

/** What one region sells, read at `at`; the advice (a 30-day statistic) read at `adviceAt`. */
export interface RegionListing {
  at: string;
  adviceAt: string;
  listings: Listing[];
}

/** The cloud's prices of one type in one region, every zone at once, read at `checkedAt`. */
export interface ExactEntry {
  checkedAt: string;
  currency: string;
  zones: Record<string, { spot: number; origin: number }>;
}

export interface PriceCacheDoc {
  /** Which cloud the data came from ("demo" or the account's key id): never mix them. */
  cloud: string;
  catalogue?: { data: CatalogueData; at: string };
  regions: Record<string, RegionListing>;
  failedRegions: Array<{ regionId: string; error: ErrorInfo }>;
  /** Keyed "region|type". */
  exact: Record<string, ExactEntry>;
}

const listing = z.object({
  zoneId: z.string(),
  instanceType: z.string(),
  stock: z.enum(['WithStock', 'WithoutStock', 'ClosedWithStock', 'ClosedWithoutStock']),
  averageDiscount: z.number().nullable(),
  interruptionRate: z.string().nullable(),
});
const schema = z.looseObject({
  cloud: z.string(),
  catalogue: z.looseObject({ data: z.looseObject({ regions: z.array(z.unknown()) }), at: z.string() }).optional(),
  regions: z.record(z.string(), z.object({ at: z.string(), adviceAt: z.string(), listings: z.array(listing) })),
  failedRegions: z.array(z.looseObject({ regionId: z.string() })),
  exact: z.record(
    z.string(),
    z.object({
      checkedAt: z.string(),
      currency: z.string(),
      zones: z.record(z.string(), z.object({ spot: z.number(), origin: z.number() })),
    }),
  ),
}) as unknown as z.ZodType<PriceCacheDoc>;

const empty = (cloud: string): PriceCacheDoc => ({ cloud, regions: {}, failedRegions: [], exact: {} });

/**
 * What the cloud sells per region and its exact prices per (region, type), each with the time it
 * was read, so a restart shows them at once and a later scan asks only for what may have changed.
 */
export class PriceCache {
  private readonly file: VersionedFile<PriceCacheDoc>;
  private doc: PriceCacheDoc;

  constructor(dataDir: string, log: Logger) {
    this.file = new VersionedFile(join(dataDir, 'prices-cache.json'), 2, schema, () => empty(''), log);
    this.doc = this.file.load().value;
  }

  /** The cache for one cloud; switching cloud starts from empty. */
  for(cloud: string): PriceCacheDoc {
    if (this.doc.cloud !== cloud) this.doc = empty(cloud);
    return this.doc;
  }

  /** Whatever is cached, for the cloud last used. */
  current(): PriceCacheDoc | undefined {
    return this.doc.cloud ? this.doc : undefined;
  }

  save(doc: PriceCacheDoc): void {
    this.doc = doc;
    this.file.save(doc);
  }
}
