import { describe, expect, it } from 'vitest';
import { settingsSchema } from '../../shared/contract/settings';
import type { MeterView } from '../../shared/meter';
import { BudgetGuard } from './budget-guard';

const view = (cost: number, month = 0): MeterView => ({
  at: '2026-11-28T10:00:00Z',
  ticking: true,
  sessions: [
    {
      sessionId: 'ses-1',
      name: 'lab',
      phase: 'ready',
      costSoFar: cost,
      perHourNow: 1,
      elapsedMs: 1,
      breakdown: { compute: cost, disk: 0, snapshot: 0 },
      budget: 10,
      budgetUsed: cost / 10,
    },
  ],
  monthCost: month,
  monthBudget: null,
  monthUsed: null,
  perHourNow: 1,
});

describe('BudgetGuard', () => {
  const settings = settingsSchema.parse({ sessionBudget: 10, monthlyBudget: 100, budgetAction: 'stop' });

  it('warns once at 80 % and acts once at 100 %', () => {
    const guard = new BudgetGuard();
    expect(guard.check(view(5), settings)).toEqual([]);
    expect(guard.check(view(8.1), settings)).toEqual([
      { kind: 'warn', scope: 'session', sessionId: 'ses-1', used: 8.1, budget: 10 },
    ]);
    expect(guard.check(view(8.5), settings)).toEqual([]);
    expect(guard.check(view(10.2), settings)).toEqual([
      { kind: 'reached', scope: 'session', sessionId: 'ses-1', used: 10.2, budget: 10, action: 'stop' },
    ]);
    expect(guard.check(view(11), settings)).toEqual([]);
  });

  it('watches the month across sessions, and says nothing without budgets', () => {
    const guard = new BudgetGuard();
    expect(guard.check(view(1, 101), settings).map((e) => `${e.kind}:${e.scope}`)).toEqual(['reached:month']);
    expect(new BudgetGuard().check(view(1000, 1000), settingsSchema.parse({}))).toEqual([]);
  });
});
