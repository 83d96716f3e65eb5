import type { Clock } from '../../shared/clock';
import type {
  AwsComparison,
  PriceFilters,
  PriceHistoryResult,
  PriceProgress,
  PriceScanResult,
} from '../../shared/contract/prices';
import type { PriceOffer } from '../../shared/prices';
import type { Logger } from '../log/logger';
import { awsReference, gpuKey } from './aws-reference';
import { type CatalogueData, loadCatalogue } from './catalogue';
import { changePoints } from './change-points';
import { emptyReason, filterOffers } from './offer-filter';
import { type CachedScan, PriceCache } from './price-cache';
import type { PricesApi } from './prices-api';
import { PriceScanner } from './scanner';

/** The cloud the service talks to right now (it changes when credentials or demo mode change). */
export interface PricesCloud {
  /** "demo" or something naming the account, to keep caches apart. */
  key: string;
  api: PricesApi;
  clock: Clock;
  /** Cloud calls made so far by this client, to report what a scan cost. */
  calls(): number;
}

export interface PricesServiceOptions {
  cloud: () => Promise<PricesCloud>;
  dataDir: string;
  log: Logger;
  onProgress: (progress: PriceProgress) => void;
  /** How long a scan stays fresh. */
  ttlMs: () => number;
  /** How long regions and the GPU catalogue stay fresh. */
  catalogueTtlMs?: number;
  shortlist?: number;
}

const DAY = 24 * 3600 * 1000;

/** Cross-region spot prices with a disk cache, 30-day history, and the AWS comparison. */
export class PricesService {
  private readonly cache: PriceCache;
  private running: Promise<{ scan: CachedScan; catalogue: CatalogueData; calls: number }> | null = null;

  constructor(private readonly options: PricesServiceOptions) {
    this.cache = new PriceCache(options.dataDir, options.log);
  }

  async scan(input: {
    refresh: boolean;
    filters: PriceFilters;
    sort: 'price' | 'pricePerGpuGiB';
    limit: number;
  }): Promise<PriceScanResult> {
    const cloud = await this.options.cloud();
    const doc = this.cache.for(cloud.key);
    const now = cloud.clock.now();
    const fresh = doc.scan && doc.catalogue && now - Date.parse(doc.scan.scannedAt) < this.options.ttlMs();
    let calls = 0;
    let fromCache = true;
    let scan = doc.scan;
    let catalogue = doc.catalogue?.data;
    if (!fresh || input.refresh || !scan || !catalogue) {
      this.running ??= this.fetch(cloud).finally(() => {
        this.running = null;
      });
      const result = await this.running;
      ({ scan, catalogue, calls } = result);
      fromCache = false;
    }
    const regions = catalogue.regions.map((r) => ({ regionId: r.regionId, name: r.name, group: r.group }));
    const offers = filterOffers(
      scan.offers,
      input.filters,
      input.sort,
      regions.map((r) => r.regionId),
    );
    const result: PriceScanResult = {
      offers: offers.slice(0, input.limit),
      total: scan.offers.length,
      scannedAt: scan.scannedAt,
      ageMs: Math.max(0, now - Date.parse(scan.scannedAt)),
      fromCache,
      failedRegions: scan.failedRegions,
      gpuModels: [...new Set(scan.offers.map((o) => o.gpuModel))].sort(),
      regions,
      calls,
    };
    if (offers.length === 0) result.emptyReason = emptyReason(scan.offers, input.filters);
    return result;
  }

  /** 30 days (or fewer) of one type's spot price in one zone, reduced to change points. */
  async history(input: {
    regionId: string;
    zoneId: string;
    instanceType: string;
    days: number;
  }): Promise<PriceHistoryResult> {
    const cloud = await this.options.cloud();
    const to = new Date(cloud.clock.now());
    const from = new Date(to.getTime() - input.days * DAY);
    const history = await cloud.api.describeAllSpotPriceHistory({
      regionId: input.regionId,
      zoneId: input.zoneId,
      instanceType: input.instanceType,
      networkType: 'vpc',
      ioOptimized: 'optimized',
      osType: 'linux',
      startTime: from,
      endTime: to,
    });
    const raw = history.prices
      .filter((p) => p.zoneId === input.zoneId)
      .map((p) => ({ at: p.timestamp, spotPrice: p.spotPrice, originPrice: p.originPrice }));
    return {
      ...input,
      currency: history.currency || 'CNY',
      points: changePoints(raw),
      rawPoints: raw.length,
      from: from.toISOString(),
      to: to.toISOString(),
    };
  }

  /** The dated AWS table with, for each GPU, the cheapest Alibaba offer of the last scan. */
  compareAws(input: { gpuModel?: string }): AwsComparison {
    const offers = this.lastOffers();
    const wanted = input.gpuModel ? gpuKey(input.gpuModel) : undefined;
    const rows = awsReference.rows.filter((r) => !wanted || gpuKey(r.gpuModel) === wanted);
    const alibaba: PriceOffer[] = [];
    for (const row of rows) {
      const match = offers
        .filter((o) => gpuKey(o.gpuModel) === gpuKey(row.gpuModel) && o.stock === 'WithStock')
        .sort((a, b) => a.spotPrice - b.spotPrice)[0];
      if (match) alibaba.push(match);
    }
    return {
      asOf: awsReference.asOf,
      region: awsReference.region,
      cnyPerUsd: awsReference.cnyPerUsd,
      sources: awsReference.sources,
      rows,
      features: awsReference.features,
      alibaba,
    };
  }

  /** The offers of the last scan, whatever cloud it came from (for the comparison and the launch form). */
  lastOffers(): PriceOffer[] {
    return this.cache.current()?.scan?.offers ?? [];
  }

  private async fetch(cloud: PricesCloud) {
    const before = cloud.calls();
    const doc = this.cache.for(cloud.key);
    const now = cloud.clock.now();
    let catalogue = doc.catalogue?.data;
    if (!catalogue || !doc.catalogue || now - Date.parse(doc.catalogue.at) > (this.options.catalogueTtlMs ?? 7 * DAY)) {
      catalogue = await loadCatalogue(cloud.api, this.options.log);
      doc.catalogue = { data: catalogue, at: new Date(now).toISOString() };
    }
    const scanner = new PriceScanner(cloud.api, cloud.clock, this.options.log);
    const result = await scanner.scan(catalogue, doc.payg, {
      shortlist: this.options.shortlist,
      onRegion: (p) =>
        this.options.onProgress({
          regionId: p.regionId,
          regionsDone: p.regionsDone,
          regionsTotal: p.regionsTotal,
          offersFound: p.offers.length,
          failed: p.failed,
        }),
    });
    const scan: CachedScan = {
      offers: result.offers,
      failedRegions: result.failedRegions,
      scannedAt: result.scannedAt,
    };
    this.cache.save({ ...doc, scan, payg: result.observations });
    return { scan, catalogue, calls: cloud.calls() - before };
  }
}
