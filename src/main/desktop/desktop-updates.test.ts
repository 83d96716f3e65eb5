import { describe, expect, it } from 'vitest';
import { checksumError, updateError } from '../updater/update-errors';
import { DesktopController } from './desktop-controller';
import { fakeDesktop, sessionIn } from './testing/desktop-fakes';
import type { TrayItem, TrayModel } from './tray-model';

function restartItem(model: TrayModel): { label: string; enabled: boolean } | undefined {
  const item = model.items.find(
    (i): i is Extract<TrayItem, { kind: 'action' }> => i.kind === 'action' && i.action === 'restartToUpdate',
  );
  return item && { label: item.label, enabled: item.enabled };
}

function desktop(options: Parameters<typeof fakeDesktop>[0]) {
  const fake = fakeDesktop({ deadline: 'now', ...options });
  const controller = new DesktopController(fake.ports, fake.sources);
  fake.connect(controller);
  const found = async () => {
    await fake.updates.check();
    await fake.updates.settled();
  };
  return { ...fake, controller, found };
}

describe('updates, as the desktop offers them', () => {
  it('found, downloaded, deferred while a launch runs, offered once it ends, installed when Danlu quits', async () => {
    const d = desktop({ sessions: [sessionIn('launching')], feed: { version: '0.2.0' }, restart: false });
    await d.controller.start();
    await d.found();
    expect(d.recorded.updater).toEqual(['check', 'download 0.2.0']);
    expect(d.updates.status()).toMatchObject({ phase: 'ready', waitingFor: [{ kind: 'launch', name: 'lab' }] });
    // Nothing is asked while the launch runs; the tray shows the restart, greyed.
    expect(d.recorded.restartQuestions).toEqual([]);
    expect(restartItem(d.controller.tray())).toEqual({ label: 'Restart to update to 0.2.0', enabled: false });
    await d.controller.trayAction('restartToUpdate');
    expect(d.recorded.installs).toEqual([]);
    expect(d.recorded.notifications.at(-1)?.body).toContain('The launch of lab is still in progress');

    d.state.sessions = [sessionIn('ready')];
    await d.updates.workChanged();
    await new Promise((resolve) => setImmediate(resolve));
    expect(d.recorded.restartQuestions).toEqual([
      {
        message: 'Danlu 0.2.0 is ready',
        detail: 'Restart now to use it, or later: it is installed when you quit Danlu. Running GPUs keep running.',
        restart: 'Restart now',
        later: 'Later',
      },
    ]);
    // "Later": nothing installed yet, the tray offers the restart.
    expect(d.recorded.installs).toEqual([]);
    expect(restartItem(d.controller.tray())).toEqual({ label: 'Restart to update to 0.2.0', enabled: true });
    // The offer is not repeated for the same version.
    await d.updates.workChanged();
    expect(d.recorded.restartQuestions).toHaveLength(1);

    // Quit: the GPU bills, so Danlu asks; then the installer takes the update, and Danlu quits.
    await d.controller.requestQuit();
    expect(d.recorded.questions.map((q) => q.message)).toEqual(['A GPU is still running']);
    expect(d.recorded.installs).toEqual(['on quit']);
    expect(d.recorded.quits).toBe(1);
  });

  it('quitting while a release runs leaves the update for a later quit', async () => {
    const d = desktop({ sessions: [sessionIn('releasing')], feed: { version: '0.2.0' } });
    await d.found();
    await d.controller.requestQuit();
    expect(d.recorded.quits).toBe(1);
    expect(d.recorded.installs).toEqual([]);
    expect(d.updates.status().phase).toBe('ready');
  });

  it('"Restart now" hands the update to the installer, and the quit question does not stand in the way', async () => {
    const d = desktop({ sessions: [sessionIn('ready')], feed: { version: '0.2.0' }, restart: true });
    await d.found();
    await new Promise((resolve) => setImmediate(resolve));
    expect(d.recorded.restartQuestions).toHaveLength(1);
    expect(d.recorded.installs).toEqual(['restart']);
    expect(d.updates.status().phase).toBe('installing');
    // The installer quits Danlu: before-quit lets it go without asking about the running GPU.
    expect(d.controller.beforeQuit()).toBe(true);
    expect(d.recorded.questions).toEqual([]);
  });

  it('a failed download changes nothing: no update ready, nothing asked, nothing installed at quit', async () => {
    const d = desktop({
      feed: { version: '0.2.0' },
      downloadFails: checksumError,
    });
    await d.controller.start();
    const before = d.controller.tray();
    await d.found();
    expect(d.updates.status()).toMatchObject({ phase: 'idle', current: '0.1.0' });
    expect(d.updates.status().next).toBeUndefined();
    expect(d.updates.status().error?.code).toBe('update.checksum');
    expect(d.recorded.restartQuestions).toEqual([]);
    expect(restartItem(d.controller.tray())).toBeUndefined();
    expect(d.controller.tray().items.filter((i) => i.kind !== 'submenu')).toEqual(
      before.items.filter((i) => i.kind !== 'submenu'),
    );
    await d.controller.requestQuit();
    expect(d.recorded.installs).toEqual([]);
    expect(d.recorded.quits).toBe(1);
  });

  it('Help → Check for updates says when Danlu is up to date, and when a new version downloads', async () => {
    const d = desktop({ feed: null });
    await d.controller.start();
    await d.controller.trayAction('checkUpdates');
    expect(d.recorded.notifications.at(-1)).toMatchObject({
      title: 'Danlu is up to date',
      body: 'Version 0.1.0 is the newest.',
    });
    d.state.feed = { version: '0.3.0' };
    await d.controller.trayAction('checkUpdates');
    expect(d.recorded.notifications.at(-1)?.title).toBe('Downloading Danlu 0.3.0');
  });

  it("Help → Check for updates says why the feed could not be read, in the person's language", async () => {
    const unreachable = () =>
      updateError(
        Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNREFUSED' }),
        { kind: 'github' },
        'check',
      );
    const d = desktop({ feed: { version: '0.2.0' }, checkFails: unreachable, language: 'zh-CN' });
    await d.controller.start();
    await d.controller.trayAction('checkUpdates');
    expect(d.recorded.notifications.at(-1)).toMatchObject({
      title: '丹炉未能更新',
      body: '无法连接更新源 GitHub Releases。丹炉稍后会再试。',
    });
    expect(d.recorded.installs).toEqual([]);
  });
});
