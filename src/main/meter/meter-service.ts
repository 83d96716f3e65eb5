import type { Clock, Ticker } from '../../shared/clock';
import { coalesced } from '../../shared/coalesced';
import type { Settings } from '../../shared/contract/settings';
import type { MeterView, SessionCost } from '../../shared/meter';
import { LIVE_PHASES } from '../../shared/session-phases';
import type { Logger } from '../log/logger';
import {
  type ComputeBilledSpan,
  type ComputeSpan,
  emptyTimeline,
  isOpen,
  type ResourceRates,
  type SessionRecord,
} from '../sessions';
import { type BudgetEvent, BudgetGuard } from './budget-guard';
import { computeRateAt, timelineCost } from './cost';
import type { RateFeed } from './rate-feed';

/** Timers, injected so tests can see that none runs while nothing is billed. */
export interface MeterDeps {
  records: () => Promise<SessionRecord[]>;
  clock: () => Promise<Clock>;
  rates: RateFeed;
  settings: () => Settings;
  ticker: Ticker;
  onTick: (view: MeterView) => void;
  onBudget: (event: BudgetEvent) => void;
  log: Logger;
  /** How long (cloud time) a stop takes before compute stops billing; the budget stops this much early. */
  stopAllowanceMs?: number;
}

const TERMINAL = ['released', 'failed', 'cancelled'];

/** A stop takes this long (cloud time) before compute stops billing: StopInstance, then Stopped. */
const STOP_ALLOWANCE_MS = 60_000;

function monthStart(at: number): number {
  const d = new Date(at);
  return Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), 1);
}

/**
 * The cost meter: what each session has cost so far and costs per hour now, computed from the
 * billed spans in the journal (so a restart loses nothing) and the market's prices. It is the
 * one source of the figures the tray, the sidebar and the Session page show: it ticks every
 * second while a session is live (its clock runs), sends a fresh view whenever a session
 * changes (so a rate drops the moment a disk is deleted), and keeps the budgets.
 */
export class MeterService {
  private stopTicking: (() => void) | null = null;
  private readonly budgets = new BudgetGuard();
  private refreshedAt = 0;
  /** Cloud time between the last two timer ticks: how far ahead the budget must look. */
  private tickSpanMs = 1000;
  private lastTickAt: number | undefined;
  private readonly changed = coalesced(() => this.tick(false));

  constructor(private readonly deps: MeterDeps) {}

  async view(): Promise<MeterView> {
    const [records, clock] = await Promise.all([this.deps.records(), this.deps.clock()]);
    const now = clock.now();
    if (now - this.refreshedAt > 60_000) {
      this.refreshedAt = now;
      await this.deps.rates.refresh(records.map((r) => ({ regionId: r.plan.regionId, billing: r.billing })));
    }
    return this.compute(records, now);
  }

  /**
   * Called when sessions change: the timer runs while a session is live or compute bills, and
   * the window gets the new figures at once.
   */
  async update(): Promise<void> {
    const records = await this.deps.records();
    const live = records.some(
      (r) => LIVE_PHASES.includes(r.phase) || (r.billing !== undefined && isOpen(r.billing.compute)),
    );
    if (live && !this.stopTicking) {
      this.lastTickAt = undefined;
      this.stopTicking = this.deps.ticker.every(1000, () => {
        void this.tick(true);
      });
    } else if (!live && this.stopTicking) {
      this.stopTicking();
      this.stopTicking = null;
    }
    await this.fresh();
  }

  /**
   * A tick for a change: changes come in bursts (a launch writes its journal many times a
   * second), so one runs at a time and at most one more follows, with the latest records.
   */
  private fresh(): Promise<void> {
    return this.changed.run();
  }

  /** What compute of a type in a zone cost over a span, at the market prices the meter uses. */
  async computeCost(span: ComputeSpan): Promise<number> {
    const billing = { ...emptyTimeline(), compute: [span] };
    await this.deps.rates.refresh([{ regionId: span.regionId, billing }]);
    return timelineCost(billing, this.deps.rates, Date.parse(span.to)).compute;
  }

