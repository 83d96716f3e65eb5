import type { Clock } from '../../shared/clock';

/** Limits for one (product, region, action). */
export interface LimitRule {
  /** Calls in flight at once. */
  concurrency: number;
  /** Sustained calls per second (token refill rate). */
  qps: number;
  /** Calls that may start back to back before the rate applies (bucket size). */
  burst: number;
}

export interface LimiterOptions {
  /** Applies to every action without an override. */
  default?: Partial<LimitRule>;
  /** Per-action overrides, by action name (e.g. `{ RunInstances: { qps: 1 } }`). */
  perAction?: Readonly<Record<string, Partial<LimitRule>>>;
}

/**
 * The burst is half the rate: the cloud keeps its own bucket per (action, region), and a client
 * that empties it arrives a hair early now and then (arrival jitter) and is throttled for the
 * rest of the minute. Keeping half of it in reserve absorbs that jitter at no cost to the rate.
 */
export const DEFAULT_LIMIT: LimitRule = { concurrency: 5, qps: 10, burst: 5 };

interface Waiter {
  resolve: () => void;
  reject: (reason: unknown) => void;
  signal?: AbortSignal;
  onAbort?: () => void;
}

/** One key's state: a token bucket kept as its "theoretical arrival time", and a FIFO semaphore. */
class Lane {
  private tat = Number.NEGATIVE_INFINITY;
  private active = 0;
  private readonly queue: Waiter[] = [];

  constructor(
    private readonly rule: LimitRule,
    private readonly clock: Clock,
  ) {}

  async acquire(signal?: AbortSignal): Promise<() => void> {
    await this.slot(signal);
    try {
      await this.token(signal);
    } catch (error) {
      this.release();
      throw error;
    }
    let released = false;
    return () => {
      if (released) return;
      released = true;
      this.release();
    };
  }

  private slot(signal?: AbortSignal): Promise<void> {
    if (signal?.aborted) return Promise.reject(signal.reason);
    if (this.active < this.rule.concurrency) {
      this.active += 1;
      return Promise.resolve();
    }
    return new Promise<void>((resolve, reject) => {
      const waiter: Waiter = { resolve, reject, signal };
      if (signal) {
        waiter.onAbort = () => {
          const i = this.queue.indexOf(waiter);
          if (i >= 0) this.queue.splice(i, 1);
          reject(signal.reason);
        };
        signal.addEventListener('abort', waiter.onAbort, { once: true });
      }
      this.queue.push(waiter);
    });
  }

  private release(): void {
    const next = this.queue.shift();
    if (!next) {
      this.active -= 1;
      return;
    }
    // The slot passes straight to the next waiter, so `active` stays the same.
    if (next.onAbort) next.signal?.removeEventListener('abort', next.onAbort);
    next.resolve();
  }

  private async token(signal?: AbortSignal): Promise<void> {
    const interval = 1000 / this.rule.qps;
    const now = this.clock.now();
    // Reserve the next token now so concurrent callers queue behind each other.
    this.tat = Math.max(this.tat, now) + interval;
    const startAt = this.tat - this.rule.burst * interval;
    if (startAt > now) await this.clock.sleep(startAt - now, signal);
  }
}

/** Per-key concurrency and QPS limits, waiting on the injected clock. */
export class CallLimiter {
  private readonly lanes = new Map<string, Lane>();

  constructor(
    private readonly clock: Clock,
    private readonly options: LimiterOptions = {},
  ) {}

  /** Waits for a slot and a token; resolves to the function that frees the slot. */
  acquire(product: string, regionId: string, action: string, signal?: AbortSignal): Promise<() => void> {
    const key = `${product}/${regionId}/${action}`;
    let lane = this.lanes.get(key);
    if (!lane) {
      lane = new Lane(this.ruleFor(action), this.clock);
      this.lanes.set(key, lane);
    }
    return lane.acquire(signal);
  }

  /** The effective rule of an action. */
  ruleFor(action: string): LimitRule {
    const rule = { ...DEFAULT_LIMIT, ...this.options.default, ...this.options.perAction?.[action] };
    if (!(rule.concurrency >= 1 && rule.qps > 0 && rule.burst >= 1)) {
      throw new RangeError(`Invalid limit for ${action}: concurrency and burst must be ≥ 1 and qps > 0`);
    }
    return rule;
  }
}
