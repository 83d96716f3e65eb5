import { isoSeconds } from '../api/time-format';

/** Something the simulator did on its own (reclaim notices, releases, host failures), for the admin API. */
export interface SimEvent {
  at: number;
  time: string;
  type: string;
  resourceId: string;
  detail: string;
}

export class EventLog {
  private events: SimEvent[] = [];

  add(at: number, type: string, resourceId: string, detail = ''): void {
    this.events.push({ at, time: isoSeconds(at), type, resourceId, detail });
    if (this.events.length > 5000) this.events.splice(0, this.events.length - 5000);
  }

  list(): SimEvent[] {
    return [...this.events];
  }

  restore(events: SimEvent[]): void {
    this.events = [...events];
  }

  clear(): void {
    this.events = [];
  }
}
