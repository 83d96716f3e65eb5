import { type BrowserWindow, ipcMain } from 'electron';
import { EVENT_CHANNEL } from '../../shared/envelope';
import { createDispatch } from '../ipc/dispatch';
import { register } from '../ipc/register';
import type { Runtime } from '../runtime/create-runtime';

/**
 * Wires the contract to ipcMain: only the main frame of our own window may call, and events
 * from the services are forwarded to that window.
 */
export function wireIpc(runtime: Runtime, window: () => BrowserWindow | null): () => void {
  const unregister = register(ipcMain, createDispatch(runtime.handlers, runtime.log), (event) => {
    const win = window();
    return win !== null && event.sender === win.webContents && event.senderFrame === win.webContents.mainFrame;
  });
  const unsubscribe = runtime.events.subscribe((name, payload) => {
    const win = window();
    if (win && !win.isDestroyed()) win.webContents.send(EVENT_CHANNEL, name, payload);
  });
  return () => {
    unregister();
    unsubscribe();
  };
}
