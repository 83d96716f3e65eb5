import type { AppInfo } from '../../shared/contract';
import type { TrayModel } from './tray-model';

/** `danlu --smoke-test`: start with a temporary profile in demo mode, report one JSON line, exit. */
const SMOKE_TEST_FLAG = '--smoke-test';

export function isSmokeTest(argv: readonly string[]): boolean {
  return argv.includes(SMOKE_TEST_FLAG);
}

/** What the smoke test looks at in the running app; `src/main/app` answers each in a line or two. */
export interface SmokeProbe {
  /** Resolves once the app window has loaded the renderer. */
  windowLoaded(): Promise<void>;
  windowTitle(): string;
  /** The renderer's own `app.info`, asked through the preload: the contract works end to end. */
  rendererInfo(): Promise<AppInfo>;
  /** Resolves with the tray once it was built from the sessions. */
  trayBuilt(): Promise<TrayModel>;
  wait(ms: number): Promise<void>;
  print(line: string): void;
  exit(code: number): void;
}

export interface SmokeReport {
  ok: boolean;
  windowTitle?: string;
  trayItems?: string[];
  appInfo?: AppInfo;
  /** Why the app is not fit to ship, when it is not. */
  problems?: string[];
}

/** The ids of the tray's items as a test names them: the status line, separators, then each action. */
function trayItemIds(model: TrayModel): string[] {
  return model.items.map((item) =>
    item.kind === 'action' ? item.action : item.kind === 'submenu' ? item.id : item.kind,
  );
}

/** What is wrong with what the app showed; empty when the installed app works. */
function smokeProblems(report: Required<Omit<SmokeReport, 'ok' | 'problems'>>): string[] {
  const problems: string[] = [];
  if (!/Danlu/.test(report.windowTitle)) problems.push(`window title "${report.windowTitle}" does not name Danlu`);
  for (const id of ['status', 'open', 'quit']) {
    if (!report.trayItems.includes(id)) problems.push(`the tray has no "${id}" item`);
  }
  if (report.appInfo.transport !== 'ipc') problems.push(`app.info came over ${report.appInfo.transport}, not IPC`);
  if (!report.appInfo.demo) problems.push('the smoke test did not run in demo mode');
  return problems;
}

/**
 * Waits for the window and the tray, prints one JSON line and exits: 0 when everything showed
 * as it should, 1 with the problems (or the time-out) otherwise. Never hangs past `timeoutMs`.
 */
export async function runSmokeTest(probe: SmokeProbe, timeoutMs = 60_000): Promise<SmokeReport> {
  const collect = async () => {
    await probe.windowLoaded();
    const [tray, appInfo] = await Promise.all([probe.trayBuilt(), probe.rendererInfo()]);
    return { windowTitle: probe.windowTitle(), trayItems: trayItemIds(tray), appInfo };
  };
  let report: SmokeReport;
  try {
    const seen = await Promise.race([
      collect(),
      probe.wait(timeoutMs).then(() => {
        throw new Error(`the window or the tray was not ready within ${timeoutMs / 1000} s`);
      }),
    ]);
    const problems = smokeProblems(seen);
    report = problems.length === 0 ? { ok: true, ...seen } : { ok: false, ...seen, problems };
  } catch (error) {
    report = { ok: false, problems: [error instanceof Error ? error.message : String(error)] };
  }
  probe.print(JSON.stringify(report));
  probe.exit(report.ok ? 0 : 1);
  return report;
}
