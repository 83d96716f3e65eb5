import type { Notice } from '../../shared/contract';
import { msg } from '../../shared/words/message';
import type { AutoReason } from '../sessions';
import type { BudgetEvent } from './budget-guard';
import { budgetNotice } from './budget-notice';

/** Why a reached budget stops sessions: the budget and what was spent (and the rate, for one session). */
export function budgetReason(event: BudgetEvent): AutoReason {
  const limit = { yuan: event.budget };
  const used = { yuan: event.used };
  return {
    rule: 'budget',
    why:
      event.scope === 'session'
        ? msg('session.reason.budgetSession', { limit, used, rate: { yuan: event.perHour, digits: 3 } })
        : msg('session.reason.budgetMonth', { limit, used }),
  };
}

/**
 * What Danlu does when a budget is near or reached: it tells the user, and a reached budget
 * whose action is "stop" stops the session it names (every running one for the month), each
 * saying why in its log and its notices. Nothing running to stop: the budget's own notice says so.
 */
export function budgetPolicy(deps: {
  notify: (notice: Notice) => void;
  /** Stops the running sessions (or the one named) for `reason`; how many it began to stop. */
  stopRunning: (sessionId: string | undefined, reason: AutoReason) => Promise<number>;
}): (event: BudgetEvent) => void {
  return (event) => {
    if (event.kind !== 'reached' || event.action !== 'stop') {
      deps.notify(budgetNotice(event));
      return;
    }
    void deps.stopRunning(event.sessionId, budgetReason(event)).then((stopping) => {
      if (stopping === 0) deps.notify(budgetNotice(event));
    });
  };
}
