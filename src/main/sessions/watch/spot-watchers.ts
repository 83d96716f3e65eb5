import type { SessionDeps, SessionNotice } from '../session-deps';
import { applySpotEvent, watchSpot } from './spot-watch';

/** One spot watch per running instance, each stopped on its own or all at once at shutdown. */
export class SpotWatchers {
  private readonly watchers = new Map<string, AbortController>();

  constructor(
    private readonly deps: SessionDeps,
    private readonly notify: (kind: SessionNotice['kind'], sessionId: string) => void,
  ) {}

  /** Starts watching the session's instance; nothing when it has none or is watched already. */
  start(sessionId: string, regionId: string, instanceId: string | undefined): void {
    if (!instanceId || this.watchers.has(sessionId)) return;
    const controller = new AbortController();
    this.watchers.set(sessionId, controller);
    void watchSpot(
      this.deps.api,
      this.deps.clock,
      { regionId, instanceId },
      (event) => {
        const notice = applySpotEvent(this.deps, sessionId, event);
        if (notice) this.notify(notice, sessionId);
      },
      controller.signal,
    ).finally(() => {
      if (this.watchers.get(sessionId) === controller) this.watchers.delete(sessionId);
    });
  }

  stop(sessionId: string): void {
    this.watchers.get(sessionId)?.abort();
    this.watchers.delete(sessionId);
  }

  stopAll(): void {
    for (const controller of this.watchers.values()) controller.abort();
    this.watchers.clear();
  }
}
