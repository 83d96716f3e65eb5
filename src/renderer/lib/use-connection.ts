import { useEffect, useSyncExternalStore } from 'react';
import { type ConnectionState, connection } from './connection';
import { danlu } from './danlu';

/** How often the window makes sure Danlu still answers, and how long an answer may take. */
const HEARTBEAT_MS = 2000;
const ANSWER_MS = 3000;

async function answers(): Promise<boolean> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise<false>((resolve) => {
    timer = setTimeout(() => resolve(false), ANSWER_MS);
  });
  try {
    return await Promise.race([
      danlu()
        .app.ping({ message: 'heartbeat' })
        .then(() => true)
        .catch(() => false),
      late,
    ]);
  } finally {
    clearTimeout(timer);
  }
}

function subscribe(onChange: () => void): () => void {
  return connection.subscribe(onChange);
}

function snapshot(): ConnectionState {
  return connection.state;
}

/**
 * The connection to Danlu's services, kept current: the transport reports what it knows, and
 * a heartbeat notices a backend that stopped answering without closing anything.
 */
export function useConnection(): ConnectionState {
  // An external store: a change reported between the first render and the subscription (the
  // socket closing while the window mounts) is not missed.
  const state = useSyncExternalStore(subscribe, snapshot);
  useEffect(() => {
    let stopped = false;
    const beat = async () => {
      if (stopped) return;
      connection.report((await answers()) ? 'connected' : 'lost');
      if (!stopped) timer = setTimeout(() => void beat(), HEARTBEAT_MS);
    };
    let timer = setTimeout(() => void beat(), HEARTBEAT_MS);
    return () => {
      stopped = true;
      clearTimeout(timer);
    };
  }, []);
  return state;
}
