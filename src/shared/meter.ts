/** What a session has cost so far and costs now, as the tray and the Session page show it (CNY). */
export interface SessionCost {
  sessionId: string;
  name: string;
  phase: string;
  /** Everything billed since the session began: compute, disks, snapshots. */
  costSoFar: number;
  /** The rate right now: spot price while running, disks always, snapshots. */
  perHourNow: number;
  /** Time since the session began, ms. */
  elapsedMs: number;
  breakdown: { compute: number; disk: number; snapshot: number };
  /** The session budget and the share of it used (0..1+), when a budget is set. */
  budget: number | null;
  budgetUsed: number | null;
}

export interface MeterView {
  at: string;
  /** True while anything bills by the second (the tray ticks only then). */
  ticking: boolean;
  sessions: SessionCost[];
  /** This calendar month, across sessions. */
  monthCost: number;
  monthBudget: number | null;
  monthUsed: number | null;
  /** Sum of every session's current rate. */
  perHourNow: number;
}
