import type { PricePoint } from '../../shared/prices';

/**
 * The price axis follows the spot price, so its moves can be seen; pay-as-you-go (often ten
 * times higher) is drawn only when it is near enough, and otherwise named beside the chart.
 */
export function spotRange(points: Pick<PricePoint, 'spotPrice' | 'originPrice'>[]): [number, number] {
  const spot = points.map((p) => p.spotPrice);
  const low = Math.min(...spot);
  const high = Math.max(...spot);
  const pad = Math.max((high - low) * 0.25, high * 0.05, 0.001);
  const origin = Math.max(...points.map((p) => p.originPrice));
  const top = origin <= high * 1.5 ? Math.max(high, origin) : high;
  return [Math.max(0, low - pad), top + pad];
}

/** True when pay-as-you-go lies outside the chart's range (and is then said in words). */
export function originOffChart(points: Pick<PricePoint, 'spotPrice' | 'originPrice'>[]): boolean {
  return Math.max(...points.map((p) => p.originPrice)) > spotRange(points)[1];
}
