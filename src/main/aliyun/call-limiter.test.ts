import { describe, expect, it } from 'vitest';
import { CallLimiter } from './call-limiter';
import { flush, ManualClock } from './testing/test-clocks';

describe('CallLimiter', () => {
  it('lets at most `concurrency` calls run at once and hands slots over in order', async () => {
    const clock = new ManualClock();
    const limiter = new CallLimiter(clock, { default: { concurrency: 2, qps: 1000, burst: 1000 } });
    const started: number[] = [];
    const releases: (() => void)[] = [];
    for (let i = 0; i < 5; i += 1) {
      void limiter.acquire('ecs', 'cn-hangzhou', 'DescribeInstances').then((release) => {
        started.push(i);
        releases.push(release);
      });
    }
    await flush();
    expect(started).toEqual([0, 1]);
    releases[0]?.();
    releases[0]?.(); // releasing twice frees one slot only
    await flush();
    expect(started).toEqual([0, 1, 2]);
    releases[1]?.();
    releases[2]?.();
    await flush();
    expect(started).toEqual([0, 1, 2, 3, 4]);
  });

  it('spaces calls at the configured rate once the burst is spent', async () => {
    const clock = new ManualClock();
    const limiter = new CallLimiter(clock, { default: { concurrency: 100, qps: 2, burst: 2 } });
    const startedAt: number[] = [];
    for (let i = 0; i < 5; i += 1) {
      void limiter.acquire('ecs', 'us-west-1', 'DescribePrice').then((release) => {
        startedAt.push(clock.now());
        release();
      });
    }
    await flush();
    expect(startedAt).toEqual([0, 0]);
    for (let t = 0; t < 1500; t += 100) await clock.advance(100);
    expect(startedAt).toEqual([0, 0, 500, 1000, 1500]);
  });

  it('keeps regions and actions apart, and applies per-action overrides', async () => {
    const clock = new ManualClock();
    const limiter = new CallLimiter(clock, {
      default: { concurrency: 1, qps: 100, burst: 100 },
      perAction: { RunInstances: { concurrency: 3 } },
    });
    const started: string[] = [];
    const go = (region: string, action: string) =>
      void limiter.acquire('ecs', region, action).then(() => started.push(`${region}/${action}`));
    go('cn-hangzhou', 'DescribeInstances');
    go('cn-hangzhou', 'DescribeInstances');
    go('us-west-1', 'DescribeInstances');
    go('cn-hangzhou', 'DescribeDisks');
    for (let i = 0; i < 3; i += 1) go('cn-hangzhou', 'RunInstances');
    await flush();
    expect(started.filter((s) => s === 'cn-hangzhou/DescribeInstances')).toHaveLength(1);
    expect(started).toContain('us-west-1/DescribeInstances');
    expect(started).toContain('cn-hangzhou/DescribeDisks');
    expect(started.filter((s) => s === 'cn-hangzhou/RunInstances')).toHaveLength(3);
    expect(limiter.ruleFor('RunInstances')).toEqual({ concurrency: 3, qps: 100, burst: 100 });
  });

  it('lets a queued call be abandoned without taking a slot', async () => {
    const clock = new ManualClock();
    const limiter = new CallLimiter(clock, { default: { concurrency: 1, qps: 100, burst: 100 } });
    const first = await limiter.acquire('vpc', 'cn-beijing', 'CreateVpc');
    const controller = new AbortController();
    const abandoned = limiter.acquire('vpc', 'cn-beijing', 'CreateVpc', controller.signal);
    let thirdStarted = false;
    void limiter.acquire('vpc', 'cn-beijing', 'CreateVpc').then(() => {
      thirdStarted = true;
    });
    controller.abort(new Error('user cancelled'));
    await expect(abandoned).rejects.toThrow('user cancelled');
    first();
    await flush();
    expect(thirdStarted).toBe(true);
  });

  it('refuses nonsensical limits', () => {
    const limiter = new CallLimiter(new ManualClock(), { default: { qps: 0 } });
    expect(() => limiter.ruleFor('DescribeRegions')).toThrow(RangeError);
  });
});
