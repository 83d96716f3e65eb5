import type { Page } from '@playwright/test';
import type { BridgeHarness } from '../support/bridge-harness';
import { expect, skipFirstRun, snapshot, test } from './fixtures';
import { expectNoEnglish } from './support/english';

test.beforeEach(({ harness }) => skipFirstRun(harness));

/** Opens the access card, finds the address, then tries to save a /8 instead; returns the card. */
async function saveTooWideRange(page: Page, harness: BridgeHarness) {
  await page.goto(`${harness.bridge.url}/#/settings`);
  const card = page.getByTestId('access-settings');
  await card.getByTestId('access-check').click();
  // Demo mode: the built-in simulator stands in for the address services.
  await expect(card.getByTestId('access-found')).toContainText('203.0.113.10/32');
  await card.getByTestId('access-cidr').fill('8.0.0.0/8');
  await card.getByTestId('access-save').click();
  return card;
}

test('Settings says where SSH and the notebook open to, and refuses a range too wide', async ({ page, harness }) => {
  const card = await saveTooWideRange(page, harness);
  // Each refusal stands under its field, in the window's language; the note points there.
  await expect(card.getByTestId('error-sourceCidr')).toContainText('too wide');
  await expect(card.getByTestId('error-note')).not.toContainText('范围过大');

  await card.getByTestId('access-endpoints').fill('http://api.ipify.org');
  await card.getByTestId('access-cidr').fill('198.51.100.77/24');
  await card.getByTestId('access-save').click();
  await expect(card.getByTestId('error-addressEndpoints')).toHaveText('use an https:// address');
  await expect(card.getByTestId('error-sourceCidr')).toHaveCount(0);

  await card.getByTestId('access-endpoints').fill('https://api.ipify.org\nhttps://4.ipw.cn');
  await card.getByTestId('access-save').click();
  await expect(card.getByText('Saved.')).toBeVisible();
  await expect(card.getByTestId('access-cidr')).toHaveValue('198.51.100.0/24');
  // The status says what SSH and the notebook open to now: the range, no longer the /32 found before.
  await expect(card.getByTestId('access-found')).toContainText('198.51.100.0/24');
  await expect(card.getByTestId('access-found')).not.toContainText('/32');
  await snapshot(page, 'settings-access-en');
});

test('an address typed with a Chinese input method is taken as typed', async ({ page, harness }) => {
  await page.goto(`${harness.bridge.url}/#/settings`);
  const card = page.getByTestId('access-settings');
  await card.getByTestId('access-cidr').fill('２０３．０．１１３．５');
  await card.getByTestId('access-save').click();
  await expect(card.getByTestId('error-sourceCidr')).toHaveCount(0);
  await expect(card.getByTestId('access-cidr')).toHaveValue('203.0.113.5/32');
  await expect(card.getByTestId('access-found')).toContainText('203.0.113.5/32');
  await card.getByTestId('access-cidr').fill('２０３。０。１１３。７７／２４');
  await card.getByTestId('access-save').click();
  await expect(card.getByTestId('access-cidr')).toHaveValue('203.0.113.0/24');
  await expect(card.getByTestId('access-found')).toContainText('203.0.113.0/24');
});

test.describe('in Chinese', () => {
  test.use({ harnessOptions: { demo: { speed: 30 }, locale: 'zh-CN' } });

  test('the access card speaks Chinese, its refusals too', async ({ page, harness }) => {
    const card = await saveTooWideRange(page, harness);
    await expect(card.getByTestId('error-sourceCidr')).toContainText('范围过大');
    await expectNoEnglish(page, 'settings, access card');
    await snapshot(page, 'settings-access-zh');
  });
});
