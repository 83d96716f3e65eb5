import type { SessionNoticeKind } from '../../../shared/contract';
import type { Plan, SessionView } from '../../../shared/session';
import { type Message, msg } from '../../../shared/words/message';
import type { AutoReason, SessionDeps } from '../session-deps';

/**
 * Writes what Danlu does on its own and why to the session's log, and tells the user (the
 * window's notices and a system notification), before the action runs: `action` names it
 * ("Stopping on its own"), the reason carries its figure; `notice` is the kind of notice given
 * (`auto`, or the session's own news such as `reclaim`, which then says why).
 */
export function announceAuto(
  deps: Pick<SessionDeps, 'onLog' | 'onNotice'>,
  session: SessionView,
  action: Message,
  reason: AutoReason,
  notice: SessionNoticeKind = 'auto',
): void {
  logAuto(deps, session.id, action, reason);
  deps.onNotice?.({ kind: notice, session, action, reason });
}

/** Only the session log's line: for what a notice that follows anyway says (a stop's own notice). */
export function logAuto(
  deps: Pick<SessionDeps, 'onLog'>,
  sessionId: string,
  action: Message,
  reason: AutoReason,
): void {
  deps.onLog(sessionId, msg('session.auto.line', { what: { msg: action }, why: { msg: reason.why } }));
}

/** The notebook saw no activity for `idleMinutes`, at or past the limit. */
export function idleReason(idleMinutes: number, limitMinutes: number): AutoReason {
  return { rule: 'idle', why: msg('session.reason.idle', { idle: Math.floor(idleMinutes), limit: limitMinutes }) };
}

/** The cloud's reclaim notice, seen at `noticedAt`: the earliest release and the bid it was bought with. */
export function reclaimReason(plan: Pick<Plan, 'spot'>, noticedAt: string, deadline: string): AutoReason {
  const bid =
    plan.spot.strategy === 'SpotWithPriceLimit'
      ? msg('session.reason.bidLimit', { limit: { yuan: plan.spot.priceLimit, digits: 3 } })
      : msg('session.reason.bidMarket');
  return {
    rule: 'reclaim',
    why: msg('session.reason.reclaim', {
      noticed: { time: noticedAt },
      deadline: { time: deadline },
      bid: { msg: bid },
    }),
  };
}

/** The cloud released the reclaimed spot instance at `at`. */
export function reclaimedReason(at: string): AutoReason {
  return { rule: 'reclaim', why: msg('session.reason.reclaimed', { at: { time: at } }) };
}

/** Asked to stop in economical mode, the cloud stopped `instanceType` in `mode`: its compute still bills. */
export function stopModeReason(instanceType: string, mode: string): AutoReason {
  return { rule: 'stopMode', why: msg('session.reason.stopMode', { type: instanceType, mode }) };
}
