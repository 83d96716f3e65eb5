import { describe, expect, it } from 'vitest';
import type { SessionPhase } from '../../shared/session';
import { DesktopController } from './desktop-controller';
import {
  cloudUnreachable,
  type FakeOptions,
  fakeDesktop,
  keychainUnavailable,
  meterFor,
  sessionIn,
} from './testing/desktop-fakes';
import type { TrayAction, TrayModel } from './tray-model';

const PHASES: SessionPhase[] = [
  'launching',
  'ready',
  'stopping',
  'stopped',
  'starting',
  'releasing',
  'released',
  'failed',
  'cancelled',
  'interrupted',
];
const ACTIONS: TrayAction[] = [
  'open',
  'prices',
  'quit',
  'openNotebook',
  'copySsh',
  'start',
  'stop',
  'release',
  'recover',
  'cancel',
  'launchLast',
];
/** Phases in which quitting leaves a GPU billing (a stopped one here has economical mode confirmed). */
const BILLING: SessionPhase[] = ['launching', 'ready', 'stopping', 'starting', 'releasing'];
/** Phases the tray shows a session for; in the others it shows none. */
const SHOWN: SessionPhase[] = [...BILLING, 'stopped', 'interrupted'];

async function started(options: FakeOptions = {}) {
  const fake = fakeDesktop(options);
  const controller = new DesktopController(fake.ports, fake.sources);
  await controller.start();
  return { controller, ...fake };
}

function status(model: TrayModel | undefined): string {
  const first = model?.items[0];
  return first?.kind === 'status' ? first.label : '';
}

function enabled(model: TrayModel | undefined): TrayAction[] {
  return (model?.items ?? []).flatMap((i) => (i.kind === 'action' && i.enabled ? [i.action] : []));
}

/** What each click should do with the tray showing this session (or none). */
function expected(action: TrayAction, phase: SessionPhase | 'none') {
  const session = phase !== 'none' && SHOWN.includes(phase);
  const page = '#/session?id=ses-1';
  const none = { shown: ['#/session'], calls: [], notebooks: 0, copied: [], failed: false };
  const base = { shown: [] as string[], calls: [] as string[], notebooks: 0, copied: [] as string[], failed: false };
  switch (action) {
    case 'open':
      return { ...base, shown: [''] };
    case 'prices':
      return { ...base, shown: ['#/prices'] };
    case 'launchLast':
      return { ...base, shown: ['#/launch?last=1'] };
    case 'quit':
      return base;
    case 'release':
      return session ? { ...base, shown: [`${page}&release=1`] } : none;
    // Recovering asks what becomes of the disk if it must move zones: the window asks, not the tray.
    case 'recover':
      return session ? { ...base, shown: [`${page}&recover=1`] } : none;
    case 'openNotebook':
      if (!session) return none;
      return phase === 'ready' ? { ...base, notebooks: 1 } : { ...base, shown: ['#/notebook?id=ses-1'] };
    case 'copySsh':
      if (!session) return none;
      return phase === 'ready' ? { ...base, copied: ['ssh danlu-lab'] } : { ...base, shown: [page], failed: true };
    default:
      return session ? { ...base, calls: [`${action} ses-1`] } : none;
  }
}

