import { afterEach, describe, expect, it } from 'vitest';
import { RateFeed } from '../../../src/main/meter/rate-feed';
import { AppError } from '../../../src/shared/errors';
import { type SimApi, startSimApi } from '../aliyun/sim-api';

let s: SimApi;
afterEach(async () => {
  await s.close();
});

const REGION = 'us-west-1';

describe('the meter’s spot price feed when the cloud pages wrongly', () => {
  it('cuts an endless NextOffset with a clear error and keeps the prices it had', async () => {
    // A short page, so the 30 days of history span several.
    s = await startSimApi({ seed: 2, assumptions: { spotHistoryPageSize: 100 } });
    const offer = s.sim.spotOffers({ regionId: REGION })[0];
    if (!offer) throw new Error('nothing sold');
    const warnings: Array<{ message: string; fields?: Record<string, unknown> }> = [];
    const log = {
      debug() {},
      info() {},
      error() {},
      warn: (message: string, fields?: Record<string, unknown>) => warnings.push({ message, fields }),
    };
    const feed = new RateFeed(
      async () => s.api,
      () => s.sim.clock,
      log,
    );
    const key = `${REGION}|${offer.zoneId}|${offer.instanceType}`;
    const from = new Date(s.sim.clock.now() - 20 * 86_400_000).toISOString();
    const timeline = {
      regionId: REGION,
      billing: {
        compute: [{ regionId: REGION, zoneId: offer.zoneId, instanceType: offer.instanceType, from }],
        disks: [],
        snapshots: [],
      },
    };

    await feed.refresh([timeline]);
    const good = feed.spot(key);
    expect(good.length).toBeGreaterThan(100);
    expect(warnings).toEqual([]);

    s.sim.faults.addRule({ kind: 'paging', actions: ['DescribeSpotPriceHistory'] });
    s.sim.clearRequests();
    await feed.refresh([timeline], true);
    // Stopped at the first repeated offset: two pages, not a loop.
    expect(s.sim.requests().filter((r) => r.action === 'DescribeSpotPriceHistory')).toHaveLength(2);
    expect(feed.spot(key)).toEqual(good);
    const error = warnings[0]?.fields?.error;
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).code).toBe('cloud.paging');
    expect((error as AppError).text.en).toMatch(/DescribeSpotPriceHistory returned the page marker \d+ a second time/);
  });
});
