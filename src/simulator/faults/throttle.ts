import type { ThrottleRule } from './fault-config';

interface Bucket {
  tokens: number;
  updated: number;
}

/** Token buckets per (rule, action, region) in wall time: calls are a wall-clock rate even when simulated time runs fast. */
export class Throttle {
  private buckets = new Map<string, Bucket>();

  constructor(private readonly wallNow: () => number = () => performance.now()) {}

  /** The rule that refuses this call, or undefined when it may proceed (consumes a token of every matching rule). */
  check(rules: readonly ThrottleRule[], action: string, regionId: string): ThrottleRule | undefined {
    const now = this.wallNow();
    let refused: ThrottleRule | undefined;
    rules.forEach((rule, index) => {
      if (rule.action && rule.action !== '*' && rule.action !== action) return;
      if (rule.regionId && rule.regionId !== '*' && rule.regionId !== regionId) return;
      const capacity = rule.burst ?? Math.max(1, Math.floor(rule.qps));
      const key = `${index}|${action}|${regionId}`;
      const bucket = this.buckets.get(key) ?? { tokens: capacity, updated: now };
      bucket.tokens = Math.min(capacity, bucket.tokens + ((now - bucket.updated) / 1000) * rule.qps);
      bucket.updated = now;
      this.buckets.set(key, bucket);
      if (bucket.tokens >= 1) bucket.tokens -= 1;
      else refused ??= rule;
    });
    return refused;
  }

  reset(): void {
    this.buckets = new Map();
  }
}