describe('desktop controller: every tray action in every phase', () => {
  for (const phase of [...PHASES, 'none'] as const) {
    it.each(ACTIONS)(`${phase}: %s`, async (action) => {
      const sessions = phase === 'none' ? [] : [sessionIn(phase)];
      const { controller, recorded: r } = await started({ sessions });
      const before = status(controller.tray());
      await controller.trayAction(action);
      const want = expected(action, phase);
      expect(r.shown).toEqual(want.shown);
      expect(r.calls).toEqual(want.calls);
      expect(r.notebooks).toHaveLength(want.notebooks);
      expect(r.copied).toEqual(want.copied);
      expect(r.notifications.length > 0).toBe(want.failed);
      if (action === 'quit') {
        const asks = phase !== 'none' && BILLING.includes(phase);
        expect(r.questions).toHaveLength(asks ? 1 : 0);
        expect(r.quits).toBe(1);
      } else {
        expect(r.quits).toBe(0);
      }
      // The tray stays rendered and names the session in its phase (or says none runs).
      expect(status(r.trays.at(-1))).toBe(before);
      if (phase !== 'none' && SHOWN.includes(phase)) expect(before).toContain('ecs.gn6i-c4g1.xlarge');
      else expect(before).toBe('Danlu — no GPU running');
    });
  }

  it('opens the notebook with its pinned certificate and login token', async () => {
    const { controller, recorded: r } = await started({ sessions: [sessionIn('ready')] });
    await controller.trayAction('openNotebook');
    expect(r.notebooks).toEqual([
      {
        sessionId: 'ses-1',
        instanceId: 'i-1',
        title: 'lab — Jupyter (ecs.gn6i-c4g1.xlarge)',
        url: 'https://47.88.1.2:8888/',
        fingerprint256: 'AB:CD',
        token: 'tok-1',
      },
    ]);
  });

  it('in demo mode shows the Notebook page instead of a window to a machine that does not exist', async () => {
    const { controller, recorded: r } = await started({ sessions: [sessionIn('ready')], demo: true });
    await controller.trayAction('openNotebook');
    expect(r.notebooks).toEqual([]);
    expect(r.shown).toEqual(['#/notebook?id=ses-1']);
  });

  it('without the keychain the notebook still opens, on its password page', async () => {
    const { controller, recorded: r } = await started({ sessions: [sessionIn('ready')], token: 'throw' });
    await controller.trayAction('openNotebook');
    expect(r.notebooks.map((n) => n.token)).toEqual([null]);
  });

  it('copies the full SSH command when no ~/.ssh/config alias is written', async () => {
    const fake = fakeDesktop({ sessions: [sessionIn('ready')] });
    fake.sources.sshAliases = () => false;
    const controller = new DesktopController(fake.ports, fake.sources);
    await controller.start();
    await controller.trayAction('copySsh');
    expect(fake.recorded.copied).toEqual(['ssh -i "/data/keys/danlu_rsa" ml@47.88.1.2']);
  });
});

describe('desktop controller: when the services fail', () => {
  for (const [what, failure] of [
    ['the keychain is unavailable', keychainUnavailable],
    ['the cloud is unreachable', cloudUnreachable],
  ] as const) {
    it(`${what}: the tray renders, Open opens, Quit asks and quits`, async () => {
      const { controller, recorded: r } = await started({ readFails: failure, deadline: 'never' });
      expect(status(r.trays.at(-1))).toBe('Danlu — sessions unavailable, open for details');
      expect(r.trays.at(-1)?.icon).toBe('warning');
      expect(enabled(r.trays.at(-1))).toEqual(['open', 'prices', 'quit']);

      await controller.trayAction('open');
      expect(r.shown).toEqual(['']);

      await controller.trayAction('quit');
      expect(r.questions.map((q) => q.message)).toEqual(['Danlu could not check your GPUs']);
      expect(r.quits).toBe(1);
    });

    it(`${what}: a session item from an older menu says why it failed and shows the window`, async () => {
      const { controller, recorded: r } = await started({ readFails: failure });
      await controller.trayAction('stop');
      expect(r.calls).toEqual([]);
      expect(r.shown).toEqual(['']);
      expect(r.notifications.map((n) => n.body)).toEqual([failure().text.en]);
      expect(status(r.trays.at(-1))).toBe('Danlu — sessions unavailable, open for details');
    });
  }

  it('a session call that rejects is told in the window’s language and the window shows the session', async () => {
    const { controller, recorded: r } = await started({
      sessions: [sessionIn('ready')],
      callFails: cloudUnreachable,
      language: 'zh-CN',
    });
    await controller.trayAction('stop');
    expect(r.calls).toEqual(['stop ses-1']);
    expect(r.notifications).toMatchObject([
      { title: '丹炉未能完成此操作', body: cloudUnreachable().text.zh, urgent: true },
    ]);
    expect(r.shown).toEqual(['#/session?id=ses-1']);
    expect(r.trays.length).toBeGreaterThanOrEqual(2);
  });

  it('an unexpected error is not shown raw: the user reads a plain sentence, the log has the rest', async () => {
    const { controller, recorded: r } = await started({
      sessions: [sessionIn('ready')],
      callFails: () => new TypeError('cannot read properties of undefined'),
    });
    await controller.trayAction('start');
    expect(r.notifications[0]?.body).toMatch(/unexpected problem/);
    expect(r.notifications[0]?.body).not.toContain('undefined');
    expect(r.logs.some((l) => l.level === 'error')).toBe(true);
  });

  it('a notification that cannot be shown does not break the tray', async () => {
    const fake = fakeDesktop({ sessions: [sessionIn('ready')] });
    fake.ports.notifications.show = () => {
      throw new Error('notifications are not supported');
    };
    const controller = new DesktopController(fake.ports, fake.sources);
    await controller.start();
    controller.onEvent('app.notice', {
      level: 'info',
      title: { en: 'GPU ready', zh: 'GPU 已就绪' },
      body: { en: 'lab is ready.', zh: 'lab 已就绪。' },
    });
    await controller.trayAction('open');
    expect(fake.recorded.shown).toEqual(['']);
  });
});

