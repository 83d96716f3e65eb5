import { setMaxListeners } from 'node:events';
import type { Clock } from '../../shared/clock';
import type { PriceActivity, PriceProgress } from '../../shared/contract/prices';
import type { ErrorInfo } from '../../shared/errors';
import type { PriceOffer } from '../../shared/prices';
import { toErrorInfo } from '../log/error-info';
import type { Logger } from '../log/logger';
import { loadCatalogue } from './catalogue';
import { ExactFiller, type PairKey, splitPair } from './exact-filler';
import { readExactPrices, readZonePrice } from './exact-read';
import { PriceBoard } from './price-board';
import type { ExactEntry, PriceCache, PriceCacheDoc } from './price-cache';
import type { PricesApi } from './prices-api';
import { readRegionAdvice, readRegionStock } from './region-listings';

/** The cloud the service talks to right now (it changes when credentials or demo mode change). */
export interface PricesCloud {
  /** "demo" or something naming the account, to keep caches apart. */
  key: string;
  api: PricesApi;
  clock: Clock;
  /** Cloud calls made so far by this client, to report what a scan cost. */
  calls(): number;
}

export interface MarketOptions {
  cache: PriceCache;
  log: Logger;
  /** Wall time: progress events are spaced on it. */
  wall: Clock;
  onProgress: (progress: PriceProgress) => void;
  /** Exact-price reads in flight per region. */
  perRegion: number;
  catalogueTtlMs: number;
  /** How long a region's 30-day spot advice is kept before it is asked again. */
  adviceTtlMs: number;
  /** How long exact reads (and a first scan) wait for slow regions (wall ms). */
  firstScreenMs: number;
}

const PROGRESS_EVERY_MS = 200;
/** Reads between two writes of the cache while a pass runs, so a crash loses little. */
const SAVE_EVERY = 50;

/**
 * One cloud's spot market as Danlu knows it, and the background work that keeps it current:
 * reading every region (what is sold, with what stock), then making every (region, type) exact
 * in the order asked, saving to disk as it goes.
 */
export class Market {
  private board: PriceBoard | undefined;
  private loading: Promise<PriceBoard> | null = null;
  private regionRead: Promise<void> | null = null;
  private regionsDone = 0;
  private regionsTotal = 0;
  /** Open once the regions of the read in progress answered or the first screen's wait is over. */
  private gate = true;
  private firstScreen: Promise<void> = Promise.resolve();
  private readonly failedPairs = new Set<PairKey>();
  private readonly filler: ExactFiller;
  private readonly doc: PriceCacheDoc;
  private freshMs = 0;
  /** When the user last asked to read everything again (ISO). */
  private refreshedAt = '';
  private order: ((offers: PriceOffer[]) => PairKey[]) | undefined;
  private unsaved = 0;
  private lastProgress = Number.NEGATIVE_INFINITY;
  private progressTimer: Promise<void> | null = null;
  private readonly stopped = new AbortController();

  constructor(
    readonly cloud: PricesCloud,
    private readonly options: MarketOptions,
  ) {
    this.doc = options.cache.for(cloud.key);
    // Every region read listens to this one signal.
    setMaxListeners(0, this.stopped.signal);
    this.filler = new ExactFiller({
      perRegion: options.perRegion,
      lanes: [
        { name: 'history', accepts: () => true },
        { name: 'quote', accepts: (key) => this.board?.zonesOf(key).length === 1 },
      ],
      read: (key, lane, signal) => this.readPair(key, lane, signal),
      onSettled: (key, error) => this.pairSettled(key, error),
    });
  }

  /** The board as known now, without asking the cloud (undefined before any catalogue was read). */
  current(): PriceBoard | undefined {
    if (!this.board && this.doc.catalogue) this.board = new PriceBoard(this.doc, this.doc.catalogue.data);
    return this.board;
  }

