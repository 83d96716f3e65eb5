/// <reference lib="dom" />
/**
 * Exposes exactly the contract as `window.danlu` — nothing else crosses into the page.
 * Error envelopes become thrown Errors; events arrive through `danlu.on(name, listener)`.
 */
import { contextBridge, ipcRenderer, webUtils } from 'electron';
import { buildApi } from '../shared/api';
import { isEventName } from '../shared/contract';
import { type Envelope, EVENT_CHANNEL, REQUEST_CHANNEL } from '../shared/envelope';

type Listener = (payload: unknown) => void;
const listeners = new Map<string, Set<Listener>>();

ipcRenderer.on(EVENT_CHANNEL, (_event, name: unknown, payload: unknown) => {
  if (typeof name !== 'string') return;
  for (const listener of listeners.get(name) ?? []) listener(payload);
});

const api = buildApi({
  send: (name, input) => ipcRenderer.invoke(REQUEST_CHANNEL, name, input) as Promise<Envelope>,
  subscribe(name, listener) {
    if (!isEventName(name)) throw new Error(`Unknown event "${String(name)}"`);
    const set = listeners.get(name) ?? new Set<Listener>();
    listeners.set(name, set);
    set.add(listener);
    return () => set.delete(listener);
  },
  language: () => document.documentElement.lang || navigator.language,
});

// Besides the contract, one lookup: where a file dropped on the window lives (for uploads by drop).
contextBridge.exposeInMainWorld('danlu', { ...api, pathOf: (file: File) => webUtils.getPathForFile(file) });
