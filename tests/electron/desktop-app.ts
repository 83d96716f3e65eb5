import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { type ElectronApplication, _electron as electron, type Page } from '@playwright/test';
import type { NotebookEvent } from '../../src/main/app/notebook-window';
import type { NativeTrayView, TestHooks } from '../../src/main/app/test-hooks';
import type { NotebookTarget } from '../../src/main/desktop/ports';
import type { TrayAction } from '../../src/main/desktop/tray-model';
import { testInstant } from '../support/test-instant';

export interface DesktopApp {
  app: ElectronApplication;
  window: Page;
  /** The fresh profile this run uses (a second start with the same one meets the single-instance lock). */
  userDataDir: string;
  /** The arguments a start of this app takes before its own: the app's folder and the profile. */
  baseArgs: string[];
  /** The native tray as Electron holds it: its menu's items and the image it loaded. */
  tray(): Promise<NativeTrayView>;
  /** The native menu's status line, and its actions with whether each is enabled: "stop:on" (separators left out). */
  items(): Promise<string[]>;
  /** The label of the native menu's first item. */
  status(): Promise<string>;
  /** Clicks the native menu item of an action (refused when it is not enabled). */
  click(action: TrayAction): Promise<void>;
  /** Waits until the app's process has ended, and how: its exit code and the signal that ended it, if any. */
  exited(): Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  request(name: string, input?: unknown): Promise<unknown>;
  openNotebook(target: NotebookTarget): Promise<void>;
  notebookEvents(): Promise<NotebookEvent[]>;
  /** The Help submenu's actions, as "checkUpdates:off". */
  help(): Promise<string[]>;
  /** Answers the next "Quit anyway?" question: true quits, false cancels; records what was asked. */
  answerQuit(quit: boolean): Promise<void>;
  asked(): Promise<string[]>;
}

type Global = typeof globalThis & { __danlu: TestHooks; __danluAsked?: string[] };

/**
 * Starts the app from the sources with a fresh profile and the test hooks on (they read and
 * click the tray, which is a native menu nothing else can drive), its demo cloud at the test instant.
 */
export async function startDesktopApp(
  executablePath: string,
  env: Record<string, string> = {},
  extraArgs: string[] = [],
): Promise<DesktopApp> {
  const clean = Object.fromEntries(
    Object.entries(process.env).filter(([k, v]) => v !== undefined && !k.startsWith('ALIYUN_')),
  ) as Record<string, string>;
  const userDataDir = mkdtempSync(join(tmpdir(), 'danlu-e2e-'));
  const baseArgs = [resolve(__dirname, '../..'), `--user-data-dir=${userDataDir}`];
  const app = await electron.launch({
    executablePath,
    args: [...baseArgs, ...extraArgs],
    env: {
      ...clean,
      LANG: 'en_US.UTF-8',
      DANLU_TEST_HOOKS: '1',
      DANLU_TEST_KEYCHAIN: 'memory',
      // The demo cloud starts at the test instant, as every simulator of the tests does.
      DANLU_TEST_DEMO_START: String(testInstant()),
      ...env,
    },
  });
  const window = await app.firstWindow();
  const child = app.process();
  const ended = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null)
      resolve({ code: child.exitCode, signal: child.signalCode });
    else child.once('exit', (code, signal) => resolve({ code, signal }));
  });
  const tray = () => app.evaluate(() => (globalThis as Global).__danlu.tray());
  return {
    app,
    window,
    userDataDir,
    baseArgs,
    tray,
    help: async () =>
      ((await tray()).items.find((i) => i.id === 'help')?.submenu ?? []).flatMap((h) =>
        h.type === 'normal' && h.id !== 'help-status' ? [`${h.id}:${h.enabled ? 'on' : 'off'}`] : [],
      ),
    items: async () =>
      (await tray()).items.flatMap((i) =>
        i.type === 'separator' || i.submenu
          ? []
          : i.id === 'status'
            ? ['status']
            : [`${i.id}:${i.enabled ? 'on' : 'off'}`],
      ),
    status: async () => (await tray()).items.find((i) => i.id === 'status')?.label ?? '',
    click: (action) => app.evaluate((_e, id) => (globalThis as Global).__danlu.click(id), action),
    exited: () => ended,
    request: (name, input) =>
      app.evaluate((_e, [n, i]) => (globalThis as Global).__danlu.request(n as string, i), [name, input] as const),
    openNotebook: (target) => app.evaluate((_e, t) => (globalThis as Global).__danlu.openNotebook(t), target),
    notebookEvents: () => app.evaluate(() => (globalThis as Global).__danlu.notebookEvents()),
    answerQuit: (quit) =>
      app.evaluate(({ dialog }, answer) => {
        const g = globalThis as Global;
        g.__danluAsked ??= [];
        // The native message box cannot be clicked: answer it in its place, noting the question.
        dialog.showMessageBox = (async (...args: unknown[]) => {
          const options = args.at(-1) as { message: string };
          g.__danluAsked?.push(options.message);
          return { response: answer ? 0 : 1, checkboxChecked: false };
        }) as typeof dialog.showMessageBox;
      }, quit),
    asked: () => app.evaluate(() => (globalThis as Global).__danluAsked ?? []),
  };
}
