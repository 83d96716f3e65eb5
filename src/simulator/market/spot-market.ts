import type { Catalog } from '../catalog/catalog';
import { unitHash, unitHashPrefix } from './seeded-random';

/** Stock a test sets for matching offers instead of the seeded outages and low-stock stretches. */
export type PinnedStock = 'WithStock' | 'ClosedWithStock' | 'WithoutStock';

/** Which offers a stock pin covers: any field left out matches every value. */
export interface StockPin {
  regionId?: string;
  zoneId?: string;
  instanceType?: string;
  stock: PinnedStock;
}

/** A price set by the admin API for one offer from `from` until `until` (or for good). */
interface PriceOverride {
  key: string;
  price: number;
  from: number;
  until?: number;
}

const KNOT_HOURS = 6;
const BLOCK_MS = 6 * 3_600_000;
const round3 = (n: number) => Math.round(n * 1000) / 1000;

/** The interruption-rate bands DescribeSpotAdvice reports. */
const INTERRUPT_BANDS = ['0-3%', '3-5%', '5-10%', '10-100%'] as const;

/**
 * The seeded spot market: per (region, zone, type) a price that moves every interval as a
 * deterministic function of time (so the last 30 days and the future are all defined), always
 * 10–30 % of the pay-as-you-go price; a capacity and seeded stock outages; an interruption rate.
 */
export class SpotMarket {
  private overrides: PriceOverride[] = [];
  private pins: StockPin[] = [];
  private readonly walks = new Map<
    string,
    { knot: (k: number) => number; jitter: (n: number) => number; level: number }
  >();

  constructor(
    private readonly seed: number,
    private readonly catalog: Catalog,
    private readonly options: { intervalMs: number; outageRate: number; lowStockRate: number },
  ) {}

  get intervalMs(): number {
    return this.options.intervalMs;
  }

  originPrice(regionId: string, instanceType: string): number {
    return this.catalog.payAsYouGo(regionId, instanceType);
  }

  /** Spot CNY/h at simulated time `t`. */
  priceAt(regionId: string, zoneId: string, instanceType: string, t: number): number {
    const key = offerKey(regionId, zoneId, instanceType);
    return this.priceOf(key, this.originPrice(regionId, instanceType), t);
  }

  /** `priceAt` for an offer whose key and pay-as-you-go price are known (hot in 30-day averages). */
  private priceOf(key: string, origin: number, t: number): number {
    for (let i = this.overrides.length - 1; i >= 0; i--) {
      const o = this.overrides[i] as PriceOverride;
      if (o.key === key && o.from <= t && (o.until === undefined || t < o.until)) return o.price;
    }
    const price = round3(origin * this.ratioAt(key, Math.floor(t / this.options.intervalMs)));
    // Rounding to 3 decimals must not leave the 10–30 % band.
    return Math.max(0.001, Math.ceil(origin * 100) / 1000, Math.min(Math.floor(origin * 300) / 1000, price));
  }

  /** Instants in (from, to) at which the price may change. */
  changePoints(regionId: string, zoneId: string, instanceType: string, from: number, to: number): number[] {
    const key = offerKey(regionId, zoneId, instanceType);
    const step = this.options.intervalMs;
    const points = new Set<number>();
    for (let t = (Math.floor(from / step) + 1) * step; t < to; t += step) points.add(t);
    for (const o of this.overrides) {
      if (o.key !== key) continue;
      if (o.from > from && o.from < to) points.add(o.from);
      if (o.until !== undefined && o.until > from && o.until < to) points.add(o.until);
    }
    return [...points].sort((a, b) => a - b);
  }

  /** Price points covering [from, to]: one at every change, the first at or before `from`. */
  history(regionId: string, zoneId: string, instanceType: string, from: number, to: number) {
    const step = this.options.intervalMs;
    const start = Math.floor(from / step) * step;
    const points = [start, ...this.changePoints(regionId, zoneId, instanceType, start, to + 1)];
    return points.map((at) => ({ at, price: this.priceAt(regionId, zoneId, instanceType, at) }));
  }

  /** Sets the spot price of one offer from `from` on (until `until`, when given). */
  setPrice(regionId: string, zoneId: string, instanceType: string, price: number, from: number, until?: number): void {
    this.overrides.push({ key: offerKey(regionId, zoneId, instanceType), price: round3(price), from, until });
  }

  clearPrices(): void {
    this.overrides = [];
  }

  /** How many spot instances of the offer the zone can hold at once. */
  capacity(regionId: string, zoneId: string, instanceType: string): number {
    return 2 + Math.floor(unitHash(this.seed, 'capacity', offerKey(regionId, zoneId, instanceType)) * 10);
  }

