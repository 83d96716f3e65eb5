import { setMaxListeners } from 'node:events';

/** A (region, type) pair, "region|type": one call prices all its zones. */
export type PairKey = string;

export const pairKey = (regionId: string, instanceType: string): PairKey => `${regionId}|${instanceType}`;

export function splitPair(key: PairKey): { regionId: string; instanceType: string } {
  const bar = key.indexOf('|');
  return { regionId: key.slice(0, bar), instanceType: key.slice(bar + 1) };
}

/** One way of reading a pair's prices, limited per region on its own (the cloud limits each action apart). */
export interface ReadLane {
  name: string;
  /** Which pairs this lane can read. */
  accepts(key: PairKey): boolean;
}

export interface ExactFillerOptions {
  lanes: readonly ReadLane[];
  /** Reads one pair's exact prices through a lane; resolves when stored, rejects when the cloud would not say. */
  read(key: PairKey, lane: string, signal: AbortSignal): Promise<void>;
  /** Reads in flight at once per region and lane (the client's limiter queues the rest in arrival order). */
  perRegion: number;
  /** After every read, successful or not. */
  onSettled(key: PairKey, error?: unknown): void;
}

/**
 * Makes prices exact in the background, in the order the user needs them: each region has its
 * own lanes of `perRegion` reads, and whenever a lane has room it takes its most wanted pair, so
 * a new order (another filter or sort) applies at once to everything not yet asked.
 */
export class ExactFiller {
  private readonly pending = new Map<string, Set<PairKey>>();
  private readonly running = new Map<string, number>();
  private readonly reading = new Set<PairKey>();
  private rank = new Map<PairKey, number>();
  private readonly controller = new AbortController();
  private waiters: Array<() => void> = [];

  constructor(private readonly options: ExactFillerOptions) {
    // Every read of a pass listens to this one signal.
    setMaxListeners(0, this.controller.signal);
  }

  /** Pairs to read (those already waiting or being read are not asked twice). */
  want(keys: Iterable<PairKey>): void {
    for (const key of keys) {
      if (this.reading.has(key)) continue;
      const { regionId } = splitPair(key);
      let waiting = this.pending.get(regionId);
      if (!waiting) {
        waiting = new Set();
        this.pending.set(regionId, waiting);
      }
      waiting.add(key);
    }
    this.pump();
  }

  /** The order in which pairs are wanted, most wanted first; pairs not named come after. */
  prioritize(order: readonly PairKey[]): void {
    this.rank = new Map(order.map((key, index) => [key, index]));
  }

  /** Pairs waiting or being read. */
  get outstanding(): number {
    let count = this.reading.size;
    for (const waiting of this.pending.values()) count += waiting.size;
    return count;
  }

  /** Resolves once nothing is waiting or being read. */
  idle(): Promise<void> {
    if (this.outstanding === 0) return Promise.resolve();
    return new Promise((resolve) => this.waiters.push(resolve));
  }

  /** Drops everything waiting and cancels what is in flight, for good. */
  stop(): void {
    this.controller.abort();
    this.pending.clear();
  }

  private pump(): void {
    for (const [regionId, waiting] of this.pending) {
      for (const lane of this.options.lanes) {
        const slot = `${regionId}|${lane.name}`;
        while ((this.running.get(slot) ?? 0) < this.options.perRegion) {
          const key = this.best(waiting, lane);
          if (key === undefined) break;
          waiting.delete(key);
          this.start(slot, key, lane.name);
        }
      }
      if (waiting.size === 0) this.pending.delete(regionId);
    }
    if (this.outstanding === 0) {
      const waiters = this.waiters;
      this.waiters = [];
      for (const resolve of waiters) resolve();
    }
  }

  private best(waiting: Set<PairKey>, lane: ReadLane): PairKey | undefined {
    let best: PairKey | undefined;
    let bestRank = Number.POSITIVE_INFINITY;
    for (const key of waiting) {
      if (!lane.accepts(key)) continue;
      const rank = this.rank.get(key) ?? Number.MAX_SAFE_INTEGER;
      if (best === undefined || rank < bestRank) {
        best = key;
        bestRank = rank;
      }
    }
    return best;
  }

  private start(slot: string, key: PairKey, lane: string): void {
    this.running.set(slot, (this.running.get(slot) ?? 0) + 1);
    this.reading.add(key);
    const { signal } = this.controller;
    this.options.read(key, lane, signal).then(
      () => this.finish(slot, key, signal),
      (error: unknown) => this.finish(slot, key, signal, error ?? new Error('read failed')),
    );
  }

  private finish(slot: string, key: PairKey, signal: AbortSignal, error?: unknown): void {
    this.running.set(slot, (this.running.get(slot) ?? 1) - 1);
    this.reading.delete(key);
    if (!signal.aborted) this.options.onSettled(key, error);
    this.pump();
  }
}
