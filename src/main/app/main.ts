/**
 * Electron entry: builds the Electron-free runtime and desktop controller, and gives the
 * controller its ports (tray, windows, dialogs, clipboard, notifications, the browser and file
 * manager, login items) and the runtime electron-updater's. No decision is made here; each port
 * is a few lines over Electron, and the second start, links and the quit go to the controller.
 */
import { homedir } from 'node:os';
import { join } from 'node:path';
import { app, clipboard } from 'electron';
import { resolveLanguage } from '../../shared/language';
import { msg, renderMessage } from '../../shared/words/message';
import { KeyringSecretStore } from '../credentials/keyring-secret-store';
import { MemorySecretStore } from '../credentials/memory-secret-store';
import { autostartDir } from '../desktop/autostart-file';
import { linkInArgs } from '../desktop/deep-link';
import { DesktopController } from '../desktop/desktop-controller';
import { launchCommand } from '../desktop/login-item';
import { isSmokeTest } from '../desktop/smoke-test';
import { probeTrayHost } from '../desktop/tray-host';
import { APP_ORIGIN, APP_SCHEME } from '../desktop/url-policy';
import { fileSink } from '../log/file-sink';
import { createLogger } from '../log/logger';
import { Redactor } from '../log/redactor';
import { createRuntime, type Runtime } from '../runtime/create-runtime';
import { desktopSources } from '../runtime/desktop-sources';
import { appDialogs, askDiagnosticsPath, pickPaths } from './dialogs';
import { appExternal } from './external';
import { wireIpc } from './ipc';
import { appLoginItem } from './login-item';
import { appNotifications } from './notifications';
import { declareRendererScheme, serveRenderer } from './renderer-protocol';
import { applySecurityPolicy } from './security';
import { startSmokeTest, takeTemporaryProfile } from './smoke';
import { demoSimulatorFor, installTestHooks, testHooksEnabled, testSecretStore } from './test-hooks';
import { AppTray } from './tray';
import { appUpdater } from './updater';
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
/** danlu:// links handed over (by macOS, or a second start) before the controller exists. */
const early: string[] = [];

// One Danlu per profile (two would run two meters and two spot watches over one journal); the
// smoke test runs in a profile of its own. A second start hands its arguments over and leaves.
if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  declareRendererScheme();
  // Installed copies open danlu:// links (a run from the sources leaves the system's handler alone).
  if (app.isPackaged && !smoke) app.setAsDefaultProtocolClient(APP_SCHEME);
  app.on('second-instance', (_event, argv) => {
    const link = linkInArgs(argv);
    if (controller) controller.secondInstance(argv);
    else if (link) early.push(link);
  });
  app.on('open-url', (event, url) => {
    event.preventDefault();
    if (controller) controller.openLink(url);
    else early.push(url);
  });
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
    const { updater, installer } = appUpdater(log);
    const trayHost = probeTrayHost(process.platform, process.env);
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
      transport: 'ipc',
      trayHost: () => trayHost,
      updater,
      installer,
      diagnosticsTarget: (name) => {
        const language = resolveLanguage(runtime?.settings.get().language, locale);
        return askDiagnosticsPath(name, renderMessage(msg('desktop.diagnostics.saveTitle'), language));
      },
      pickPaths,
      openPinned: (page) => Promise.resolve(controller?.openPinned(page) ?? false),
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
      external: appExternal,
      loginItem: appLoginItem(autostartDir(process.env, homedir())),
    };
    const desktop = new DesktopController(
      ports,
      desktopSources(runtime, {
        dataDir,
        locale,
        version: app.getVersion(),
        platform: process.platform,
        launchCommand: launchCommand({
          packaged: app.isPackaged,
          execPath: process.execPath,
          appPath: app.getAppPath(),
          appImage: process.env.APPIMAGE,
        }),
        trayHost: () => trayHost,
      }),
    );
    controller = desktop;
    runtime.events.subscribe((name, payload) => desktop.onEvent(name, payload as never));
    const trayBuilt = desktop.start();
    if (testHooks) installTestHooks(runtime, tray, windows);
    if (smoke && profile) {
      windows.showMain('');
      startSmokeTest({ runtime, windows, tray: () => trayBuilt.then(() => desktop.tray()), profile });
    } else {
      const openedAtLogin = process.platform === 'darwin' && app.getLoginItemSettings().wasOpenedAtLogin;
      void desktop.launched({ argv: process.argv, openedAtLogin }).then(() => {
        for (const url of early.splice(0)) desktop.openLink(url);
      });
      runtime.updates.start();
      void runtime.services.startupCheck();
    }
    log.info('Danlu started', { version: app.getVersion(), platform: process.platform, smoke });
  });

  app.on('will-quit', () => {
    tray?.destroy();
    void runtime?.dispose();
  });
}