  /**
   * The rates the meter bills each resource at now, for the Resources page: an instance a session
   * bills at its session's rate (the purchase price in a short spot run), any other at `market`
   * (the last known spot price); disks and snapshots as the meter prices them.
   */
  async resourceRates(
    market: (regionId: string, zoneId: string, instanceType: string) => number | undefined,
  ): Promise<ResourceRates> {
    const [records, clock] = await Promise.all([this.deps.records(), this.deps.clock()]);
    const now = clock.now();
    const rates = this.deps.rates;
    await rates.refresh(records.map((r) => ({ regionId: r.plan.regionId, billing: r.billing })));
    const spans = new Map<string, ComputeBilledSpan>();
    for (const record of records) {
      for (const span of record.billing?.compute ?? []) if (span.instanceId) spans.set(span.instanceId, span);
    }
    return {
      instance: (i) => {
        const span = spans.get(i.instanceId);
        if (!span) return market(i.regionId, i.zoneId, i.instanceType);
        return computeRateAt(span, rates.spot(`${span.regionId}|${span.zoneId}|${span.instanceType}`), now);
      },
      diskPerGiBHour: rates.diskPerGiBHour,
      snapshotPerGiBHour: rates.snapshotPerGiBHour,
    };
  }

  /** True while the one-second timer runs. */
  get ticking(): boolean {
    return this.stopTicking !== null;
  }

  dispose(): void {
    this.stopTicking?.();
    this.stopTicking = null;
  }

  private async tick(timer: boolean): Promise<void> {
    try {
      const view = await this.view();
      const at = Date.parse(view.at);
      if (timer) {
        if (this.lastTickAt !== undefined && at > this.lastTickAt) this.tickSpanMs = at - this.lastTickAt;
        this.lastTickAt = at;
      }
      this.deps.onTick(view);
      const horizon = this.tickSpanMs + (this.deps.stopAllowanceMs ?? STOP_ALLOWANCE_MS);
      for (const event of this.budgets.check(view, this.deps.settings(), horizon)) this.deps.onBudget(event);
    } catch (error) {
      this.deps.log.warn('meter tick failed', { error });
    }
  }

  private compute(records: SessionRecord[], now: number): MeterView {
    const settings = this.deps.settings();
    const since = monthStart(now);
    let monthCost = 0;
    const sessions: SessionCost[] = [];
    let computeBills = false;
    for (const record of records) {
      const billing = record.billing ?? emptyTimeline();
      computeBills ||= isOpen(billing.compute);
      const cost = timelineCost(billing, this.deps.rates, now);
      monthCost += timelineCost(billing, this.deps.rates, now, since).total;
      // One clock for a session everywhere: from the moment it was asked for until it ended.
      const started = Date.parse(record.createdAt);
      const ended = record.endedAt
        ? Date.parse(record.endedAt)
        : TERMINAL.includes(record.phase)
          ? Date.parse(record.updatedAt)
          : now;
      sessions.push({
        sessionId: record.id,
        name: record.name,
        phase: record.phase,
        costSoFar: cost.total,
        perHourNow: cost.perHour,
        elapsedMs: Math.max(0, ended - started),
        breakdown: { compute: cost.compute, disk: cost.disk, snapshot: cost.snapshot },
        budget: settings.sessionBudget,
        budgetUsed: settings.sessionBudget ? cost.total / settings.sessionBudget : null,
      });
    }
    return {
      at: new Date(now).toISOString(),
      ticking: computeBills,
      sessions,
      monthCost,
      monthBudget: settings.monthlyBudget,
      monthUsed: settings.monthlyBudget ? monthCost / settings.monthlyBudget : null,
      perHourNow: sessions.reduce((sum, s) => sum + s.perHourNow, 0),
    };
  }
}
