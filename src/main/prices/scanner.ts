import type { Clock } from '../../shared/clock';
import type { ErrorInfo } from '../../shared/errors';
import type { PriceOffer } from '../../shared/prices';
import { CloudError } from '../aliyun/cloud-error';
import { toErrorInfo } from '../errors/error-info';
import type { Logger } from '../log/logger';
import type { CatalogueData } from './catalogue';
import { PaygModel, type PaygObservations } from './payg-model';
import type { PricesApi } from './prices-api';
import { scanRegion, withPrices } from './region-scan';

export interface RegionProgress {
  regionId: string;
  regionsDone: number;
  regionsTotal: number;
  offers: PriceOffer[];
  failed?: ErrorInfo;
}

export interface ScanOptions {
  signal?: AbortSignal;
  onRegion?: (progress: RegionProgress) => void;
  /** How many (region, type) pairs get an exact current price; the cheapest estimates first. */
  shortlist?: number;
  /** Exact prices for everything (one call per region and type: for checks, not for the UI). */
  exactAll?: boolean;
  /** Regions scanned at once. */
  concurrency?: number;
}

export interface ScanResult {
  offers: PriceOffer[];
  failedRegions: Array<{ regionId: string; error: ErrorInfo }>;
  scannedAt: string;
  /** Pay-as-you-go prices learned during the scan, to keep for later estimates. */
  observations: PaygObservations;
}

/**
 * "Where is the cheapest GPU right now?" in a few dozen calls: every region at once (two calls
 * each), then exact current prices (one DescribeSpotPriceHistory per region and type, covering
 * all its zones) only for the short-listed cheapest candidates. A region that keeps failing is
 * reported, never hides the others.
 */
export class PriceScanner {
  constructor(
    private readonly api: PricesApi,
    private readonly clock: Clock,
    private readonly log: Logger,
  ) {}

  async scan(catalogue: CatalogueData, known: PaygObservations, options: ScanOptions = {}): Promise<ScanResult> {
    const now = new Date(this.clock.now()).toISOString();
    const observations: PaygObservations = { ...known };
    const model = new PaygModel(observations, (type) => catalogue.gpuTypes[type]);
    const offers: PriceOffer[] = [];
    const failedRegions: ScanResult['failedRegions'] = [];
    const queue = [...catalogue.regions];
    let done = 0;

    const scanOne = async (attemptsLeft: number, region: (typeof queue)[number]): Promise<void> => {
      try {
        const found = await scanRegion(this.api, region, catalogue, model, now, options.signal);
        offers.push(...found);
        done++;
        options.onRegion?.({
          regionId: region.regionId,
          regionsDone: done,
          regionsTotal: catalogue.regions.length,
          offers: found,
        });
      } catch (error) {
        if (options.signal?.aborted) throw error;
        const retryable = error instanceof CloudError && (error.kind === 'retryable' || error.kind === 'throttled');
        if (retryable && attemptsLeft > 0) return scanOne(attemptsLeft - 1, region);
        const info = toErrorInfo(error, this.log, `price scan of ${region.regionId}`);
        failedRegions.push({ regionId: region.regionId, error: info });
        done++;
        options.onRegion?.({
          regionId: region.regionId,
          regionsDone: done,
          regionsTotal: catalogue.regions.length,
          offers: [],
          failed: info,
        });
      }
    };

    const workers = Array.from({ length: Math.min(options.concurrency ?? 8, queue.length) }, async () => {
      for (let region = queue.shift(); region; region = queue.shift()) await scanOne(1, region);
    });
    await Promise.all(workers);

    const exact = await this.makeExact(offers, options, observations);
    return { offers: exact, failedRegions, scannedAt: now, observations };
  }

  /** Replaces estimates by the cloud's current prices for the short-listed (region, type) pairs. */
  private async makeExact(offers: PriceOffer[], options: ScanOptions, observations: PaygObservations) {
    const cheapest = new Map<string, number>();
    for (const offer of offers) {
      if (offer.stock !== 'WithStock' && !options.exactAll) continue;
      const key = `${offer.regionId}|${offer.instanceType}`;
      cheapest.set(key, Math.min(cheapest.get(key) ?? Number.POSITIVE_INFINITY, offer.spotPrice));
    }
    const ranked = [...cheapest.entries()].sort((a, b) => a[1] - b[1]).map(([key]) => key);
    const chosen = options.exactAll ? ranked : ranked.slice(0, options.shortlist ?? 12);
    const latest = new Map<string, { spot: number; origin: number; at: string }>();
    const fetchOne = async (key: string) => {
      const [regionId = '', instanceType = ''] = key.split('|');
      try {
        const history = await this.api.describeAllSpotPriceHistory(
          { regionId, instanceType, networkType: 'vpc', ioOptimized: 'optimized', osType: 'linux' },
          { signal: options.signal },
        );
        for (const point of history.prices) {
          const zoneKey = `${regionId}|${point.zoneId}|${instanceType}`;
          const previous = latest.get(zoneKey);
          if (!previous || point.timestamp >= previous.at) {
            latest.set(zoneKey, { spot: point.spotPrice, origin: point.originPrice, at: point.timestamp });
          }
          observations[key] = { price: point.originPrice, at: point.timestamp };
        }
      } catch (error) {
        if (options.signal?.aborted) throw error;
        this.log.warn('exact price lookup failed; the estimate stays', { key, error });
      }
    };
    const queue = [...chosen];
    await Promise.all(
      Array.from({ length: Math.min(8, queue.length) }, async () => {
        for (let key = queue.shift(); key; key = queue.shift()) await fetchOne(key);
      }),
    );
    return offers.map((offer) => {
      const found = latest.get(`${offer.regionId}|${offer.zoneId}|${offer.instanceType}`);
      return found ? withPrices(offer, found.spot, found.origin, true, found.at) : offer;
    });
  }
}
