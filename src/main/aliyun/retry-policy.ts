import type { CloudError } from './cloud-error';

/** How hard a call tries again. */
export interface RetryPolicy {
  /** Attempts in all for `retryable` failures (1 = never retry). */
  maxAttempts: number;
  /** First backoff ceiling; doubles per retry ("full jitter": a uniform wait below the ceiling). */
  baseDelayMs: number;
  /** Largest backoff ceiling. */
  maxDelayMs: number;
  /** Extra attempts after `throttled`, each waiting for the next minute window. */
  maxThrottleRetries: number;
  /** Spread after the minute boundary so throttled callers do not all return at :00. */
  throttleJitterMs: number;
}

export const DEFAULT_RETRY_POLICY: RetryPolicy = {
  maxAttempts: 4,
  baseDelayMs: 500,
  maxDelayMs: 20_000,
  // A launch, recover or release runs for minutes: a read throttled three windows running must not
  // end it (a recover failed so in a fault campaign). Probes that must answer at once pass 0.
  maxThrottleRetries: 4,
  throttleJitterMs: 3_000,
};

/** Attempts so far, by what they failed with. */
export interface RetryState {
  retryableFailures: number;
  throttledFailures: number;
}

/**
 * How long to wait before the next attempt, or undefined to give up. Only `retryable` and
 * `throttled` failures are retried, and a failure that may have been carried out already
 * (a read timeout, a reset connection) only when the action is safe to repeat.
 */
export function nextDelay(
  error: CloudError,
  state: RetryState,
  policy: RetryPolicy,
  idempotent: boolean,
  now: number,
  random: () => number,
): number | undefined {
  if (error.kind === 'throttled') {
    if (state.throttledFailures > policy.maxThrottleRetries) return undefined;
    // Alibaba's quota windows are per minute: asking again within the same minute only fails again.
    const toNextMinute = 60_000 - (now % 60_000);
    return toNextMinute + Math.floor(random() * policy.throttleJitterMs);
  }
  if (error.kind !== 'retryable') return undefined;
  if (error.ambiguous && !idempotent) return undefined;
  if (state.retryableFailures >= policy.maxAttempts) return undefined;
  const ceiling = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** (state.retryableFailures - 1));
  return Math.floor(random() * ceiling);
}
