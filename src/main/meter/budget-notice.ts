import type { Notice } from '../../shared/contract/app';
import { msg } from '../../shared/words/message';
import { noticeOf } from '../sessions';
import type { BudgetEvent } from './budget-guard';

/** The budget's notices replace each other (one card per session or month), never pile up. */
export function budgetNotice(event: BudgetEvent): Notice {
  const budget = { msg: msg(event.scope === 'session' ? 'notice.budget.session' : 'notice.budget.month') };
  const name = event.name ?? { msg: msg('notice.budget.monthName') };
  const figures = { name, used: { yuan: event.used }, limit: { yuan: event.budget } };
  const extra = { kind: 'budget' as const, sessionId: event.sessionId, key: `budget:${event.sessionId ?? 'month'}` };
  if (event.kind === 'warn') {
    return noticeOf(
      'warning',
      msg('notice.budget.warnTitle', { budget }),
      msg('notice.budget.warnBody', figures),
      extra,
    );
  }
  // A "stop" budget tells through the sessions it stops; this notice is for when none was running.
  const body = event.action === 'stop' ? 'notice.budget.nothingToStop' : 'notice.budget.askBody';
  return noticeOf('warning', msg('notice.budget.askTitle', { budget }), msg(body, figures), extra);
}
