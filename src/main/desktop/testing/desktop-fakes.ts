import type { DiagnosticsExport, Language, Notice, UpdateStatus } from '../../../shared/contract';
import { AppError } from '../../../shared/errors';
import type { MeterView } from '../../../shared/meter';
import { planSchema, type SessionPhase, type SessionView } from '../../../shared/session';
import { msg } from '../../../shared/words/message';
import type { LogRecord } from '../../log/logger';
import type { LoginItemChange } from '../login-item';
import type { DesktopPorts, DesktopSources, NotebookTarget, QuitQuestion, RestartQuestion } from '../ports';
import type { TrayHost } from '../tray-host';
import type { TrayModel } from '../tray-model';
import { busyWork } from '../updates/busy-work';
import { UpdateController } from '../updates/update-controller';
import type { FoundUpdate } from '../updates/update-ports';

/** A session in a phase, as the tray would see it; a ready one has its address and notebook. */
export function sessionIn(phase: SessionPhase, extra: Partial<SessionView> = {}): SessionView {
  const ready = phase === 'ready';
  return {
    id: 'ses-1',
    name: 'lab',
    plan: planSchema.parse({
      regionId: 'us-west-1',
      instanceTypes: ['ecs.gn6i-c4g1.xlarge'],
      spot: { strategy: 'SpotAsPriceGo' },
      disk: { kind: 'new', sizeGiB: 40 },
      image: { kind: 'ubuntu' },
    }),
    phase,
    zoneId: 'us-west-1a',
    instanceType: 'ecs.gn6i-c4g1.xlarge',
    steps: [],
    attempts: [],
    resources: ready ? { publicIp: '47.88.1.2', instanceId: 'i-1' } : {},
    notebook: ready ? { url: 'https://47.88.1.2:8888/', fingerprint256: 'AB:CD' } : undefined,
    createdAt: '2026-11-28T10:00:00Z',
    billingStopped: phase === 'stopped' ? true : undefined,
    ...extra,
  };
}

export function meterFor(session: SessionView, costSoFar: number): MeterView {
  return {
    at: '2026-11-28T11:00:00Z',
    ticking: true,
    sessions: [
      {
        sessionId: session.id,
        name: session.name,
        phase: session.phase,
        costSoFar,
        perHourNow: 1.5,
        elapsedMs: 3_723_000,
        breakdown: { compute: costSoFar, disk: 0, snapshot: 0 },
        budget: null,
        budgetUsed: null,
      },
    ],
    monthCost: costSoFar,
    monthBudget: null,
    monthUsed: null,
    perHourNow: 1.5,
  };
}

import { keychainUnavailable } from '../../credentials/keychain-errors';

export { keychainUnavailable };

export const cloudUnreachable = () =>
  new AppError(msg('cloud-error.retryable', { action: 'DescribeInstances', reason: 'timeout' }), {
    code: 'cloud.retryable',
    retryable: true,
  });

/** Everything the controller did, in order, as plain records a test can compare. */
export interface Recorded {
  trays: TrayModel[];
  shown: string[];
  notebooks: NotebookTarget[];
  closed: string[];
  questions: QuitQuestion[];
  copied: string[];
  notifications: Array<{ title: string; body: string; urgent: boolean; click(): void }>;
  quits: number;
  calls: string[];
  logs: LogRecord[];
  restartQuestions: RestartQuestion[];
  /** What the installer was asked to do: "restart" or "on quit". */
  installs: string[];
  /** Reads of the feed and downloads, in order: "check", "download 0.2.0". */
  updater: string[];
  loginItems: LoginItemChange[];
  opened: string[];
  revealed: string[];
  keptVisible: number;
  exports: number;
}

export interface FakeOptions {
  sessions?: SessionView[];
  /** Makes every read of the sessions fail (or never answer, with 'hang'). */
  readFails?: (() => Error) | 'hang';
  /** Makes a session call (stop, start, cancel) fail. */
  callFails?: () => Error;
  demo?: boolean;
  /** The answer to "Quit anyway?"; 'throw': the dialog cannot be shown. */
  answer?: boolean | 'throw';
  token?: string | null | 'throw';
  language?: Language;
  /** When the controller's deadline passes: never (the default), or at once. */
  deadline?: 'now' | 'never';
  /** The answer to "Restart now?"; 'throw': the dialog cannot be shown. */
  restart?: boolean | 'throw';
  /** The version the update feed offers (null: none newer). */
  feed?: FoundUpdate | null;
  /** Reading the feed fails (as an unreachable mirror would). */
  checkFails?: () => Error;
  /** The download fails (as a bad checksum or a cut-off transfer would). */
  downloadFails?: () => Error;
  platform?: string;
  startAtLogin?: boolean;
  trayHost?: TrayHost;
  /** Makes applying a login item fail. */
  loginItemFails?: () => Error;
  /** The person cancels the save dialog of Export diagnostics. */
  exportCancelled?: boolean;
}