  /** A stretch without stock: seeded (6-hour blocks), unless a pin sets the offer's stock. */
  inOutage(regionId: string, zoneId: string, instanceType: string, t: number): boolean {
    const pinned = this.pinned(regionId, zoneId, instanceType);
    if (pinned) return pinned === 'WithoutStock';
    const block = Math.floor(t / BLOCK_MS);
    return unitHash(this.seed, 'outage', offerKey(regionId, zoneId, instanceType), block) < this.options.outageRate;
  }

  /** A stretch of low stock, still sold (`ClosedWithStock`): seeded (6-hour blocks), unless a pin sets it. */
  lowStock(regionId: string, zoneId: string, instanceType: string, t: number): boolean {
    const pinned = this.pinned(regionId, zoneId, instanceType);
    if (pinned) return pinned === 'ClosedWithStock';
    const block = Math.floor(t / BLOCK_MS);
    return (
      unitHash(this.seed, 'low-stock', offerKey(regionId, zoneId, instanceType), block) < this.options.lowStockRate
    );
  }

  /**
   * Sets the stock of matching offers for good, whatever the seeded market says at any hour; the
   * latest pin that matches wins. Capacity still counts (the last free unit is `ClosedWithStock`).
   */
  pinStock({ regionId, zoneId, instanceType, stock }: StockPin): void {
    this.pins.push({ regionId, zoneId, instanceType, stock });
  }

  clearStock(): void {
    this.pins = [];
  }

  private pinned(regionId: string, zoneId: string, instanceType: string): PinnedStock | undefined {
    for (let i = this.pins.length - 1; i >= 0; i--) {
      const p = this.pins[i] as StockPin;
      if (p.regionId && p.regionId !== regionId) continue;
      if (p.zoneId && p.zoneId !== zoneId) continue;
      if (p.instanceType && p.instanceType !== instanceType) continue;
      return p.stock;
    }
    return undefined;
  }

  /** Historical interruption rate in percent, and its band. */
  interruption(regionId: string, zoneId: string, instanceType: string): { rate: number; band: string } {
    const u = unitHash(this.seed, 'interrupt', offerKey(regionId, zoneId, instanceType));
    const bandIndex = u < 0.55 ? 0 : u < 0.8 ? 1 : u < 0.93 ? 2 : 3;
    const [lo, hi] = [
      [0, 3],
      [3, 5],
      [5, 10],
      [10, 30],
    ][bandIndex] as [number, number];
    const rate = Math.round((lo + (hi - lo) * unitHash(this.seed, 'interrupt-rate', u)) * 10) / 10;
    return { rate, band: INTERRUPT_BANDS[bandIndex] as string };
  }

  /** Mean spot price over the last 30 days (sampled every 3 hours) as a whole percentage of pay-as-you-go. */
  averageDiscount(regionId: string, zoneId: string, instanceType: string, now: number): number {
    const origin = this.originPrice(regionId, instanceType);
    if (origin <= 0) return 100;
    const key = offerKey(regionId, zoneId, instanceType);
    const step = 3 * 3_600_000;
    let sum = 0;
    let count = 0;
    for (let t = now - 30 * 86_400_000; t <= now; t += step) {
      sum += this.priceOf(key, origin, t);
      count++;
    }
    return Math.max(1, Math.min(100, Math.round((sum / count / origin) * 100)));
  }

  /** Spot/pay-as-you-go ratio for interval `n`: a smooth seeded walk around a per-offer level, kept in [0.10, 0.30]. */
  private ratioAt(key: string, n: number): number {
    const walk = this.walkOf(key);
    const hours = (n * this.options.intervalMs) / 3_600_000;
    const knot = Math.floor(hours / KNOT_HOURS);
    const frac = hours / KNOT_HOURS - knot;
    const smooth = (walk.knot(knot) * 2 - 1) * (1 - frac) + (walk.knot(knot + 1) * 2 - 1) * frac;
    const jitter = walk.jitter(n) * 2 - 1;
    return Math.min(0.3, Math.max(0.1, walk.level * (1 + 0.3 * smooth + 0.06 * jitter)));
  }

  /** The seeded parts of one offer's walk, hashed once per offer (30-day averages ask for hundreds of points). */
  private walkOf(key: string) {
    let walk = this.walks.get(key);
    if (!walk) {
      walk = {
        knot: unitHashPrefix(this.seed, 'knot', key),
        jitter: unitHashPrefix(this.seed, 'jitter', key),
        level: 0.11 + 0.1 * unitHash(this.seed, 'level', key),
      };
      this.walks.set(key, walk);
    }
    return walk;
  }
}

export function offerKey(regionId: string, zoneId: string, instanceType: string): string {
  return `${regionId}/${zoneId}/${instanceType}`;
}
