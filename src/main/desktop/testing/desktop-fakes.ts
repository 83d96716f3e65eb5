import type { Language } from '../../../shared/contract';
import { AppError } from '../../../shared/errors';
import type { MeterView } from '../../../shared/meter';
import { planSchema, type SessionPhase, type SessionView } from '../../../shared/session';
import { msg } from '../../../shared/words/message';
import type { LogRecord } from '../../log/logger';
import type { DesktopPorts, DesktopSources, NotebookTarget, QuitQuestion } from '../ports';
import type { TrayModel } from '../tray-model';

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
  };
  const state = { sessions: options.sessions ?? [] };
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
    },
    dialogs: {
      confirmQuit: async (question) => {
        r.questions.push(question);
        if (options.answer === 'throw') throw new Error('no display');
        return options.answer ?? true;
      },
    },
    clipboard: { writeText: (text) => r.copied.push(text) },
    notifications: { show: (n, click) => r.notifications.push({ ...n, click }) },
    app: {
      quit: () => {
        r.quits++;
      },
    },
  };
  const log = (level: LogRecord['level']) => (message: string, fields?: Record<string, unknown>) =>
    r.logs.push({ time: '', level, message, fields });
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
    log: { debug: log('debug'), info: log('info'), warn: log('warn'), error: log('error') },
    wait: () => (options.deadline === 'now' ? Promise.resolve() : new Promise<void>(() => {})),
  };
  return { ports, sources, recorded: r, state };
}
