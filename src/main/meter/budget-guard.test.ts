import { describe, expect, it } from 'vitest';
import { settingsSchema } from '../../shared/contract/settings';
import type { MeterView } from '../../shared/meter';
import { BudgetGuard } from './budget-guard';

const view = (cost: number, month = 0, perHour = 1): MeterView => ({
  at: '2026-11-28T10:00:00Z',
  ticking: true,
  sessions: [
    {
      sessionId: 'ses-1',
      name: 'lab',
      phase: 'ready',
      costSoFar: cost,
      perHourNow: perHour,
      elapsedMs: 1,
      breakdown: { compute: cost, disk: 0, snapshot: 0 },
      budget: 10,
      budgetUsed: cost / 10,
    },
  ],
  monthCost: month,
  monthBudget: null,
  monthUsed: null,
  perHourNow: perHour,
});

const MINUTE = 60_000;

describe('BudgetGuard', () => {
  const settings = settingsSchema.parse({ sessionBudget: 10, monthlyBudget: 100, budgetAction: 'stop' });

  it('warns once at 80 % and acts once at 100 %', () => {
    const guard = new BudgetGuard();
    expect(guard.check(view(5), settings)).toEqual([]);
    expect(guard.check(view(8.1), settings)).toEqual([
      { kind: 'warn', scope: 'session', sessionId: 'ses-1', name: 'lab', used: 8.1, budget: 10, perHour: 1 },
    ]);
    expect(guard.check(view(8.5), settings)).toEqual([]);
    expect(guard.check(view(10.2), settings)).toEqual([
      {
        kind: 'reached',
        scope: 'session',
        sessionId: 'ses-1',
        name: 'lab',
        used: 10.2,
        budget: 10,
        perHour: 1,
        action: 'stop',
      },
    ]);
    expect(guard.check(view(11), settings)).toEqual([]);
  });

  it('acts before the budget is passed when the cost by the next check and the stop would pass it', () => {
    const guard = new BudgetGuard();
    // ¥9.95 at ¥6/h: one more minute (0.10) would pass ¥10, so it stops now.
    expect(guard.check(view(9.95, 0, 6), settings, MINUTE).map((e) => e.kind)).toEqual(['reached']);
    // ¥9.5 at ¥6/h: a minute adds ¥0.10 — not yet (only the 80 % warning was due).
    const early = new BudgetGuard();
    expect(early.check(view(9.5, 0, 6), settings, MINUTE).map((e) => e.kind)).toEqual(['warn']);
  });

  it('watches the month across sessions, and says nothing without budgets', () => {
    const guard = new BudgetGuard();
    expect(guard.check(view(1, 101), settings).map((e) => `${e.kind}:${e.scope}`)).toEqual(['reached:month']);
    expect(new BudgetGuard().check(view(1000, 1000), settingsSchema.parse({}))).toEqual([]);
  });
});