  /** The board, after loading the regions and GPU catalogue when they are missing or old. */
  async ready(): Promise<PriceBoard> {
    const now = this.cloud.clock.now();
    const catalogue = this.doc.catalogue;
    if (this.board && catalogue && now - Date.parse(catalogue.at) <= this.options.catalogueTtlMs) return this.board;
    this.loading ??= (async () => {
      try {
        if (!catalogue || now - Date.parse(catalogue.at) > this.options.catalogueTtlMs) {
          const data = await loadCatalogue(this.cloud.api, this.options.log, this.stopped.signal);
          this.doc.catalogue = { data, at: new Date(now).toISOString() };
        }
        this.board = new PriceBoard(
          this.doc,
          this.doc.catalogue?.data ?? { regions: [], gpuTypes: {}, fallback: true },
        );
        return this.board;
      } finally {
        this.loading = null;
      }
    })();
    return this.loading;
  }

  /**
   * Starts what is due: reading the regions when their listing is older than `freshMs` (or
   * `refresh`), and every price that is not exact. Returns the region read in progress, if any,
   * as the first screen: resolved once every region answered or the wait for slow ones is over.
   */
  refresh(board: PriceBoard, freshMs: number, refresh: boolean): Promise<void> | null {
    this.freshMs = freshMs;
    const now = this.cloud.clock.now();
    const oldest = board.oldestRead();
    if (refresh) {
      this.failedPairs.clear();
      this.refreshedAt = new Date(now).toISOString();
    }
    if (!this.regionRead && (refresh || !oldest || now - Date.parse(oldest) >= freshMs)) {
      this.regionRead = this.readRegions(board).finally(() => {
        this.regionRead = null;
        this.save();
        this.progress(true);
      });
    }
    if (this.gate) this.filler.want(this.stale(board, now));
    return this.regionRead && this.firstScreen;
  }

  /**
   * What the user looks at: turns the offers as known into the pairs wanted first, in order.
   * Applied now and again whenever a region's listing arrives, so reads follow the view from the start.
   */
  focus(order: (offers: PriceOffer[]) => PairKey[]): void {
    this.order = order;
    this.prioritize();
  }

  private prioritize(): void {
    const board = this.board;
    if (board && this.order) this.filler.prioritize(this.order(board.offers(this.cloud.clock.now(), this.freshMs)));
  }

  activity(board: PriceBoard, now: number): PriceActivity | null {
    if (!this.regionRead && this.filler.outstanding === 0) return null;
    return { regionsDone: this.regionsDone, regionsTotal: this.regionsTotal, ...this.exactCounts(board, now) };
  }

  failedPairCount(): number {
    return this.failedPairs.size;
  }

  /** Resolves once no region read and no exact read is left. */
  async settled(): Promise<void> {
    while (this.regionRead || this.filler.outstanding > 0) {
      await this.regionRead;
      await this.filler.idle();
    }
  }

  /** For good: the cloud changed. */
  stop(): void {
    this.stopped.abort();
    this.filler.stop();
  }

  /** Pairs to read: not exact now, or read before the user last asked for a refresh; not failed in this pass. */
  private stale(board: PriceBoard, now: number, regionId?: string): PairKey[] {
    return board.stalePairs(now, this.freshMs, this.refreshedAt, regionId).filter((key) => !this.failedPairs.has(key));
  }

