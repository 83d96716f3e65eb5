import type { Clock } from '../../shared/clock';
import { AppError } from '../../shared/errors';
import { type Message, msg } from '../../shared/words/message';

export interface WaitOptions {
  clock: Clock;
  signal?: AbortSignal;
  /** First pause between polls, ms; grows by `factor` up to `maxIntervalMs`. */
  intervalMs?: number;
  maxIntervalMs?: number;
  factor?: number;
  /** Give up after this long (clock ms). */
  timeoutMs: number;
  /** What is being waited for, for the timeout message. */
  what: Message;
}

/**
 * Polls `read` until `done` says so, backing off between polls; times out with a message
 * naming what never happened. The read's own errors propagate (the client already retried).
 */
export async function waitFor<T>(
  read: () => Promise<T>,
  done: (value: T) => boolean,
  options: WaitOptions,
): Promise<T> {
  const start = options.clock.now();
  let interval = options.intervalMs ?? 2000;
  for (;;) {
    options.signal?.throwIfAborted();
    const value = await read();
    if (done(value)) return value;
    if (options.clock.now() - start >= options.timeoutMs) {
      throw new AppError(msg('wait.timedOut', { what: { msg: options.what } }), {
        code: 'launch.timeout',
        retryable: true,
      });
    }
    await options.clock.sleep(interval, options.signal);
    interval = Math.min(options.maxIntervalMs ?? 15_000, interval * (options.factor ?? 1.5));
  }
}
