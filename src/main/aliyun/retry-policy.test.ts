import { describe, expect, it } from 'vitest';
import { DEFAULT_RETRY_POLICY, nextDelay, type RetryPolicy } from './retry-policy';
import { toCloudError } from './to-cloud-error';
import type { TransportFailure } from './transport-failure';

const policy: RetryPolicy = { ...DEFAULT_RETRY_POLICY, baseDelayMs: 500, maxDelayMs: 4000, maxAttempts: 5 };
const err = (f: TransportFailure) => toCloudError(f, { action: 'DescribeInstances', params: {} });
const http503 = err({ type: 'api', code: 'ServiceUnavailable', message: '', status: 503 });
const justBelowOne = () => 0.999999;

describe('nextDelay', () => {
  it('backs off exponentially with full jitter: a uniform wait below a doubling ceiling', () => {
    const ceilings = [1, 2, 3, 4].map((n) =>
      nextDelay(http503, { retryableFailures: n, throttledFailures: 0 }, policy, true, 0, justBelowOne),
    );
    expect(ceilings).toEqual([499, 999, 1999, 3999]);
    expect(nextDelay(http503, { retryableFailures: 3, throttledFailures: 0 }, policy, true, 0, () => 0)).toBe(0);
  });

  it('never waits longer than the cap', () => {
    const capped = { ...policy, maxAttempts: 50 };
    const d = nextDelay(http503, { retryableFailures: 20, throttledFailures: 0 }, capped, true, 0, justBelowOne);
    expect(d).toBe(3999);
  });

  it('gives up after maxAttempts retryable failures', () => {
    expect(nextDelay(http503, { retryableFailures: 5, throttledFailures: 0 }, policy, true, 0, Math.random)).toBe(
      undefined,
    );
  });

  it('waits for the next minute window after throttling, plus a little spread', () => {
    const throttled = err({ type: 'api', code: 'Throttling.User', message: '' });
    const at = Date.UTC(2026, 0, 1, 12, 0, 37, 250);
    expect(nextDelay(throttled, { retryableFailures: 0, throttledFailures: 1 }, policy, true, at, () => 0)).toBe(
      22_750,
    );
    const spread = nextDelay(throttled, { retryableFailures: 0, throttledFailures: 1 }, policy, true, at, () => 0.5);
    expect(spread).toBe(22_750 + policy.throttleJitterMs / 2);
    expect(
      nextDelay(
        throttled,
        { retryableFailures: 0, throttledFailures: policy.maxThrottleRetries + 1 },
        policy,
        true,
        at,
        () => 0,
      ),
    ).toBeUndefined();
  });

  it('retries only the retryable and throttled kinds', () => {
    for (const code of [
      'OperationDenied.NoStock',
      'InvalidAccessKeyId.NotFound',
      'QuotaExceed.ElasticQuota',
      'IncorrectInstanceStatus',
    ]) {
      const e = err({ type: 'api', code, message: '' });
      expect(nextDelay(e, { retryableFailures: 1, throttledFailures: 0 }, policy, true, 0, () => 0)).toBeUndefined();
    }
  });

  it('does not repeat an unsafe action when the first attempt may have gone through', () => {
    const timeout = err({ type: 'timeout', phase: 'read', ms: 1000 });
    const state = { retryableFailures: 1, throttledFailures: 0 };
    expect(nextDelay(timeout, state, policy, false, 0, () => 0)).toBeUndefined();
    expect(nextDelay(timeout, state, policy, true, 0, () => 0)).toBe(0);
    const refused = err({ type: 'network', code: 'ECONNREFUSED', message: '' });
    expect(nextDelay(refused, state, policy, false, 0, () => 0)).toBe(0);
  });
});