  /**
   * Every region at once: its stock, and its 30-day advice when the one kept is older than a day.
   * Exact reads need only the stock: they start once every region's stock is known (or the first
   * screen's wait is over), so they neither slow the regions down nor wait for the advice; after
   * that, a region answering late starts its own. The first screen waits for the advice too.
   */
  private async readRegions(board: PriceBoard): Promise<void> {
    const regions = board.catalogue.regions;
    this.regionsTotal = regions.length;
    this.regionsDone = 0;
    this.gate = false;
    const { api, clock } = this.cloud;
    const signal = this.stopped.signal;
    const gpu = (type: string) => board.catalogue.gpuTypes[type] !== undefined;
    const stocks: Promise<unknown>[] = [];
    const all = Promise.all(
      regions.map(async ({ regionId }) => {
        const now = new Date(clock.now()).toISOString();
        const previous = this.doc.regions[regionId];
        const adviceFresh =
          !!previous?.adviceAt && Date.parse(now) - Date.parse(previous.adviceAt) < this.options.adviceTtlMs;
        let failed: ErrorInfo | undefined;
        try {
          // Without advice the region is still listed (with typical estimates until its prices are read).
          const advice = adviceFresh
            ? undefined
            : readRegionAdvice(api, regionId, now, signal).catch((error: unknown) => {
                if (!signal.aborted) this.options.log.warn('spot advice could not be read', { regionId, error });
                return undefined;
              });
          const stock = readRegionStock(api, regionId, gpu, now, previous, signal);
          stocks.push(stock.catch(() => {}));
          board.setRegion(regionId, await stock);
          for (const key of this.failedPairs) if (splitPair(key).regionId === regionId) this.failedPairs.delete(key);
          if (this.gate) {
            this.prioritize();
            this.filler.want(this.stale(board, clock.now(), regionId));
          }
          const merge = await advice;
          const listing = this.doc.regions[regionId];
          if (merge && listing) board.setRegion(regionId, merge(listing));
        } catch (error) {
          if (signal.aborted) return;
          failed = toErrorInfo(error, this.options.log, `price scan of ${regionId}`);
          board.failRegion(regionId, failed);
        }
        this.regionsDone++;
        this.options.onProgress({
          ...this.progressBase(board),
          regionId,
          offersFound: this.doc.regions[regionId]?.listings.length ?? 0,
          failed,
        });
      }),
    );
    const wait = this.options.wall.sleep(this.options.firstScreenMs, signal);
    this.firstScreen = Promise.race([all, wait]).then(
      () => {},
      () => {},
    );
    await Promise.race([Promise.all(stocks), wait]).then(
      () => {
        this.gate = true;
        this.prioritize();
        this.filler.want(this.stale(board, clock.now()));
      },
      () => {},
    );
    await all;
  }

  /**
   * One pair's prices: DescribeSpotPriceHistory covers all its zones; a pair sold in one zone may
   * go through DescribePrice instead (another action, so another per-region limit), and falls
   * back to the history when the quote cannot be read.
   */
  private async readPair(key: PairKey, lane: string, signal: AbortSignal): Promise<void> {
    const board = this.board;
    if (!board) return;
    const { api, clock } = this.cloud;
    const { regionId, instanceType } = splitPair(key);
    const zones = board.zonesOf(key);
    const history = () => readExactPrices(api, regionId, instanceType, zones, clock.now(), signal);
    let entry: ExactEntry;
    if (lane === 'quote' && zones.length === 1) {
      entry = await readZonePrice(api, regionId, instanceType, zones[0] as string, clock.now(), signal).catch(
        (error: unknown) => {
          if (signal.aborted) throw error;
          this.options.log.info('a spot quote could not be read; asking the price history', { key, error });
          return history();
        },
      );
    } else {
      entry = await history();
    }
    board.setExact(key, entry);
  }

  private pairSettled(key: PairKey, error: unknown): void {
    if (error) {
      // The client has retried already; the estimate stays until the next pass asks again.
      this.failedPairs.add(key);
      this.options.log.warn('exact price lookup failed; the estimate stays', { key, error });
    }
    if (++this.unsaved >= SAVE_EVERY) this.save();
    const idle = !this.regionRead && this.filler.outstanding === 0;
    if (idle) this.save();
    this.progress(idle);
  }

  private save(): void {
    this.unsaved = 0;
    this.options.cache.save(this.doc);
  }

  /** Sends a progress event now when the last one is old enough (or `immediately`), else once soon. */
  private progress(immediately: boolean): void {
    const board = this.board;
    if (!board) return;
    const now = this.options.wall.now();
    if (immediately || now - this.lastProgress >= PROGRESS_EVERY_MS) {
      this.lastProgress = now;
      this.options.onProgress({ ...this.progressBase(board), offersFound: 0 });
      return;
    }
    this.progressTimer ??= this.options.wall
      .sleep(PROGRESS_EVERY_MS - (now - this.lastProgress), this.stopped.signal)
      .then(() => {
        this.progressTimer = null;
        this.progress(false);
      })
      .catch(() => {
        this.progressTimer = null;
      });
  }

  private progressBase(board: PriceBoard) {
    const counts = this.exactCounts(board, this.cloud.clock.now());
    const done = !this.regionRead && this.filler.outstanding === 0;
    return { regionsDone: this.regionsDone, regionsTotal: this.regionsTotal, ...counts, done };
  }

  private exactCounts(board: PriceBoard, now: number): { exactDone: number; exactTotal: number } {
    const offers = board.offers(now, this.freshMs);
    return { exactDone: offers.filter((o) => o.priceExact).length, exactTotal: offers.length };
  }
}
