import type { EventName, PayloadOf } from '../../shared/contract';

export type EventListener = (name: EventName, payload: unknown) => void;

/** Services emit typed events here; each transport (IPC, bridge) subscribes and forwards. */
export class EventBus {
  private readonly listeners = new Set<EventListener>();

  emit<E extends EventName>(name: E, payload: PayloadOf<E>): void {
    for (const listener of this.listeners) {
      try {
        listener(name, payload);
      } catch {
        // One broken transport must not stop the others.
      }
    }
  }

  subscribe(listener: EventListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
}
