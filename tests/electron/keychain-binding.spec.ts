import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { _electron as electron, expect, test } from '@playwright/test';
import { electronBinary, electronPath } from './electron-binary';

const binary = electronBinary();

test.describe('the desktop app without a loadable keychain binding', () => {
  test.skip('reason' in binary, 'reason' in binary ? binary.reason : '');

  test('starts, says why the keychain cannot be used, and runs in demo mode', async () => {
    const app = await electron.launch({
      executablePath: electronPath(binary),
      args: [resolve(__dirname, '../..'), `--user-data-dir=${mkdtempSync(join(tmpdir(), 'danlu-e2e-'))}`],
      // The library's own switch to refuse its native binding: it then fails to load exactly as
      // it does in an app packed without the binding of its architecture.
      env: { ...process.env, NAPI_RS_FORCE_WASI: 'error', LANG: 'en_US.UTF-8' },
    });
    const page = await app.firstWindow();
    await expect(page.getByTestId('keychain-problem')).toContainText(
      'Danlu could not load its connection to the system keychain on this computer',
    );
    await page.getByTestId('continue-demo').click();
    await expect(page.getByTestId('demo-reason')).toContainText('Danlu runs in demo mode');
    expect(await page.evaluate(() => window.danlu.app.info())).toMatchObject({ demo: true });
    await app.close();
  });
});