/** Ports and sources that record what the controller does, with failures on request. */
export function fakeDesktop(options: FakeOptions = {}) {
  const r: Recorded = {
    trays: [],
    shown: [],
    notebooks: [],
    closed: [],
    questions: [],
    copied: [],
    notifications: [],
    quits: 0,
    calls: [],
    logs: [],
    restartQuestions: [],
    installs: [],
    updater: [],
    loginItems: [],
    opened: [],
    revealed: [],
    keptVisible: 0,
    exports: 0,
  };
  const state = {
    sessions: options.sessions ?? [],
    feed: options.feed === undefined ? null : options.feed,
    startAtLogin: options.startAtLogin ?? false,
  };
  const read = async <T>(value: () => T): Promise<T> => {
    if (options.readFails === 'hang') return new Promise<T>(() => {});
    if (options.readFails) throw options.readFails();
    return value();
  };
  const call = (name: string) => async (id: string) => {
    r.calls.push(`${name} ${id}`);
    if (options.callFails) throw options.callFails();
  };
  const ports: DesktopPorts = {
    tray: { render: (model) => r.trays.push(model) },
    windows: {
      showMain: (route) => r.shown.push(route),
      openNotebook: (target) => r.notebooks.push(target),
      closeNotebook: (id) => r.closed.push(id),
      keepVisible: () => {
        r.keptVisible++;
      },
    },
    dialogs: {
      confirmQuit: async (question) => {
        r.questions.push(question);
        if (options.answer === 'throw') throw new Error('no display');
        return options.answer ?? true;
      },
      askRestart: async (question) => {
        r.restartQuestions.push(question);
        if (options.restart === 'throw') throw new Error('no display');
        return options.restart ?? false;
      },
    },
    clipboard: { writeText: (text) => r.copied.push(text) },
    notifications: { show: (n, click) => r.notifications.push({ ...n, click }) },
    app: {
      quit: () => {
        r.quits++;
      },
    },
    external: {
      openExternal: (url) => r.opened.push(url),
      showItem: (path) => r.revealed.push(path),
    },
    loginItem: {
      apply: (change) => {
        if (options.loginItemFails) throw options.loginItemFails();
        r.loginItems.push(change);
      },
    },
  };
  const log = (level: LogRecord['level']) => (message: string, fields?: Record<string, unknown>) =>
    r.logs.push({ time: '', level, message, fields });
  const logger = { debug: log('debug'), info: log('info'), warn: log('warn'), error: log('error') };
  // The real update policy, over a feed and an installer that record; it tells the controller once connected.
  let tell: (status: UpdateStatus) => void = () => {};
  let notice: (notice: Notice) => void = () => {};
  const updates = new UpdateController({
    version: '0.1.0',
    updater: {
      unavailable: () => null,
      check: async () => {
        r.updater.push('check');
        if (options.checkFails) throw options.checkFails();
        return state.feed;
      },
      download: async (progress) => {
        r.updater.push(`download ${state.feed?.version}`);
        progress(50);
        if (options.downloadFails) throw options.downloadFails();
        progress(100);
      },
    },
    installer: {
      restartNow: () => r.installs.push('restart'),
      installOnQuit: () => r.installs.push('on quit'),
    },
    settings: () => ({ updateChecks: true, updateFeedUrl: null }),
    busy: async () => busyWork(state.sessions),
    onChange: (status) => tell(status),
    notify: (n) => notice(n),
    ticker: { every: () => () => {} },
    now: () => Date.parse('2026-12-08T13:00:00Z'),
    log: logger,
  });
  const exported: DiagnosticsExport = options.exportCancelled
    ? { saved: false }
    : {
        saved: true,
        path: '/home/me/Downloads/danlu-diagnostics-20261208-130000.zip',
        bytes: 2048,
        files: [],
        selfCheck: { at: '2026-12-08T13:00:00Z', items: [] },
      };
  const sources: DesktopSources = {
    sessions: {
      list: () => read(() => state.sessions),
      hasLastPlan: () => read(() => state.sessions.length > 0),
      stop: call('stop'),
      start: call('start'),
      cancel: call('cancel'),
    },
    demo: () => read(() => options.demo ?? false),
    meter: () => read(() => meterFor(state.sessions[0] ?? sessionIn('ready'), 3.42)),
    notebookToken: async () => {
      if (options.token === 'throw') throw keychainUnavailable();
      return options.token === undefined ? 'tok-1' : options.token;
    },
    language: () => options.language ?? 'en',
    sshKeyPath: '/data/keys/danlu_rsa',
    sshAliases: () => true,
    log: logger,
    wait: () => (options.deadline === 'now' ? Promise.resolve() : new Promise<void>(() => {})),
    version: '0.1.0',
    updates,
    diagnostics: {
      export: async () => {
        r.exports++;
        return exported;
      },
      reportUrl: async () => 'https://github.com/danlu/danlu/issues/new?title=&body=Danlu+0.1.0',
    },
    platform: options.platform ?? 'linux',
    launchCommand: { executable: '/opt/Danlu/danlu', args: [] },
    startAtLogin: () => state.startAtLogin,
    trayHost: async () => options.trayHost ?? 'present',
  };
  /** Hands the controller what the runtime's event bus would: update changes and notices. */
  const connect = (controller: { onEvent(name: 'updates.changed' | 'app.notice', payload: never): void }) => {
    tell = (status) => controller.onEvent('updates.changed', status as never);
    notice = (n) => controller.onEvent('app.notice', n as never);
  };
  return { ports, sources, recorded: r, state, updates, connect };
}
