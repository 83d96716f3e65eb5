/**
 * Electron entry: builds the Electron-free runtime and desktop controller, and gives the
 * controller its ports (tray, windows, dialogs, clipboard, notifications). No decision is made
 * here; each port is a few lines over Electron.
 */
import { join } from 'node:path';
import { app, clipboard } from 'electron';
import { KeyringSecretStore } from '../credentials/keyring-secret-store';
import { MemorySecretStore } from '../credentials/memory-secret-store';
import { DesktopController } from '../desktop/desktop-controller';
import { isSmokeTest } from '../desktop/smoke-test';
import { APP_ORIGIN } from '../desktop/url-policy';
import { fileSink } from '../log/file-sink';
import { createLogger } from '../log/logger';
import { Redactor } from '../log/redactor';
import { createRuntime, type Runtime } from '../runtime/create-runtime';
import { desktopSources } from '../runtime/desktop-sources';
import { appDialogs } from './dialogs';
import { wireIpc } from './ipc';
import { appNotifications } from './notifications';
import { declareRendererScheme, serveRenderer } from './renderer-protocol';
import { applySecurityPolicy } from './security';
import { startSmokeTest, takeTemporaryProfile } from './smoke';
import { demoSimulatorFor, installTestHooks, testHooksEnabled, testSecretStore } from './test-hooks';
import { AppTray } from './tray';
import { AppWindows } from './windows';

const devUrl = app.isPackaged ? undefined : process.env.ELECTRON_RENDERER_URL;
const rendererUrl = devUrl ?? `${APP_ORIGIN}/index.html`;
const smoke = isSmokeTest(process.argv);
const testHooks = testHooksEnabled();
// The smoke test never touches the user's profile, keychain or account: a fresh folder, demo mode.
const profile = smoke ? takeTemporaryProfile() : undefined;

const windows = new AppWindows(rendererUrl, join(__dirname, '../preload'), testHooks ? [] : null);
let runtime: Runtime | null = null;
let controller: DesktopController | null = null;
let tray: AppTray | null = null;

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  declareRendererScheme();
  app.on('second-instance', () => windows.showMain(''));
  app.on('window-all-closed', () => {
    // Stay in the tray.
  });
  app.on('before-quit', (event) => {
    if (!controller || controller.beforeQuit()) {
      windows.closing = true;
      return;
    }
    event.preventDefault();
  });

  void app.whenReady().then(() => {
    const dataDir = app.getPath('userData');
    const redactor = new Redactor();
    const log = createLogger(fileSink(join(dataDir, 'logs', 'danlu.log')), redactor);
    const locale = app.getLocale();
    runtime = createRuntime({
      dataDir,
      homeDir: smoke ? join(dataDir, 'home') : app.getPath('home'),
      env: smoke ? {} : process.env,
      version: app.getVersion(),
      platform: process.platform,
      locale,
      log,
      redactor,
      secretStore: smoke ? new MemorySecretStore() : (testSecretStore(testHooks) ?? new KeyringSecretStore()),
      demoSimulator: demoSimulatorFor(testHooks),
      assetsDir: join(app.getAppPath(), 'assets'),
      openNotebook: (session) => controller?.openNotebook(session) ?? Promise.resolve(false),
    });
    applySecurityPolicy(() => new URL(rendererUrl).origin);
    serveRenderer(join(__dirname, '../renderer'));
    wireIpc(runtime, () => windows.window(), new URL(rendererUrl).origin);
    tray = new AppTray(join(app.getAppPath(), 'assets'), (action) => void controller?.trayAction(action));
    const ports = {
      tray,
      windows,
      dialogs: appDialogs,
      clipboard: { writeText: (text: string) => clipboard.writeText(text) },
      notifications: appNotifications,
      app: { quit: () => app.quit() },
    };
    const desktop = new DesktopController(ports, desktopSources(runtime, { dataDir, locale }));
    controller = desktop;
    runtime.events.subscribe((name, payload) => desktop.onEvent(name, payload as never));
    const trayBuilt = desktop.start();
    windows.showMain('');
    if (testHooks) installTestHooks(runtime, tray, windows);
    if (smoke && profile)
      startSmokeTest({ runtime, windows, tray: () => trayBuilt.then(() => desktop.tray()), profile });
    else void runtime.services.sessions.startupCheck();
    log.info('Danlu started', { version: app.getVersion(), platform: process.platform, smoke });
  });

  app.on('will-quit', () => {
    tray?.destroy();
    void runtime?.dispose();
  });
}
