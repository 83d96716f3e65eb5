import type { Notice } from '../../shared/contract';
import type { BudgetEvent } from './budget-guard';
import { budgetNotice } from './budget-notice';

/**
 * What Danlu does when a budget is near or reached: it always tells the user, and a reached
 * budget whose action is "stop" stops the session it names (every running one for the month).
 */
export function budgetPolicy(deps: {
  notify: (notice: Notice) => void;
  stopRunning: (sessionId?: string) => Promise<void>;
}): (event: BudgetEvent) => void {
  return (event) => {
    deps.notify(budgetNotice(event));
    if (event.kind === 'reached' && event.action === 'stop') void deps.stopRunning(event.sessionId);
  };
}
