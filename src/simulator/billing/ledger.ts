import { isoSeconds } from '../api/time-format';
import type { SpotMarket } from '../market/spot-market';

/** How a billed period is priced. */
export type Rate =
  | {
      kind: 'spot';
      regionId: string;
      zoneId: string;
      instanceType: string;
      purchasedAt: number;
      /** SpotDuration of the instance (hours protected); absent in older saved accounts, read as 1. */
      spotDuration?: number;
    }
  | { kind: 'fixed'; unitPrice: number; quantity: number; unit: string };

export type BilledResourceType = 'instance' | 'disk' | 'snapshot' | 'bandwidth';

interface Period {
  from: number;
  to?: number;
  rate: Rate;
  description: string;
}

/** One resource's billed periods, as the ledger keeps them (and a saved demo account holds them). */
export interface Meter {
  resourceId: string;
  resourceType: BilledResourceType;
  regionId: string;
  periods: Period[];
  /** When the resource was released for good (its billing duration ends there). */
  endedAt?: number;
}

/** One billed interval at one unit price. */
export interface LedgerEntry {
  resourceId: string;
  resourceType: BilledResourceType;
  regionId: string;
  description: string;
  from: number;
  to: number;
  fromTime: string;
  toTime: string;
  /** Still accruing at the report time. */
  open: boolean;
  seconds: number;
  /** CNY per hour per unit of `quantity`. */
  unitPrice: number;
  unit: string;
  quantity: number;
  cost: number;
}

export interface LedgerResourceTotal {
  resourceId: string;
  resourceType: BilledResourceType;
  regionId: string;
  seconds: number;
  cost: number;
}

export interface LedgerReport {
  /** Simulated time of the report (ms). */
  at: number;
  currency: 'CNY';
  entries: LedgerEntry[];
  resources: LedgerResourceTotal[];
  total: number;
}

/** Per-second accrual of every resource's cost from its billed periods and their prices. */
export class Ledger {
  private readonly meters = new Map<string, Meter>();

  constructor(
    private readonly market: SpotMarket,
    private readonly options: { spotShortRunAtPurchasePrice: boolean },
  ) {}

  /** Opens a billed period (closing any open one of the same resource first). */
  start(
    resourceId: string,
    resourceType: BilledResourceType,
    regionId: string,
    rate: Rate,
    at: number,
    description: string,
  ): void {
    this.stop(resourceId, at);
    const meter = this.meters.get(resourceId) ?? { resourceId, resourceType, regionId, periods: [] };
    meter.periods.push({ from: at, rate, description });
    this.meters.set(resourceId, meter);
  }

  stop(resourceId: string, at: number): void {
    const open = this.meters.get(resourceId)?.periods.find((p) => p.to === undefined);
    if (open) open.to = Math.max(open.from, at);
  }

  /** The resource is gone for good: billing stops and its billing duration ends. */
  end(resourceId: string, at: number): void {
    this.stop(resourceId, at);
    const meter = this.meters.get(resourceId);
    if (meter && meter.endedAt === undefined) meter.endedAt = at;
  }

  isBilling(resourceId: string): boolean {
    return this.meters.get(resourceId)?.periods.some((p) => p.to === undefined) ?? false;
  }

  clear(): void {
    this.meters.clear();
  }

  /** Every meter as plain data, to be saved. */
  exportMeters(): Meter[] {
    return structuredClone([...this.meters.values()]);
  }

  /** Replaces every meter with saved ones. */
  importMeters(meters: Meter[]): void {
    this.meters.clear();
    for (const meter of structuredClone(meters)) this.meters.set(meter.resourceId, meter);
  }

  report(now: number): LedgerReport {
    const entries: LedgerEntry[] = [];
    const resources: LedgerResourceTotal[] = [];
    for (const meter of this.meters.values()) {
      let seconds = 0;
      let cost = 0;
      for (const period of meter.periods) {
        for (const entry of this.price(meter, period, now)) {
          entries.push(entry);
          seconds += entry.seconds;
          cost += entry.cost;
        }
      }
      resources.push({
        resourceId: meter.resourceId,
        resourceType: meter.resourceType,
        regionId: meter.regionId,
        seconds,
        cost,
      });
    }
    const total = resources.reduce((sum, r) => sum + r.cost, 0);
    return { at: now, currency: 'CNY', entries, resources, total };
  }

  total(now: number): number {
    return this.report(now).total;
  }

  private price(meter: Meter, period: Period, now: number): LedgerEntry[] {
    const end = Math.min(period.to ?? now, Math.max(now, period.from));
    if (end <= period.from) return [];
    const open = period.to === undefined;
    const make = (from: number, to: number, unitPrice: number, quantity: number, unit: string): LedgerEntry => {
      const seconds = (to - from) / 1000;
      return {
        resourceId: meter.resourceId,
        resourceType: meter.resourceType,
        regionId: meter.regionId,
        description: period.description,
        from,
        to,
        fromTime: isoSeconds(from),
        toTime: isoSeconds(to),
        open: open && to === end,
        seconds,
        unitPrice,
        unit,
        quantity,
        cost: (unitPrice * quantity * seconds) / 3600,
      };
    };
    const rate = period.rate;
    if (rate.kind === 'fixed') return [make(period.from, end, rate.unitPrice, rate.quantity, rate.unit)];
    // A protected spot instance that runs an hour or less is billed at the price at purchase time;
    // one that runs longer, at the market price of each period (its first hour too).
    const shortRun =
      this.options.spotShortRunAtPurchasePrice &&
      (rate.spotDuration ?? 1) >= 1 &&
      (meter.endedAt ?? now) - rate.purchasedAt <= 3_600_000;
    const cuts = shortRun
      ? []
      : this.market.changePoints(rate.regionId, rate.zoneId, rate.instanceType, period.from, end);
    const bounds = [period.from, ...[...new Set(cuts)].sort((a, b) => a - b), end];
    const result: LedgerEntry[] = [];
    for (let i = 0; i < bounds.length - 1; i++) {
      const from = bounds[i] as number;
      const to = bounds[i + 1] as number;
      const priceTime = shortRun ? rate.purchasedAt : from;
      const unitPrice = this.market.priceAt(rate.regionId, rate.zoneId, rate.instanceType, priceTime);
      const last = result[result.length - 1];
      if (last && last.unitPrice === unitPrice) {
        // Same price on both sides of a boundary: one interval.
        const merged = make(last.from, to, unitPrice, 1, 'CNY/hour');
        result[result.length - 1] = merged;
      } else {
        result.push(make(from, to, unitPrice, 1, 'CNY/hour'));
      }
    }
    return result;
  }
}
