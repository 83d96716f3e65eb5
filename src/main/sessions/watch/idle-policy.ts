import type { SessionView } from '../../../shared/session';
import type { AutoReason } from '../session-deps';
import { idleReason } from './auto-reason';

/**
 * What Danlu does with a notebook idle for the set time: it stops its session, saying why (the
 * minutes without activity against the limit) in the session log and the notices.
 */
export function idleStopPolicy(deps: {
  minutes: () => number;
  stop: (sessionId: string, reason: AutoReason) => Promise<unknown>;
}): (session: SessionView, idleMinutes: number) => Promise<void> {
  return async (session, idleMinutes) => {
    await deps.stop(session.id, idleReason(idleMinutes, deps.minutes()));
  };
}
