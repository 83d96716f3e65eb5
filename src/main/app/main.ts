/**
 * Electron entry: wires the Electron-free runtime to the window, the tray and IPC. No business
 * rules live here; every decision is made by a service that is tested without Electron.
 */
import { join } from 'node:path';
import { app, type BrowserWindow } from 'electron';
import type { Language, Settings } from '../../shared/contract';
import { resolveLanguage } from '../../shared/language';
import { KeyringSecretStore } from '../credentials/keyring-secret-store';
import { startDemoSimulator } from '../demo/demo-simulator';
import { fileSink } from '../log/file-sink';
import { createLogger } from '../log/logger';
import { Redactor } from '../log/redactor';
import { createRuntime, type Runtime } from '../runtime/create-runtime';
import { APP_ORIGIN } from '../security/url-policy';
import type { TrayAction } from '../tray/tray-model';
import { wireIpc } from './ipc';
import { createMainWindow } from './main-window';
import { declareRendererScheme, serveRenderer } from './renderer-protocol';
import { applySecurityPolicy } from './security';
import { AppTray } from './tray';

const devUrl = app.isPackaged ? undefined : process.env.ELECTRON_RENDERER_URL;
const rendererUrl = devUrl ?? `${APP_ORIGIN}/index.html`;
const appOrigin = () => new URL(rendererUrl).origin;

let window: BrowserWindow | null = null;
let tray: AppTray | null = null;
let runtime: Runtime | null = null;
let quitting = false;

function showWindow(hash = ''): void {
  if (!window || window.isDestroyed()) {
    window = createMainWindow(rendererUrl + hash, join(__dirname, '../preload'));
    window.on('close', (event) => {
      // Closing the window keeps Danlu in the tray: a running GPU must stay visible.
      if (!quitting) {
        event.preventDefault();
        window?.hide();
      }
    });
  } else {
    if (hash) void window.webContents.executeJavaScript(`location.hash = ${JSON.stringify(hash)}`);
    window.show();
    window.focus();
  }
}

function onTrayAction(action: TrayAction): void {
  if (action === 'open') showWindow();
  else if (action === 'prices') showWindow('#/prices');
  else if (action === 'quit') app.quit();
}

function language(): Language {
  const settings = runtime?.handlers['settings.get'](undefined, { transport: 'ipc' }) as Settings | undefined;
  return resolveLanguage(settings?.language, app.getLocale());
}

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  declareRendererScheme();
  app.on('second-instance', () => showWindow());
  app.on('before-quit', () => {
    quitting = true;
  });
  app.on('window-all-closed', () => {
    // Stay in the tray.
  });

  void app.whenReady().then(() => {
    const dataDir = app.getPath('userData');
    const redactor = new Redactor();
    const log = createLogger(fileSink(join(dataDir, 'logs', 'danlu.log')), redactor);
    runtime = createRuntime({
      dataDir,
      homeDir: app.getPath('home'),
      env: process.env,
      version: app.getVersion(),
      platform: process.platform,
      locale: app.getLocale(),
      log,
      redactor,
      secretStore: new KeyringSecretStore(),
      demoSimulator: startDemoSimulator,
    });
    applySecurityPolicy(appOrigin);
    serveRenderer(join(__dirname, '../renderer'));
    wireIpc(runtime, () => window);
    tray = new AppTray(join(app.getAppPath(), 'assets'), onTrayAction);
    const model = tray.render({ kind: 'idle' }, language());
    if (process.env.DANLU_TEST_HOOKS === '1') {
      // Native menus cannot be driven by tests; expose the model the tray was built from.
      (globalThis as { __danluTray?: unknown }).__danluTray = model;
    }
    showWindow();
    log.info('Danlu started', { version: app.getVersion(), platform: process.platform });
  });

  app.on('will-quit', () => {
    tray?.destroy();
    void runtime?.dispose();
  });
}
