import type { ExactEntry } from './price-cache';
import type { PricesApi } from './prices-api';

const DAY = 24 * 3600 * 1000;

/**
 * The cloud's current spot and pay-as-you-go price of one type in every zone of a region: the
 * latest point per zone of one DescribeSpotPriceHistory call (its default window, the last
 * three hours). A zone the window leaves out (a price unchanged for longer, if the cloud only
 * lists changes) is asked again over a day, so every zone sold gets its price.
 */
export async function readExactPrices(
  api: PricesApi,
  regionId: string,
  instanceType: string,
  zones: readonly string[],
  now: number,
  signal?: AbortSignal,
): Promise<ExactEntry> {
  const ask = (startTime?: Date) =>
    api.describeAllSpotPriceHistory(
      {
        regionId,
        instanceType,
        networkType: 'vpc',
        ioOptimized: 'optimized',
        osType: 'linux',
        startTime,
        endTime: startTime ? new Date(now) : undefined,
      },
      { signal },
    );
  const latest = new Map<string, { spot: number; origin: number; at: string }>();
  const take = (points: Awaited<ReturnType<typeof ask>>['prices']) => {
    for (const p of points) {
      if (p.instanceType && p.instanceType !== instanceType) continue;
      const seen = latest.get(p.zoneId);
      if (!seen || p.timestamp >= seen.at)
        latest.set(p.zoneId, { spot: p.spotPrice, origin: p.originPrice, at: p.timestamp });
    }
  };
  let history = await ask();
  take(history.prices);
  if (zones.some((z) => !latest.has(z))) {
    history = await ask(new Date(now - DAY));
    take(history.prices);
  }
  const entry: ExactEntry = { checkedAt: new Date(now).toISOString(), currency: history.currency || 'CNY', zones: {} };
  for (const [zoneId, { spot, origin }] of latest) entry.zones[zoneId] = { spot, origin };
  return entry;
}

/**
 * The cloud's current spot and pay-as-you-go price of one type in one zone: DescribePrice for a
 * spot quote, its instance line (spot as the trade price, pay-as-you-go as the original price).
 * DescribePrice has its own per-region limit, so pairs sold in one zone are read through it
 * beside the history calls. Throws when the quote does not itemise the instance.
 */
export async function readZonePrice(
  api: PricesApi,
  regionId: string,
  instanceType: string,
  zoneId: string,
  now: number,
  signal?: AbortSignal,
): Promise<ExactEntry> {
  const quote = await api.describePrice(
    {
      regionId,
      instanceType,
      zoneId,
      spotStrategy: 'SpotAsPriceGo',
      instanceNetworkType: 'vpc',
      ioOptimized: 'optimized',
    },
    { signal },
  );
  const line = quote.details.find((d) => /^instance(type)?$/i.test(d.resource));
  if (!line) throw new Error(`DescribePrice did not itemise ${instanceType} in ${zoneId}`);
  return {
    checkedAt: new Date(now).toISOString(),
    currency: quote.currency || 'CNY',
    zones: { [zoneId]: { spot: line.tradePrice, origin: line.originalPrice } },
  };
}
