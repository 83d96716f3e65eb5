import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { _electron as electron, expect, test } from '@playwright/test';
import { electronBinary } from './electron-binary';

const binary = electronBinary();

test.describe('the desktop app', () => {
  test.skip('reason' in binary, 'reason' in binary ? binary.reason : '');

  test('opens its window with the frame and builds the tray from the tray model', async () => {
    if (!('path' in binary)) return;
    const app = await electron.launch({
      executablePath: binary.path,
      args: [resolve(__dirname, '../..'), `--user-data-dir=${mkdtempSync(join(tmpdir(), 'danlu-e2e-'))}`],
      env: { ...process.env, DANLU_TEST_HOOKS: '1', LANG: 'en_US.UTF-8' },
    });
    const window = await app.firstWindow();
    await expect(window).toHaveTitle(/Danlu/);
    await expect(window.getByTestId('nav-prices')).toBeVisible();
    const tray = await app.evaluate(
      () => (globalThis as { __danluTray?: { tooltip: string; items: unknown[] } }).__danluTray,
    );
    expect(tray?.tooltip).toMatch(/Danlu/);
    expect(tray?.items.length).toBeGreaterThan(2);
    await app.close();
  });
});
