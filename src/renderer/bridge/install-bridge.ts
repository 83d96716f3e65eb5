/**
 * In a plain browser (development and browser tests) there is no preload: this shim gives the
 * page the same `window.danlu`, talking to the development bridge over a WebSocket.
 */
import { buildApi } from '../../shared/api';
import type { EventName } from '../../shared/contract';
import type { Envelope } from '../../shared/envelope';

const BRIDGE_PATH = '/danlu-bridge';

type Pending = { resolve: (envelope: Envelope) => void };

export async function installBridge(): Promise<void> {
  const url = `${location.protocol === 'https:' ? 'wss' : 'ws'}://${location.host}${BRIDGE_PATH}`;
  const socket = new WebSocket(url);
  const pending = new Map<number, Pending>();
  const listeners = new Map<string, Set<(payload: unknown) => void>>();
  let nextId = 1;

  await new Promise<void>((resolve, reject) => {
    socket.addEventListener('open', () => resolve(), { once: true });
    socket.addEventListener('error', () => reject(new Error(`Cannot reach the Danlu bridge at ${url}`)), {
      once: true,
    });
  });

  socket.addEventListener('message', (message) => {
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
  });

  const lost: Envelope = {
    ok: false,
    error: { code: 'bridge_closed', text: { en: 'The connection to Danlu was lost.', zh: '与丹炉的连接已断开。' } },
  };
  socket.addEventListener('close', () => {
    for (const p of pending.values()) p.resolve(lost);
    pending.clear();
  });

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
