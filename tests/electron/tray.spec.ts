import { expect, test } from '@playwright/test';
import { type DesktopApp, startDesktopApp } from './desktop-app';
import { electronBinary, electronPath } from './electron-binary';

const binary = electronBinary();
const PLAN = {
  name: 'lab',
  regionId: 'us-west-1',
  instanceTypes: ['ecs.gn6i-c4g1.xlarge'],
  spot: { strategy: 'SpotAsPriceGo' },
  disk: { kind: 'new', sizeGiB: 40 },
  image: { kind: 'ubuntu' },
};

test.describe('the tray', () => {
  test.skip('reason' in binary, 'reason' in binary ? binary.reason : '');
  let desktop: DesktopApp | undefined;
  test.afterEach(async () => {
    await desktop?.app.close().catch(() => {});
    desktop = undefined;
  });

  test('idle in demo mode: says no GPU runs, offers Open, Prices and Quit, and Prices opens the page', async () => {
    desktop = await startDesktopApp(electronPath(binary));
    const d = desktop;
    await expect(d.window).toHaveTitle('Danlu 丹炉');
    await expect.poll(() => d.status()).toBe('Danlu — no GPU running (demo)');
    expect(await d.items()).toEqual(['status', 'launchLast:off', 'open:on', 'prices:on', 'quit:on']);
    // The native menu as Electron holds it: labels in order, separators, the status line not clickable.
    const idle = await d.tray();
    expect(idle.items.map((i) => (i.type === 'separator' ? '—' : i.label))).toEqual([
      'Danlu — no GPU running (demo)',
      '—',
      'Launch last plan',
      '—',
      'Open Danlu',
      'GPU prices…',
      '—',
      'Quit Danlu',
    ]);
    expect(idle.items[0]?.enabled).toBe(false);
    expect(idle.icon).toMatchObject({ file: expect.stringMatching(/^tray-idle(Template)?\.png$/), empty: false });
    expect(idle.icon.width).toBeGreaterThan(0);
    // Nothing to launch again yet: the item is greyed out and a click on it does nothing.
    await expect(d.click('launchLast')).rejects.toThrow(/not enabled/);
    await d.click('prices');
    await expect(d.window).toHaveURL(/#\/prices$/);
    await expect(d.window.getByTestId('nav-prices')).toBeVisible();
  });

  test('follows a session: launching, running, stopped, running again; Quit asks while it bills and Cancel keeps Danlu', async () => {
    test.setTimeout(240_000);
    desktop = await startDesktopApp(electronPath(binary), { DANLU_TEST_DEMO_SPEED: '60' });
    const d = desktop;
    await expect.poll(() => d.status()).toContain('no GPU running');
    await d.request('sessions.launch', { plan: PLAN, notebookPassword: 'correct horse battery' });

    await expect.poll(() => d.status()).toContain('Launching');
    expect(await d.items()).toEqual([
      'status',
      'openNotebook:off',
      'copySsh:off',
      'cancel:on',
      'start:off',
      'stop:off',
      'release:off',
      'open:on',
      'prices:on',
      'quit:on',
    ]);

    await expect.poll(() => d.status(), { timeout: 90_000 }).toContain('Running');
    expect(await d.items()).toEqual([
      'status',
      'openNotebook:on',
      'copySsh:on',
      'start:off',
      'stop:on',
      'release:on',
      'open:on',
      'prices:on',
      'quit:on',
    ]);
    await expect
      .poll(async () => (await d.tray()).icon)
      .toMatchObject({ file: expect.stringMatching(/^tray-running(Template)?\.png$/), empty: false });
    expect((await d.tray()).items.find((i) => i.id === 'stop')?.label).toBe('Stop (keep everything)');

    await d.answerQuit(false);
    await d.click('quit');
    await expect.poll(() => d.asked()).toEqual(['A GPU is still running']);
    expect(await d.status()).toContain('Running');

    await d.click('stop');
    await expect.poll(() => d.status(), { timeout: 60_000 }).toContain('Stopped');
    expect(await d.items()).toEqual([
      'status',
      'openNotebook:off',
      'copySsh:off',
      'start:on',
      'stop:off',
      'release:on',
      'open:on',
      'prices:on',
      'quit:on',
    ]);

    await d.click('release');
    await expect(d.window).toHaveURL(/#\/session\?id=ses-[a-z0-9-]+&release=1$/);

    await d.click('start');
    await expect.poll(() => d.status(), { timeout: 60_000 }).toContain('Running');
  });

  test('without a keychain: the tray says the sessions are unavailable, Open opens and Quit quits after asking', async () => {
    desktop = await startDesktopApp(electronPath(binary), { DANLU_TEST_KEYCHAIN: 'unavailable' });
    const d = desktop;
    await expect.poll(() => d.status()).toBe('Danlu — sessions unavailable, open for details');
    expect(await d.items()).toEqual(['status', 'launchLast:off', 'open:on', 'prices:on', 'quit:on']);
    // Closing the window keeps Danlu in the tray; Open brings it back.
    await d.app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows()[0]?.close());
    await expect
      .poll(() => d.app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows()[0]?.isVisible()))
      .toBe(false);
    await d.click('open');
    await expect
      .poll(() => d.app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows()[0]?.isVisible()))
      .toBe(true);
    // Danlu cannot tell whether a GPU bills, so it asks; Cancel keeps it, Quit anyway ends it.
    await d.answerQuit(false);
    await d.click('quit');
    expect(await d.asked()).toEqual(['Danlu could not check your GPUs']);
    await d.answerQuit(true);
    // The app ends while the click is still being answered.
    void d.click('quit').catch(() => {});
    expect(await d.exited()).toEqual({ code: 0, signal: null });
    desktop = undefined;
  });
});