describe('desktop controller: quitting', () => {
  it('asks while a GPU bills, naming it; Cancel keeps Danlu running and a second Quit asks again', async () => {
    const { controller, recorded: r } = await started({ sessions: [sessionIn('ready')], answer: false });
    expect(controller.beforeQuit()).toBe(false);
    await controller.requestQuit();
    expect(r.questions).toHaveLength(1);
    expect(r.questions[0]).toMatchObject({ message: 'A GPU is still running', quit: 'Quit anyway', cancel: 'Cancel' });
    expect(r.questions[0]?.detail).toContain('lab');
    expect(r.quits).toBe(0);
    expect(controller.beforeQuit()).toBe(false);
    await controller.requestQuit();
    // The quit held by before-quit and the one asked for meanwhile share one question.
    expect(r.questions).toHaveLength(2);
    expect(r.quits).toBe(0);
  });

  it('asks in Chinese when the window is in Chinese', async () => {
    const { controller, recorded: r } = await started({ sessions: [sessionIn('launching')], language: 'zh-CN' });
    await controller.requestQuit();
    expect(r.questions[0]).toMatchObject({ message: 'GPU 仍在运行', quit: '仍然退出', cancel: '取消' });
  });

  it('quits at once when nothing bills, and lets the quit through afterwards', async () => {
    const { controller, recorded: r } = await started({ sessions: [sessionIn('stopped')] });
    expect(controller.beforeQuit()).toBe(false);
    await Promise.resolve();
    await controller.requestQuit();
    expect(r.questions).toEqual([]);
    expect(r.quits).toBe(1);
    expect(controller.beforeQuit()).toBe(true);
  });

  it('a stopped GPU still billing (no economical mode) is asked about', async () => {
    const { controller, recorded: r } = await started({ sessions: [sessionIn('stopped', { billingStopped: false })] });
    await controller.requestQuit();
    expect(r.questions).toHaveLength(1);
  });

  it('asks, rather than hangs, when the sessions do not answer in time', async () => {
    const { ports, sources, recorded: r } = fakeDesktop({ readFails: 'hang', deadline: 'now' });
    const controller = new DesktopController(ports, sources);
    void controller.start();
    // Until the sessions answer, the tray says it is checking instead of guessing that none runs.
    expect(status(r.trays.at(-1))).toBe('Danlu — checking your sessions…');
    expect(enabled(r.trays.at(-1))).toEqual(['open', 'prices', 'quit']);
    await controller.trayAction('open');
    expect(r.shown).toEqual(['']);
    await controller.requestQuit();
    expect(r.questions.map((q) => q.message)).toEqual(['Danlu could not check your GPUs']);
    expect(r.quits).toBe(1);
  });

  it('asks once however many times Quit is pressed while the question is open', async () => {
    const { controller, recorded: r } = await started({ sessions: [sessionIn('ready')] });
    await Promise.all([controller.requestQuit(), controller.trayAction('quit'), controller.requestQuit()]);
    expect(r.questions).toHaveLength(1);
    expect(r.quits).toBe(1);
  });

  it('quits when the question cannot be shown at all', async () => {
    const { controller, recorded: r } = await started({ sessions: [sessionIn('ready')], answer: 'throw' });
    await controller.requestQuit();
    expect(r.quits).toBe(1);
  });
});

