import type { Settings } from '../../shared/contract/settings';
import type { MeterView } from '../../shared/meter';

interface BudgetFacts {
  scope: 'session' | 'month';
  sessionId?: string;
  /** The session's name (none for the month). */
  name?: string;
  used: number;
  budget: number;
  /** What it costs an hour now (the session's rate, or every session's for the month). */
  perHour: number;
}

export type BudgetEvent =
  | (BudgetFacts & { kind: 'warn' })
  | (BudgetFacts & { kind: 'reached'; action: 'stop' | 'ask' });

const HOUR = 3_600_000;

/**
 * Watches the meter against the budgets: at 80 % it warns once; once the cost would pass the
 * budget before the stop could take effect (the cost now plus the current rate over `horizonMs`:
 * until the next check and the time a stop takes), it asks for the budget action once per
 * session, and once per month for the monthly budget. So a stop happens before the budget is passed.
 */
export class BudgetGuard {
  private readonly fired = new Set<string>();

  check(view: MeterView, settings: Settings, horizonMs = 0): BudgetEvent[] {
    const events: BudgetEvent[] = [];
    const month = view.at.slice(0, 7);
    const consider = (key: string, facts: Omit<BudgetFacts, 'budget'>, budget: number | null) => {
      if (!budget) return;
      const projected = facts.used + (facts.perHour * Math.max(0, horizonMs)) / HOUR;
      if (projected >= budget && !this.fired.has(`${key}:100`)) {
        this.fired.add(`${key}:100`).add(`${key}:80`);
        events.push({ kind: 'reached', ...facts, budget, action: settings.budgetAction });
      } else if (facts.used >= 0.8 * budget && !this.fired.has(`${key}:80`)) {
        this.fired.add(`${key}:80`);
        events.push({ kind: 'warn', ...facts, budget });
      }
    };
    for (const s of view.sessions) {
      if (s.phase !== 'ready') continue;
      consider(
        `session:${s.sessionId}`,
        { scope: 'session', sessionId: s.sessionId, name: s.name, used: s.costSoFar, perHour: s.perHourNow },
        settings.sessionBudget,
      );
    }
    consider(
      `month:${month}`,
      { scope: 'month', used: view.monthCost, perHour: view.perHourNow },
      settings.monthlyBudget,
    );
    return events;
  }
}
