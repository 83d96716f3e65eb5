import { useEffect, useState } from 'react';
import type { SessionView } from '../../shared/session';
import { danlu } from './danlu';
import { useDanluEvent } from './use-event';

/** Newest first, as the journal keeps them. */
function newestFirst(a: SessionView, b: SessionView): number {
  return b.createdAt.localeCompare(a.createdAt);
}

/** Every session, kept current by `sessions.changed` events. */
export function useSessions(): { sessions: SessionView[] | undefined; error: unknown; upsert(s: SessionView): void } {
  const [sessions, setSessions] = useState<SessionView[]>();
  const [error, setError] = useState<unknown>(null);
  const upsert = (changed: SessionView) =>
    setSessions((list) => [...(list ?? []).filter((s) => s.id !== changed.id), changed].sort(newestFirst));
  useDanluEvent('sessions.changed', upsert);
  useEffect(() => {
    let live = true;
    danlu()
      .sessions.list()
      .then((list) => {
        if (!live) return;
        // Events may have arrived while the list was on its way: they are newer.
        setSessions((seen) => {
          const byId = new Map(list.map((s) => [s.id, s]));
          for (const s of seen ?? []) byId.set(s.id, s);
          return [...byId.values()].sort(newestFirst);
        });
      })
      .catch((e: unknown) => live && setError(e));
    return () => {
      live = false;
    };
  }, []);
  return { sessions, error, upsert };
}
