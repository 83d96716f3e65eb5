import type { Settings } from '../../shared/contract/settings';
import type { MeterView, SessionCost } from '../../shared/meter';
import type { Clock } from '../clock/clock';
import type { Logger } from '../log/logger';
import type { SessionRecord } from '../sessions/session-record';
import { isOpen } from './billing-timeline';
import { type BudgetEvent, BudgetGuard } from './budget-guard';
import { timelineCost } from './cost';
import type { RateFeed } from './rate-feed';

/** Timers, injected so tests can see that none runs while nothing is billed. */
export interface Ticker {
  every(ms: number, run: () => void): () => void;
}

export const realTicker: Ticker = {
  every(ms, run) {
    const id = setInterval(run, ms);
    return () => clearInterval(id);
  },
};

export interface MeterDeps {
  records: () => Promise<SessionRecord[]>;
  clock: () => Promise<Clock>;
  rates: RateFeed;
  settings: () => Settings;
  ticker: Ticker;
  onTick: (view: MeterView) => void;
  onBudget: (event: BudgetEvent) => void;
  log: Logger;
}

function monthStart(at: number): number {
  const d = new Date(at);
  return Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), 1);
}

/**
 * The cost meter: what each session has cost so far and costs per hour now, computed from the
 * billed spans in the journal (so a restart loses nothing) and the market's prices. It ticks
 * every second only while something is billed by the second, and keeps the budgets.
 */
export class MeterService {
  private stopTicking: (() => void) | null = null;
  private readonly budgets = new BudgetGuard();
  private refreshedAt = 0;

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

  /** Called when sessions change: ticking starts while compute is billed and stops when not. */
  async update(): Promise<void> {
    const records = await this.deps.records();
    const ticking = records.some((r) => r.billing && isOpen(r.billing.compute));
    if (ticking && !this.stopTicking) {
      this.stopTicking = this.deps.ticker.every(1000, () => {
        void this.tick();
      });
    } else if (!ticking && this.stopTicking) {
      this.stopTicking();
      this.stopTicking = null;
      await this.tick();
    }
  }

  /** True while the one-second timer runs. */
  get ticking(): boolean {
    return this.stopTicking !== null;
  }

  dispose(): void {
    this.stopTicking?.();
    this.stopTicking = null;
  }

  private async tick(): Promise<void> {
    try {
      const view = await this.view();
      this.deps.onTick(view);
      for (const event of this.budgets.check(view, this.deps.settings())) this.deps.onBudget(event);
    } catch (error) {
      this.deps.log.warn('meter tick failed', { error });
    }
  }

  private compute(records: SessionRecord[], now: number): MeterView {
    const settings = this.deps.settings();
    const since = monthStart(now);
    let monthCost = 0;
    const sessions: SessionCost[] = [];
    for (const record of records) {
      if (!record.billing) continue;
      const cost = timelineCost(record.billing, this.deps.rates, now);
      monthCost += timelineCost(record.billing, this.deps.rates, now, since).total;
      const started = Date.parse(record.billing.compute[0]?.from ?? record.createdAt);
      const ended = ['released', 'failed', 'cancelled'].includes(record.phase) ? Date.parse(record.updatedAt) : now;
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
      ticking: this.ticking,
      sessions,
      monthCost,
      monthBudget: settings.monthlyBudget,
      monthUsed: settings.monthlyBudget ? monthCost / settings.monthlyBudget : null,
      perHourNow: sessions.reduce((sum, s) => sum + s.perHourNow, 0),
    };
  }
}
