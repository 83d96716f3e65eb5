import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { app, type WebContents } from 'electron';
import type { AppInfo } from '../../shared/contract';
import { runSmokeTest } from '../desktop/smoke-test';
import type { TrayModel } from '../desktop/tray-model';
import type { Runtime } from '../runtime/create-runtime';
import type { AppWindows } from './windows';

/** Must run before `app.ready`: the smoke test's profile is a fresh folder, removed at the end. */
export function takeTemporaryProfile(): string {
  const dir = mkdtempSync(join(tmpdir(), 'danlu-smoke-'));
  app.setPath('userData', dir);
  return dir;
}

function loaded(contents: WebContents): Promise<void> {
  if (!contents.isLoading() && contents.getURL() !== '') return Promise.resolve();
  return new Promise((resolve, reject) => {
    contents.once('did-finish-load', () => resolve());
    contents.once('did-fail-load', (_event, code, description) =>
      reject(new Error(`the window did not load the renderer: ${description} (${code})`)),
    );
  });
}

/** `danlu --smoke-test` over the real window and tray; what to print and when is decided in desktop/smoke-test. */
export function startSmokeTest(options: {
  runtime: Runtime;
  windows: AppWindows;
  tray: () => Promise<TrayModel>;
  profile: string;
}): void {
  const contents = () => {
    const window = options.windows.window();
    if (!window) throw new Error('there is no app window');
    return window.webContents;
  };
  void runSmokeTest({
    windowLoaded: () => loaded(contents()),
    windowTitle: () => options.windows.window()?.getTitle() ?? '',
    rendererInfo: () => contents().executeJavaScript('window.danlu.app.info()') as Promise<AppInfo>,
    trayBuilt: options.tray,
    wait: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
    print: (line) => process.stdout.write(`${line}\n`),
    exit: (code) => {
      const settle = new Promise((resolve) => setTimeout(resolve, 5000));
      void Promise.race([options.runtime.dispose(), settle]).finally(() => {
        rmSync(options.profile, { recursive: true, force: true });
        app.exit(code);
      });
    },
  });
}
