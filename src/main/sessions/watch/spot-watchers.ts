import type { SessionDeps } from '../session-deps';
import { type SpotWatchEvent, watchSpot } from './spot-watch';

/** One spot watch per running instance, each stopped on its own or all at once at shutdown. */
export class SpotWatchers {
  private readonly watchers = new Map<string, AbortController>();

  constructor(
    private readonly deps: SessionDeps,
    private readonly onEvent: (sessionId: string, event: SpotWatchEvent) => void,
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
      (event) => this.onEvent(sessionId, event),
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
