import { type Clock, systemClock } from '../../shared/clock';
import type {
  AwsComparison,
  PriceFilters,
  PriceHistoryResult,
  PriceProgress,
  PriceScanResult,
} from '../../shared/contract/prices';
import { type PriceOffer, purchasable } from '../../shared/prices';
import { DEFAULT_LIMIT } from '../aliyun';
import type { Logger } from '../log/logger';
import { awsReference, gpuKey } from './aws-reference';
import { changePoints } from './change-points';
import { type PairKey, pairKey } from './exact-filler';
import { Market, type PricesCloud } from './market';
import { cheapestConfirmed, checkRegions, emptyReason, matchOffers, type PriceSort, sortOffers } from './offer-filter';
import { PriceBoard } from './price-board';
import { PriceCache } from './price-cache';

export type { PricesCloud } from './market';

export interface PricesServiceOptions {
  cloud: () => Promise<PricesCloud>;
  dataDir: string;
  log: Logger;
  onProgress: (progress: PriceProgress) => void;
  /** How long prices and stock stay fresh: within it a scan asks nothing, after it they are read again. */
  ttlMs: () => number;
  /** How long regions and the GPU catalogue stay fresh. */
  catalogueTtlMs?: number;
  /** Exact-price reads in flight per region (default: the client's per-region concurrency). */
  perRegion?: number;
  /** How long a first scan (and the exact reads) wait for slow regions before going on without them (wall ms). */
  firstScreenMs?: number;
  /** Wall time, for the first screen's wait and the spacing of progress events. */
  wall?: Clock;
}

const DAY = 24 * 3600 * 1000;

/**
 * Cross-region spot prices that become exact in the background, cached on disk; 30-day history;
 * the AWS comparison. A scan answers at once from what is known (estimates clearly marked), and
 * steers the background reads to the rows it shows.
 */
export class PricesService {
  private readonly cache: PriceCache;
  private market: Market | undefined;

  constructor(private readonly options: PricesServiceOptions) {
    this.cache = new PriceCache(options.dataDir, options.log);
  }

  async scan(input: {
    refresh: boolean;
    filters: PriceFilters;
    sort: PriceSort;
    limit: number;
    focusRegion?: string;
  }): Promise<PriceScanResult> {
    const cloud = await this.options.cloud();
    const before = cloud.calls();
    const market = this.marketFor(cloud);
    const board = await market.ready();
    const regions = board.catalogue.regions.map((r) => ({ regionId: r.regionId, name: r.name, group: r.group }));
    checkRegions(
      input.filters,
      regions.map((r) => r.regionId),
    );
    const freshMs = this.options.ttlMs();
    const view = (offers: PriceOffer[]) => {
      const matched = sortOffers(matchOffers(offers, input.filters), input.sort);
      const { maxPrice } = input.filters;
      return { matched, shown: maxPrice === undefined ? matched : matched.filter((o) => o.spotPrice <= maxPrice) };
    };
    market.focus((offers) => focusOrder(view(offers), offers, input.focusRegion));
    const firstScreen = market.refresh(board, freshMs, input.refresh);
    // The very first screen waits for the regions (a slow one only so long); later ones never wait.
    if (firstScreen && board.oldestRead() === undefined) await firstScreen;

    const now = cloud.clock.now();
    const all = board.offers(now, freshMs);
    const { matched, shown } = view(all);
    const exactShown = shown.filter((o) => o.priceExact);
    const scannedAt = board.oldestRead() ?? new Date(now).toISOString();
    const result: PriceScanResult = {
      offers: shown.slice(0, input.limit),
      total: all.length,
      at: new Date(now).toISOString(),
      scannedAt,
      ageMs: Math.max(0, now - Date.parse(scannedAt)),
      fromCache: cloud.calls() === before,
      exact: {
        matched: shown.length,
        matchedExact: exactShown.length,
        total: all.length,
        totalExact: all.filter((o) => o.priceExact).length,
        oldestCheckedAt: exactShown.reduce<string | null>((oldest, o) => {
          const at = o.basis.kind === 'exact' ? o.basis.checkedAt : null;
          return at && (!oldest || at < oldest) ? at : oldest;
        }, null),
        failed: market.failedPairCount(),
      },
      cheapestConfirmed: !!shown[0] && purchasable(shown[0].stock) && cheapestConfirmed(matched),
      activity: market.activity(board, now),
      failedRegions: board.doc.failedRegions,
      gpuModels: [...new Set(all.map((o) => o.gpuModel))].sort(),
      regions,
      calls: cloud.calls() - before,
    };
    if (shown.length === 0) result.emptyReason = emptyReason(all, input.filters);
    return result;
  }

