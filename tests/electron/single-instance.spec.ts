import { spawn } from 'node:child_process';
import { expect, test } from '@playwright/test';
import { type DesktopApp, startDesktopApp } from './desktop-app';
import { electronBinary } from './electron-binary';

const binary = electronBinary();

/** Starts Danlu once more with the same profile and `args`; resolves with its exit code. */
function secondStart(path: string, desktop: DesktopApp, args: string[]): Promise<number | null> {
  return new Promise((resolve, reject) => {
    const child = spawn(path, [...desktop.baseArgs, ...args], {
      env: { ...process.env, DANLU_TEST_HOOKS: '1', DANLU_TEST_KEYCHAIN: 'memory' },
      stdio: 'ignore',
    });
    const timer = setTimeout(() => {
      child.kill();
      reject(new Error('the second start did not leave within 30 s'));
    }, 30_000);
    child.on('exit', (code) => {
      clearTimeout(timer);
      resolve(code);
    });
  });
}

test.describe('one Danlu', () => {
  test.skip('reason' in binary, 'reason' in binary ? binary.reason : '');
  let desktop: DesktopApp | undefined;
  test.afterEach(async () => {
    await desktop?.app.close().catch(() => {});
    desktop = undefined;
  });

  test('a second start hands its danlu:// link to the first and leaves; the first opens that page', async () => {
    if (!('path' in binary)) return;
    desktop = await startDesktopApp(binary.path);
    const d = desktop;
    await expect.poll(() => d.status()).toContain('no GPU running');
    await d.window.evaluate(() => {
      location.hash = '#/prices';
    });
    expect(await secondStart(binary.path, d, ['danlu://session/ses-20261208-0badf00d'])).toBe(0);
    await expect(d.window).toHaveURL(/#\/session\?id=ses-20261208-0badf00d$/);
    // Still one app with one window: the second copy never opened its own.
    expect(d.app.windows()).toHaveLength(1);
    expect(await secondStart(binary.path, d, ['danlu://settings'])).toBe(0);
    await expect(d.window).toHaveURL(/#\/settings$/);
    await expect(d.window.getByTestId('page-settings')).toBeVisible();
  });

  test('started with a danlu:// link, opens on the page it names; a link that names none opens the window as it is', async () => {
    if (!('path' in binary)) return;
    desktop = await startDesktopApp(binary.path, {}, ['danlu://resources']);
    const d = desktop;
    await expect(d.window).toHaveURL(/#\/resources$/);
    expect(await secondStart(binary.path, d, ['danlu://release/ses-1'])).toBe(0);
    await expect(d.window).toHaveURL(/#\/resources$/);
  });

  test('the tray has Help: the version, a greyed update check (a run from the sources), diagnostics, a report', async () => {
    if (!('path' in binary)) return;
    desktop = await startDesktopApp(binary.path);
    const d = desktop;
    await expect.poll(() => d.help()).toEqual(['checkUpdates:off', 'exportDiagnostics:on', 'reportProblem:on']);
    const status = (await d.request('updates.status')) as { phase: string; unavailable?: string };
    expect(status).toMatchObject({ phase: 'unavailable', unavailable: 'sources' });
  });
});