describe('desktop controller: events', () => {
  it('meter ticks put the cost in the tray; session changes rebuild it', async () => {
    const { controller, recorded: r, state } = await started({ sessions: [sessionIn('ready')] });
    await controller.refresh(meterFor(sessionIn('ready'), 7.5));
    expect(r.trays.at(-1)?.title).toBe('¥7.50');
    state.sessions = [sessionIn('stopping')];
    controller.onEvent('sessions.changed', sessionIn('stopping'));
    await new Promise((resolve) => setImmediate(resolve));
    expect(status(r.trays.at(-1))).toContain('Stopping');
  });

  it('closes the notebook window once its session is no longer ready', async () => {
    const { controller, recorded: r } = await started({ sessions: [sessionIn('ready')] });
    controller.onEvent('sessions.changed', sessionIn('ready'));
    expect(r.closed).toEqual([]);
    for (const phase of ['stopping', 'released', 'interrupted'] as const) {
      controller.onEvent('sessions.changed', sessionIn(phase));
    }
    expect(r.closed).toEqual(['ses-1', 'ses-1', 'ses-1']);
  });

  it('notifies in the window’s language; a click opens the session the notice is about', async () => {
    const { controller, recorded: r } = await started({ language: 'zh-CN' });
    controller.onEvent('app.notice', {
      level: 'warning',
      kind: 'reclaim',
      sessionId: 'ses-9',
      title: { en: 'Spot instance will be reclaimed', zh: '竞价实例即将被回收' },
      body: { en: 'Save your work.', zh: '请保存工作。' },
    });
    controller.onEvent('app.notice', {
      level: 'info',
      kind: 'orphans',
      title: { en: 'Resources nobody uses', zh: '无人使用的资源' },
      body: { en: '1 resource', zh: '1 个资源' },
    });
    expect(r.notifications).toMatchObject([
      { title: '竞价实例即将被回收', body: '请保存工作。', urgent: true },
      { title: '无人使用的资源', urgent: false },
    ]);
    r.notifications[0]?.click();
    r.notifications[1]?.click();
    expect(r.shown).toEqual(['#/session?id=ses-9', '#/resources']);
  });

  it('an older, slower read never overwrites a newer tray', async () => {
    const fake = fakeDesktop({ sessions: [sessionIn('ready')] });
    const controller = new DesktopController(fake.ports, fake.sources);
    let release: () => void = () => {};
    const slow = new Promise<void>((resolve) => {
      release = resolve;
    });
    const list = fake.sources.sessions.list;
    fake.sources.sessions.list = async () => {
      await slow;
      return list();
    };
    const older = controller.refresh();
    fake.sources.sessions.list = list;
    fake.state.sessions = [sessionIn('stopping')];
    await controller.refresh();
    release();
    await older;
    expect(status(fake.recorded.trays.at(-1))).toContain('Stopping');
    expect(status(controller.tray())).toContain('Stopping');
  });
});
