import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BridgeHarness } from '../support/bridge-harness';
import { expect, snapshot, test } from './fixtures';

/** Writes an aliyun CLI configuration into the home folder the runtime reads. */
function cliConfig(harness: BridgeHarness, profile: Record<string, string>) {
  const dir = join(harness.dataDir, 'data', 'home', '.aliyun');
  mkdirSync(dir, { recursive: true });
  writeFileSync(
    join(dir, 'config.json'),
    JSON.stringify({ current: 'default', profiles: [{ name: 'default', ...profile }] }),
  );
}

test('the first run offers demo mode and remembers the choice', async ({ page, harness }) => {
  await page.goto(harness.bridge.url);
  await expect(page.getByTestId('first-run')).toBeVisible();
  await expect(page.getByTestId('cli-import')).toHaveCount(0);
  await expect(page.getByTestId('demo-later')).toHaveText('You can add an AccessKey later in Settings.');
  // The form checks the shape as main will, and says under each field what is wrong.
  await page.getByTestId('key-save').click();
  await expect(page.getByTestId('error-accessKeyId')).toHaveText('Enter the AccessKey ID.');
  await expect(page.getByTestId('error-accessKeySecret')).toHaveText('Enter the AccessKey secret.');
  await page.getByTestId('key-id').fill('LTAI');
  await page.getByTestId('key-secret').fill('hello world');
  await page.getByTestId('key-save').click();
  await expect(page.getByTestId('error-accessKeyId')).toHaveText('An AccessKey ID is longer than that.');
  await expect(page.getByTestId('error-accessKeySecret')).toContainText('does not look like an AccessKey secret');
  await page.getByTestId('key-id').fill('hello world');
  await expect(page.getByTestId('error-accessKeyId')).toContainText('does not look like an AccessKey ID');
  // Nothing was sent, so no error from main stands beside the field errors.
  await expect(page.getByTestId('error-note')).toHaveCount(0);
  // A key pasted from a Chinese page in full-width characters is read as typed in ASCII.
  await page.getByTestId('key-id').fill('ＬＴＡＩ５ｔＥｘａｍｐｌｅＫｅｙ４２');
  await expect(page.getByTestId('error-accessKeyId')).toHaveCount(0);

  await page.getByTestId('continue-demo').click();
  await expect(page.getByTestId('demo-banner')).toBeVisible();
  // Kept with the settings, not in this window's storage.
  expect(harness.runtime.settings.get().demoChosen).toBe(true);
  await page.reload();
  await expect(page.getByTestId('page-prices')).toBeVisible();
  await expect(page.getByTestId('first-run')).toHaveCount(0);
});

test('the first-run screen switches language at once, errors on screen included, and keeps the choice', async ({
  page,
  harness,
}) => {
  await page.goto(harness.bridge.url);
  await expect(page.getByTestId('first-run')).toContainText('Welcome to Danlu');
  await page.getByTestId('key-save').click();
  await expect(page.getByTestId('error-accessKeyId')).toHaveText('Enter the AccessKey ID.');
  await page.getByTestId('language-select').selectOption('zh-CN');
  await expect(page.getByTestId('first-run')).toContainText('欢迎使用丹炉');
  await expect(page.getByTestId('error-accessKeyId')).toHaveText('请填写 AccessKey ID。');
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  await snapshot(page, 'first-run-language-zh');
  expect(harness.runtime.settings.get().language).toBe('zh-CN');
  await page.reload();
  await expect(page.getByTestId('first-run')).toContainText('欢迎使用丹炉');
});

test('the first run offers the aliyun CLI AccessKey profile, masked', async ({ page, harness }) => {
  cliConfig(harness, { mode: 'AK', access_key_id: 'LTAI5tExampleKeyId42', access_key_secret: 'not-a-real-secret-123' });
  await page.goto(harness.bridge.url);
  const offer = page.getByTestId('cli-import');
  await expect(offer).toContainText('AccessKey profile "default"');
  await expect(offer).not.toContainText('LTAI5tExampleKeyId42');
  await expect(offer).toContainText('42');
  await expect(offer.getByTestId('cli-import-button')).toBeVisible();
  await expect(page.locator('body')).not.toContainText('not-a-real-secret-123');
  await snapshot(page, 'first-run-cli-en');
});

test.describe('in Chinese', () => {
  test.use({ harnessOptions: { demo: { speed: 30 }, locale: 'zh-CN' } });

  test('a CLI profile that cannot be imported says why, in Chinese', async ({ page, harness }) => {
    cliConfig(harness, { mode: 'StsToken', access_key_id: 'STS.x', access_key_secret: 'y' });
    await page.goto(harness.bridge.url);
    await expect(page.getByTestId('first-run')).toContainText('欢迎使用丹炉');
    await expect(page.getByTestId('cli-import')).toContainText('只能导入 AccessKey（AK）模式的配置');
    await expect(page.getByTestId('cli-import-button')).toHaveCount(0);
    await expect(page.getByTestId('continue-demo')).toHaveText('以演示模式继续 — 不会产生任何购买');
    await snapshot(page, 'first-run-cli-zh');
  });
});
