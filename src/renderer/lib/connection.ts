/**
 * Whether the window can reach Danlu's services. The transport says so when it knows (the
 * bridge's socket closed); a heartbeat finds out otherwise (a main process that hangs).
 */
export type ConnectionState = 'connected' | 'lost';

type Listener = (state: ConnectionState) => void;

let state: ConnectionState = 'connected';
const listeners = new Set<Listener>();
/** Set by a transport that can connect again on request (the bridge). */
let reconnect: (() => void) | undefined;

export const connection = {
  get state(): ConnectionState {
    return state;
  },
  report(next: ConnectionState): void {
    if (next === state) return;
    state = next;
    for (const listener of listeners) listener(state);
  },
  subscribe(listener: Listener): () => void {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
  /** The transport's way of trying again at once. */
  onRetry(run: () => void): void {
    reconnect = run;
  },
  retry(): void {
    reconnect?.();
  },
};
