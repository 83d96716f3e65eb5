import type { BilledSpan, BillingTimeline, ComputeBilledSpan } from '../sessions';

/** A price that holds from `at` until the next point. */
export interface PricePoint {
  at: number;
  price: number;
}

export interface Rates {
  /** Spot price points for "region|zone|type", sorted by time. */
  spot: (key: string) => PricePoint[];
  /** CNY per GiB·hour of a disk category and performance level. */
  diskPerGiBHour: (category: string, performanceLevel: string) => number;
  snapshotPerGiBHour: number;
}

const HOUR = 3_600_000;

function bounds(span: BilledSpan, now: number, since: number): [number, number] {
  return [Math.max(Date.parse(span.from), since), Math.min(span.to ? Date.parse(span.to) : now, now)];
}

/** ∫ price dt over [from, to) for a step-function price, in CNY (price per hour). */
export function integrate(points: PricePoint[], from: number, to: number): number {
  if (to <= from || points.length === 0) return 0;
  let total = 0;
  for (let i = 0; i < points.length; i++) {
    const point = points[i] as PricePoint;
    const start = i === 0 ? Math.min(point.at, from) : point.at;
    const end = i + 1 < points.length ? (points[i + 1] as PricePoint).at : Number.POSITIVE_INFINITY;
    const a = Math.max(start, from);
    const b = Math.min(end, to);
    if (b > a) total += (point.price * (b - a)) / HOUR;
  }
  return total;
}

/** The price in force at `at`. */
export function priceAt(points: PricePoint[], at: number): number {
  let price = points[0]?.price ?? 0;
  for (const p of points) if (p.at <= at) price = p.price;
  return price;
}

/**
 * The price a compute span is billed at, as the cloud's spot billing says: an instance (bought
 * with its protection hour, as Danlu always buys) whose billing duration, purchase to release,
 * is an hour or less is billed at the market price at purchase time; one that runs longer, at
 * each period's market price, its first hour too (so a running instance's bill is repriced when
 * it passes the hour). Spans that do not name their instance are priced at the market.
 */
function computePrices(span: ComputeBilledSpan, points: PricePoint[], now: number): PricePoint[] {
  if (!span.purchasedAt) return points;
  const bought = Date.parse(span.purchasedAt);
  const end = span.releasedAt ? Date.parse(span.releasedAt) : now;
  if (end - bought > HOUR) return points;
  return [{ at: bought, price: priceAt(points, bought) }];
}

/** What a compute span bills per hour at `now` (while it bills): the price its instance is billed at then. */
export function computeRateAt(span: ComputeBilledSpan, points: PricePoint[], now: number): number {
  return priceAt(computePrices(span, points, now), now);
}

export interface Cost {
  compute: number;
  disk: number;
  snapshot: number;
  total: number;
  /** The rate at `now`, CNY per hour. */
  perHour: number;
}

/** What a session's timeline cost between `since` and `now`, and what it costs per hour now. */
export function timelineCost(timeline: BillingTimeline, rates: Rates, now: number, since = 0): Cost {
  let compute = 0;
  let disk = 0;
  let snapshot = 0;
  let perHour = 0;
  for (const span of timeline.compute) {
    const points = computePrices(span, rates.spot(`${span.regionId}|${span.zoneId}|${span.instanceType}`), now);
    const [a, b] = bounds(span, now, since);
    compute += integrate(points, a, b);
    if (!span.to) perHour += priceAt(points, now);
  }
  for (const span of timeline.disks) {
    const rate = rates.diskPerGiBHour(span.category, span.performanceLevel) * span.sizeGiB;
    const [a, b] = bounds(span, now, since);
    if (b > a) disk += (rate * (b - a)) / HOUR;
    if (!span.to) perHour += rate;
  }
  for (const span of timeline.snapshots) {
    const rate = rates.snapshotPerGiBHour * span.sizeGiB;
    const [a, b] = bounds(span, now, since);
    if (b > a) snapshot += (rate * (b - a)) / HOUR;
    if (!span.to) perHour += rate;
  }
  return { compute, disk, snapshot, total: compute + disk + snapshot, perHour };
}