  /** Resolves once every price Danlu set out to read has been read (for tests and the benchmark). */
  async settled(): Promise<void> {
    await this.market?.settled();
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

  /**
   * The dated AWS table with, for each GPU, the cheapest purchasable Alibaba offer of the last
   * scan, given only once every purchasable offer of that GPU has an exact price.
   */
  compareAws(input: { gpuModel?: string }): AwsComparison {
    const offers = this.lastOffers();
    const wanted = input.gpuModel ? gpuKey(input.gpuModel) : undefined;
    const rows = awsReference.rows.filter((r) => !wanted || gpuKey(r.gpuModel) === wanted);
    const alibaba: PriceOffer[] = [];
    for (const row of rows) {
      const same = offers.filter((o) => gpuKey(o.gpuModel) === gpuKey(row.gpuModel) && purchasable(o.stock));
      if (same.length === 0 || !same.every((o) => o.priceExact)) continue;
      alibaba.push(same.reduce((a, b) => (b.spotPrice < a.spotPrice ? b : a)));
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

  /** The offers as known now, whatever cloud they came from (for reconcile's prices). */
  lastOffers(): PriceOffer[] {
    if (this.market) {
      const board = this.market.current();
      return board ? board.offers(this.market.cloud.clock.now(), this.options.ttlMs()) : [];
    }
    // Before any scan of this run: the cloud used last time, as the disk keeps it.
    const doc = this.cache.current();
    if (!doc?.catalogue) return [];
    // Nothing read in an earlier run counts as current.
    return new PriceBoard(doc, doc.catalogue.data).offers(Number.POSITIVE_INFINITY, 0);
  }

  /** The market of this cloud; a different cloud (or client) starts over from its own cache. */
  private marketFor(cloud: PricesCloud): Market {
    if (this.market?.cloud.key === cloud.key && this.market.cloud.api === cloud.api) return this.market;
    this.market?.stop();
    this.market = new Market(cloud, {
      cache: this.cache,
      log: this.options.log,
      wall: this.options.wall ?? systemClock,
      onProgress: this.options.onProgress,
      perRegion: this.options.perRegion ?? DEFAULT_LIMIT.concurrency,
      catalogueTtlMs: this.options.catalogueTtlMs ?? 7 * DAY,
      adviceTtlMs: DAY,
      firstScreenMs: this.options.firstScreenMs ?? 2500,
    });
    return this.market;
  }
}

/**
 * The pairs to make exact first: those of the focused region, then the rows shown, in order,
 * then the other matching rows, then the rest by price.
 */
function focusOrder(
  view: { shown: PriceOffer[]; matched: PriceOffer[] },
  all: PriceOffer[],
  focusRegion: string | undefined,
): PairKey[] {
  const order = new Set<PairKey>();
  const byPrice = sortOffers(all, 'price');
  const focused = focusRegion ? byPrice.filter((o) => o.regionId === focusRegion) : [];
  for (const list of [focused, view.shown, view.matched, byPrice]) {
    for (const o of list) order.add(pairKey(o.regionId, o.instanceType));
  }
  return [...order];
}
