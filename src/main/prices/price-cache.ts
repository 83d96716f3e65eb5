import { join } from 'node:path';
import { z } from 'zod';
import type { ErrorInfo } from '../../shared/errors';
import type { PriceOffer } from '../../shared/prices';
import type { Logger } from '../log/logger';
import { VersionedFile } from '../store/versioned-file';
import type { CatalogueData } from './catalogue';
import type { PaygObservations } from './payg-model';

export interface CachedScan {
  offers: PriceOffer[];
  failedRegions: Array<{ regionId: string; error: ErrorInfo }>;
  scannedAt: string;
}

export interface PriceCacheDoc {
  /** Which cloud the data came from ("demo" or the account's key id): never mix them. */
  cloud: string;
  catalogue?: { data: CatalogueData; at: string };
  scan?: CachedScan;
  payg: PaygObservations;
}

const schema = z.looseObject({
  cloud: z.string(),
  catalogue: z.looseObject({ data: z.looseObject({ regions: z.array(z.unknown()) }), at: z.string() }).optional(),
  scan: z.looseObject({ offers: z.array(z.unknown()), scannedAt: z.string() }).optional(),
  payg: z.record(z.string(), z.object({ price: z.number(), at: z.string() })),
}) as unknown as z.ZodType<PriceCacheDoc>;

/** Prices, catalogue and learned pay-as-you-go prices on disk, each with its timestamp. */
export class PriceCache {
  private readonly file: VersionedFile<PriceCacheDoc>;
  private doc: PriceCacheDoc;

  constructor(dataDir: string, log: Logger) {
    this.file = new VersionedFile(join(dataDir, 'prices-cache.json'), 1, schema, () => ({ cloud: '', payg: {} }), log);
    this.doc = this.file.load().value;
  }

  /** The cache for one cloud; switching cloud starts from empty. */
  for(cloud: string): PriceCacheDoc {
    if (this.doc.cloud !== cloud) this.doc = { cloud, payg: {} };
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
