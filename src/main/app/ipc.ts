import { type BrowserWindow, ipcMain, type WebFrameMain } from 'electron';
import { EVENT_CHANNEL } from '../../shared/envelope';
import { createDispatch } from '../api/dispatch';
import { register } from '../api/register';
import { isTrustedSender } from '../desktop/ipc-sender';
import type { Runtime } from '../runtime/create-runtime';

/**
 * Wires the contract to ipcMain: only the main frame of our own window, showing our own page,
 * may call; events from the services are forwarded to that window.
 */
export function wireIpc(runtime: Runtime, window: () => BrowserWindow | null, appOrigin: string): () => void {
  const unregister = register(ipcMain, createDispatch(runtime.handlers, runtime.log), (event) => {
    const win = window();
    const frame = event.senderFrame as WebFrameMain | null;
    return isTrustedSender(
      {
        ownWindow: win !== null && event.sender === win.webContents,
        mainFrame: win !== null && frame === win.webContents.mainFrame,
        frameUrl: frame?.url,
      },
      appOrigin,
    );
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
