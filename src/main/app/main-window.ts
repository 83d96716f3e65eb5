import { join } from 'node:path';
import { BrowserWindow } from 'electron';

/** The one app window; its preload exposes the contract and nothing else. */
export function createMainWindow(url: string, preloadDir: string): BrowserWindow {
  const window = new BrowserWindow({
    width: 1280,
    height: 820,
    minWidth: 880,
    minHeight: 600,
    title: 'Danlu 丹炉',
    show: false,
    autoHideMenuBar: true,
    webPreferences: {
      preload: join(preloadDir, 'index.js'),
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      spellcheck: false,
    },
  });
  window.once('ready-to-show', () => window.show());
  void window.loadURL(url);
  return window;
}
