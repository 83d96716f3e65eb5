import type { PricePoint } from '../../shared/prices';

/**
 * Keeps only the points where the spot or pay-as-you-go price changed, plus the latest point so
 * the line reaches "now" (as the seed reduced its price history).
 */
export function changePoints(points: PricePoint[]): PricePoint[] {
  const sorted = [...points].sort((a, b) => a.at.localeCompare(b.at));
  const out: PricePoint[] = [];
  for (const point of sorted) {
    const previous = out.at(-1);
    if (!previous || previous.spotPrice !== point.spotPrice || previous.originPrice !== point.originPrice)
      out.push(point);
  }
  const last = sorted.at(-1);
  if (last && out.at(-1) !== last) out.push(last);
  return out;
}
