import type { Notice } from '../../../shared/contract';
import type { SessionView } from '../../../shared/session';
import { idleNotice } from '../session-notices';

/** What Danlu does with a notebook idle for the set time: tells the user, then stops its session. */
export function idleStopPolicy(deps: {
  notify: (notice: Notice) => void;
  minutes: () => number;
  stop: (sessionId: string) => Promise<unknown>;
}): (session: SessionView) => Promise<void> {
  return async (session) => {
    deps.notify(idleNotice(session, deps.minutes()));
    await deps.stop(session.id);
  };
}
