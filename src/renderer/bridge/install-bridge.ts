/**
 * In a plain browser (development and browser tests) there is no preload: this shim gives the
 * page the same `window.danlu`, talking to the development bridge over a WebSocket. When the
 * socket closes (the bridge or its process went away) it says so at once and keeps trying to
 * connect again; the window shows "connection lost" meanwhile.
 */
import { buildApi } from '../../shared/api';
import type { EventName } from '../../shared/contract';
import type { Envelope } from '../../shared/envelope';
import { inBoth } from '../../shared/words/message';
import { connection } from '../lib/connection';

const BRIDGE_PATH = '/danlu-bridge';
/** How often a lost connection is tried again. */
const RETRY_MS = 2000;

type Pending = { resolve: (envelope: Envelope) => void };

const lost: Envelope = {
  ok: false,
  error: {
    code: 'bridge_closed',
    text: inBoth('shell.connection.lost'),
    retryable: true,
  },
};

function open(url: string): Promise<WebSocket> {
  return new Promise((resolve, reject) => {
    const socket = new WebSocket(url);
    socket.addEventListener('open', () => resolve(socket), { once: true });
    socket.addEventListener('error', () => reject(new Error(`Cannot reach the Danlu bridge at ${url}`)), {
      once: true,
    });
  });
}

export async function installBridge(): Promise<void> {
  // The bridge serves this page under a secret path made for its run; the socket lives beside it.
  const base = location.pathname.replace(/\/[^/]*$/, '');
  const url = `${location.protocol === 'https:' ? 'wss' : 'ws'}://${location.host}${base}${BRIDGE_PATH}`;
  const pending = new Map<number, Pending>();
  const listeners = new Map<string, Set<(payload: unknown) => void>>();
  let nextId = 1;
  let socket = await open(url);
  let timer: ReturnType<typeof setTimeout> | undefined;
  let trying = false;

  const onMessage = (message: MessageEvent) => {
    const data = JSON.parse(String(message.data)) as {
      id?: number | null;
      envelope?: Envelope;
      event?: string;
      payload?: unknown;
    };
    if (data.event) {
      for (const listener of listeners.get(data.event) ?? []) listener(data.payload);
    } else if (typeof data.id === 'number' && data.envelope) {
      pending.get(data.id)?.resolve(data.envelope);
      pending.delete(data.id);
    }
  };

  const tryAgain = async () => {
    if (trying || socket.readyState === WebSocket.OPEN) return;
    trying = true;
    clearTimeout(timer);
    try {
      watch(await open(url));
      connection.report('connected');
    } catch {
      timer = setTimeout(() => void tryAgain(), RETRY_MS);
    } finally {
      trying = false;
    }
  };

  const watch = (next: WebSocket) => {
    socket = next;
    next.addEventListener('message', onMessage);
    next.addEventListener('close', () => {
      for (const p of pending.values()) p.resolve(lost);
      pending.clear();
      connection.report('lost');
      timer = setTimeout(() => void tryAgain(), RETRY_MS);
    });
  };
  watch(socket);
  connection.onRetry(() => void tryAgain());

  window.danlu = buildApi({
    send(name, input) {
      if (socket.readyState !== WebSocket.OPEN) return Promise.resolve(lost);
      const id = nextId++;
      return new Promise<Envelope>((resolve) => {
        pending.set(id, { resolve });
        socket.send(JSON.stringify({ id, name, input }));
      });
    },
    subscribe(name: EventName, listener) {
      const set = listeners.get(name) ?? new Set();
      listeners.set(name, set);
      set.add(listener);
      return () => set.delete(listener);
    },
    language: () => document.documentElement.lang || navigator.language,
  });
}
