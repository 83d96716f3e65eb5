import type { Clock } from '../../../shared/clock';

/**
 * A clock on which every sleep completes at once, moving time forward by the amount slept.
 * It records each sleep so tests can assert backoff and throttle waits without waiting.
 */
export class SteppingClock implements Clock {
  readonly sleeps: number[] = [];

  constructor(private t = Date.UTC(2026, 0, 1, 12, 0, 0)) {}

  now(): number {
    return this.t;
  }

  async sleep(ms: number, signal?: AbortSignal): Promise<void> {
    if (signal?.aborted) throw signal.reason;
    this.sleeps.push(ms);
    this.t += ms;
    await Promise.resolve();
    if (signal?.aborted) throw signal.reason;
  }
}

/** A clock that only moves when the test calls `advance`; sleepers wake in deadline order. */
export class ManualClock implements Clock {
  private readonly sleepers: { until: number; resolve: () => void }[] = [];

  constructor(private t = 0) {}

  now(): number {
    return this.t;
  }

  sleep(ms: number, signal?: AbortSignal): Promise<void> {
    if (signal?.aborted) return Promise.reject(signal.reason);
    return new Promise<void>((resolve, reject) => {
      const sleeper = { until: this.t + ms, resolve };
      this.sleepers.push(sleeper);
      signal?.addEventListener(
        'abort',
        () => {
          const i = this.sleepers.indexOf(sleeper);
          if (i >= 0) this.sleepers.splice(i, 1);
          reject(signal.reason);
        },
        { once: true },
      );
    });
  }

  /** Moves time forward, waking every sleeper whose deadline has come, and lets them run. */
  async advance(ms: number): Promise<void> {
    this.t += ms;
    const due = this.sleepers.filter((s) => s.until <= this.t).sort((a, b) => a.until - b.until);
    for (const s of due) {
      this.sleepers.splice(this.sleepers.indexOf(s), 1);
      s.resolve();
    }
    await flush();
  }

  /** Sleepers not yet woken. */
  get pending(): number {
    return this.sleepers.length;
  }
}

/** Lets queued promise callbacks run. */
export async function flush(): Promise<void> {
  for (let i = 0; i < 10; i += 1) await Promise.resolve();
}
