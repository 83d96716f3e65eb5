/**
 * Electron entry: wires the Electron-free runtime to the window, the tray, notifications, the
 * notebook window and IPC. No business rules live here; every decision is made by a service or
 * a pure model that is tested without Electron.
 */
import { join } from 'node:path';
import { app, type BrowserWindow, clipboard, dialog } from 'electron';
import type { Language, Settings } from '../../shared/contract';
import { resolveLanguage } from '../../shared/language';
import type { MeterView } from '../../shared/meter';
import { startDemoSimulator } from '../cloud/demo-simulator';
import { KeyringSecretStore } from '../credentials/keyring-secret-store';
import { quitNeedsConfirm, type TrayAction, type TrayModel, trayModel } from '../desktop/tray-model';
import { sshCommand, type TraySources, trayState } from '../desktop/tray-state';
import { APP_ORIGIN } from '../desktop/url-policy';
import { fileSink } from '../log/file-sink';
import { createLogger } from '../log/logger';
import { Redactor } from '../log/redactor';
import { createRuntime, type Runtime } from '../runtime/create-runtime';
import type { Services } from '../runtime/services';
import { wireIpc } from './ipc';
import { createMainWindow } from './main-window';
import { closeNotebookWindow, openNotebookWindow } from './notebook-window';
import { notify } from './notifications';
import { declareRendererScheme, serveRenderer } from './renderer-protocol';
import { applySecurityPolicy } from './security';
import { AppTray } from './tray';

const devUrl = app.isPackaged ? undefined : process.env.ELECTRON_RENDERER_URL;
const rendererUrl = devUrl ?? `${APP_ORIGIN}/index.html`;
const appOrigin = () => new URL(rendererUrl).origin;
const testHooks = process.env.DANLU_TEST_HOOKS === '1';

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

function language(): Language {
  const settings = runtime?.settings.get() as Settings | undefined;
  return resolveLanguage(settings?.language, app.getLocale());
}

async function openNotebook(sessionId: string): Promise<boolean> {
  if (!runtime) return false;
  const session = (await runtime.services.sessions.manager()).get(sessionId);
  const instanceId = session.resources.instanceId;
  if (!session.notebook || !instanceId) return false;
  openNotebookWindow({
    sessionId,
    instanceId,
    title: `${session.name} — Jupyter (${session.instanceType ?? ''})`,
    url: session.notebook.url,
    fingerprint256: session.notebook.fingerprint256,
    token: await runtime.services.notebookTokens.get(instanceId),
  });
  return true;
}

async function onTrayAction(action: TrayAction): Promise<void> {
  if (!runtime) return;
  const services = runtime.services;
  const manager = await services.sessions.manager();
  const state = await trayState(traySources(services));
  const id = state.session?.id;
  try {
    if (action === 'open') showWindow();
    else if (action === 'prices') showWindow('#/prices');
    else if (action === 'quit') app.quit();
    else if (action === 'launchLast') showWindow('#/launch?last=1');
    else if (action === 'release' && id) showWindow(`#/session?id=${id}&release=1`);
    else if (action === 'openNotebook' && id) await openNotebook(id);
    else if (action === 'copySsh' && state.session?.resources.publicIp) {
      const s = state.session;
      clipboard.writeText(
        sshCommand(
          s.name,
          s.resources.publicIp as string,
          join(app.getPath('userData'), 'keys', 'danlu_rsa'),
          runtime.settings.get().sshConfig,
        ),
      );
    } else if (action === 'stop' && id) await manager.stop(id);
    else if (action === 'start' && id) await manager.start(id);
    else if (action === 'cancel' && id) await manager.cancel(id);
    else if (action === 'recover' && id) manager.recover(id);
  } catch (error) {
    runtime.log.warn('tray action failed', { action, error });
    showWindow(id ? `#/session?id=${id}` : '');
  }
}

function traySources(services: Services): TraySources {
  return {
    sessions: async () => (await services.sessions.manager()).list(),
    hasLastPlan: async () => (await services.sessions.manager()).lastPlan() !== undefined,
    demo: async () => (await services.cloud.get()).demo,
    meter: () => services.meter.view(),
  };
}

let lastMeter: MeterView | undefined;
async function refreshTray(meter?: MeterView): Promise<void> {
  if (!runtime || !tray) return;
  if (meter) lastMeter = meter;
  const model: TrayModel = trayModel(await trayState(traySources(runtime.services), lastMeter), language());
  tray.render(model);
  // Native menus cannot be driven by tests; expose the model and a way to pick an item.
  if (testHooks)
    Object.assign(globalThis, {
      __danluTray: model,
      __danluTrayAction: onTrayAction,
      __danluOpenNotebook: openNotebookWindow,
    });
}

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  declareRendererScheme();
  app.on('second-instance', () => showWindow());
  app.on('window-all-closed', () => {
    // Stay in the tray.
  });
  app.on('before-quit', (event) => {
    if (quitting || !runtime) return;
    const sessions = runtime.services.sessions.manager();
    event.preventDefault();
    void sessions.then((manager) => {
      const zh = language() === 'zh-CN';
      const ask = quitNeedsConfirm(manager.list());
      const answer = ask
        ? dialog.showMessageBoxSync({
            type: 'warning',
            buttons: zh ? ['仍然退出', '取消'] : ['Quit anyway', 'Cancel'],
            defaultId: 1,
            cancelId: 1,
            message: zh ? 'GPU 仍在运行' : 'A GPU is still running',
            detail: zh
              ? '退出丹炉不会停止实例，它会继续计费。建议先停止或释放。'
              : 'Quitting Danlu does not stop the instance: it keeps billing. Stop or release it first.',
          })
        : 0;
      if (answer === 0) {
        quitting = true;
        app.quit();
      }
    });
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
      assetsDir: join(app.getAppPath(), 'assets'),
      openNotebook: (session) => openNotebook(session.id),
    });
    applySecurityPolicy(appOrigin);
    serveRenderer(join(__dirname, '../renderer'));
    wireIpc(runtime, () => window);
    tray = new AppTray(join(app.getAppPath(), 'assets'), (action) => void onTrayAction(action));
    runtime.events.subscribe((name, payload) => {
      if (name === 'meter.tick') void refreshTray(payload as MeterView);
      else if (name === 'sessions.changed') {
        const session = payload as { id: string; phase: string };
        if (['released', 'failed', 'interrupted'].includes(session.phase)) closeNotebookWindow(session.id);
        void refreshTray();
      } else if (name === 'app.notice') {
        notify(payload as Parameters<typeof notify>[0], language(), () => showWindow('#/session'));
      }
    });
    void refreshTray();
    void runtime.services.sessions.startupCheck();
    showWindow();
    log.info('Danlu started', { version: app.getVersion(), platform: process.platform });
  });

  app.on('will-quit', () => {
    tray?.destroy();
    void runtime?.dispose();
  });
}
