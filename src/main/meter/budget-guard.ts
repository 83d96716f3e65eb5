import type { Settings } from '../../shared/contract/settings';
import type { MeterView } from '../../shared/meter';

export type BudgetEvent =
  | { kind: 'warn'; scope: 'session' | 'month'; sessionId?: string; used: number; budget: number }
  | {
      kind: 'reached';
      scope: 'session' | 'month';
      sessionId?: string;
      used: number;
      budget: number;
      action: 'stop' | 'ask';
    };

/**
 * Watches the meter against the budgets: at 80 % it warns once, at 100 % it asks for the
 * budget action (stop or ask) once per session, and once per month for the monthly budget.
 */
export class BudgetGuard {
  private readonly fired = new Set<string>();

  check(view: MeterView, settings: Settings): BudgetEvent[] {
    const events: BudgetEvent[] = [];
    const month = view.at.slice(0, 7);
    const consider = (
      key: string,
      scope: 'session' | 'month',
      used: number,
      budget: number | null,
      sessionId?: string,
    ) => {
      if (!budget) return;
      if (used >= budget && !this.fired.has(`${key}:100`)) {
        this.fired.add(`${key}:100`).add(`${key}:80`);
        events.push({ kind: 'reached', scope, sessionId, used, budget, action: settings.budgetAction });
      } else if (used >= 0.8 * budget && !this.fired.has(`${key}:80`)) {
        this.fired.add(`${key}:80`);
        events.push({ kind: 'warn', scope, sessionId, used, budget });
      }
    };
    for (const s of view.sessions)
      if (s.phase === 'ready')
        consider(`session:${s.sessionId}`, 'session', s.costSoFar, settings.sessionBudget, s.sessionId);
    consider(`month:${month}`, 'month', view.monthCost, settings.monthlyBudget);
    return events;
  }
}
