import type { Page } from '@playwright/test';
import { englishSentences } from '../support/english-text';
import { expect, snapshot, test } from './fixtures';
import { expectNoEnglish } from './support/english';

/** The per-hour rate the simulated cloud bills right now, across everything it holds. */
async function billedPerHour(harness: { demo(): Promise<import('../../src/simulator').Simulator> }) {
  const ledger = (await harness.demo()).ledger();
  return ledger.entries.filter((e) => e.open).reduce((sum, e) => sum + e.unitPrice * e.quantity, 0);
}

/** One page of the journey: in Chinese it must not show an English sentence; either way it is photographed. */
async function look(page: Page, lang: 'en' | 'zh', name: string) {
  if (lang === 'zh') await expectNoEnglish(page, name);
  await snapshot(page, `${name}-${lang}`);
}

test('the English-sentence detector finds English sentences and leaves names, ids and Chinese alone', () => {
  expect(englishSentences('The launch failed because the zone is sold out.')).toHaveLength(1);
  expect(englishSentences('已在 us-west-1a 创建 d-rj9abc；Alibaba Cloud 的 AccessKey ID')).toEqual([]);
  expect(englishSentences('NVIDIA Tesla T4 · 16 GiB · ecs.gn6i-c4g1.xlarge')).toEqual([]);
  expect(englishSentences('Sold out in')).toEqual(['Sold out in']);
});

/**
 * The whole first hour of a new user, in each UI language, with a screenshot of every page and
 * state: first run → demo → Prices → Launch → Session launching and ready → Notebook → Stop →
 * Start → Stop → Release with a snapshot → Resources → Settings. In Chinese no page may show an
 * English sentence; after the release the rate shown is what the cloud still bills.
 */
for (const [locale, lang, demoWords] of [
  ['en-US', 'en', 'Demo — nothing is bought'],
  ['zh-CN', 'zh', '演示模式'],
] as const) {
  test.describe(`in ${lang}`, () => {
    test.use({ harnessOptions: { demo: { speed: 30 }, locale } });

    test('first run → demo → prices → launch → ready → stop → start → release → resources', async ({
      page,
      harness,
    }) => {
      test.setTimeout(240_000);
      await page.goto(harness.bridge.url);
      await expect(page.getByTestId('first-run')).toBeVisible();
      await expect(page.getByTestId('env-note')).toContainText('ALIYUN_ACCESS_KEY_ID');
      await page.locator('.ram-details summary').click();
      await expect(page.getByTestId('ram-policy-json')).toContainText('ecs:RunInstances');
      await look(page, lang, 'first-run');
      // A malformed key is refused under its field, in the window's language.
      await page.getByTestId('key-id').fill('hello world');
      await page.getByTestId('key-save').click();
      await expect(page.getByTestId('error-accessKeyId')).toBeVisible();
      await expect(page.getByTestId('error-accessKeySecret')).toBeVisible();
      await look(page, lang, 'first-run-key-errors');
      await page.getByTestId('continue-demo').click();

      // Prices, with the demo banner on every page from now on.
      await expect(page.getByTestId('page-prices')).toBeVisible();
      await expect(page.getByTestId('demo-banner')).toContainText(demoWords);
      await page.getByTestId('filter-region-group').selectOption('overseas');
      await page.getByTestId('filter-in-stock').check();
      const row = page.getByTestId('price-row').first();
      await expect(row).toBeVisible();
      await look(page, lang, 'prices');
      await row.getByTestId('open-history').click();
      await expect(page.getByTestId('price-chart').locator('canvas')).toBeVisible();
      await expect(page.getByTestId('aws-row').first()).toBeVisible();
      await look(page, lang, 'prices-history');
      const type = (await row.getAttribute('data-type')) as string;
      await row.getByTestId('launch-this').click();

      // Launch what the Prices page carried; asking without a password names the field.
      await expect(page.getByTestId('page-launch')).toBeVisible();
      await expect(
        page.getByTestId('type-table').locator(`[data-type="${type}"]`).getByTestId('type-use'),
      ).toBeChecked();
      await page.getByTestId('launch-submit').click();
      await expect(page.getByTestId('error-password')).toBeVisible();
      await look(page, lang, 'launch-errors');
      await page.getByTestId('password').fill('notebook-pass');
      await page.getByTestId('password-again').fill('notebook-pass');
      await look(page, lang, 'launch');
      await page.getByTestId('launch-submit').click();

      // The session launches step by step and reaches ready; the meter ticks.
      const detail = page.getByTestId('session-detail');
      await expect(detail).toHaveAttribute('data-phase', 'launching');
      await expect(page.getByTestId('step-network')).toHaveAttribute('data-state', 'done', { timeout: 30_000 });
      await look(page, lang, 'session-launching');
      await expect(detail).toHaveAttribute('data-phase', 'ready', { timeout: 60_000 });
      const cost = page.getByTestId('cost-so-far');
      await expect(cost).not.toHaveAttribute('data-value', '');
      const before = Number(await cost.getAttribute('data-value'));
      await expect.poll(async () => Number(await cost.getAttribute('data-value'))).toBeGreaterThan(before);
      // One clock: the sidebar and the session card show the same elapsed time.
      await expect
        .poll(async () => {
          const glance = (await page.getByTestId('glance-elapsed').first().textContent()) ?? '';
          const card = (await page.getByTestId('elapsed').textContent()) ?? '';
          return glance === card;
        })
        .toBe(true);
      await look(page, lang, 'session-ready');

      await page.getByTestId('nav-notebook').click();
      const card = page.getByTestId('notebook-card');
      await card.getByTestId('notebook-open').click();
      await expect(card.getByTestId('notebook-demo-note')).toBeVisible();
      await look(page, lang, 'notebook');

      // Stop: its steps show as they run, and a notice says how it ended.
      await page.getByTestId('nav-session').click();
      await page.getByTestId('action-stop').click();
      const op = page.getByTestId('op-panel');
      await expect(op).toHaveAttribute('data-kind', 'stop');
      await expect(op.getByTestId('step-stopWait')).toHaveAttribute('data-state', /running|done/);
      await expect(detail).toHaveAttribute('data-phase', 'stopped', { timeout: 45_000 });
      await expect(op).toHaveAttribute('data-state', 'done');
      await expect(page.getByTestId('billing-stopped')).toHaveAttribute('data-stopped', 'true');
      await expect(page.locator('[data-testid="notice"][data-kind="stopped"]')).toBeVisible();
      await look(page, lang, 'session-stopped');

      // Start, the same way.
      await page.getByTestId('action-start').click();
      await expect(op).toHaveAttribute('data-kind', 'start');
      await expect(op.getByTestId('op-steps').locator('li')).toHaveCount(3);
      await look(page, lang, 'session-starting');
      await expect(detail).toHaveAttribute('data-phase', 'ready', { timeout: 45_000 });
      await expect(page.locator('[data-testid="notice"][data-kind="started"]')).toBeVisible();

      // Release with a snapshot: the snapshot's percentage shows while the cloud reports it.
      await page.getByTestId('action-release').click();
      const dialog = page.getByTestId('release-dialog');
      await expect(dialog.getByTestId('release-snapshot')).toBeChecked();
      await expect(dialog.getByTestId('release-keep-disk')).not.toBeChecked();
      await look(page, lang, 'release-dialog');
      await dialog.getByTestId('release-confirm').click();
      await expect(op).toHaveAttribute('data-kind', 'release');
      await expect(op.getByTestId('step-percent')).toBeVisible({ timeout: 45_000 });
      await look(page, lang, 'session-releasing');
      await expect(detail).toHaveAttribute('data-phase', 'released', { timeout: 90_000 });
      await expect(op).toHaveAttribute('data-state', 'done');
      await expect(page.locator('[data-testid="notice"][data-kind="released"]')).toBeVisible();
      // What is still billed is the snapshot alone, and the page says exactly that much.
      await expect
        .poll(async () => Number(await page.getByTestId('cost-per-hour').getAttribute('data-value')))
        .toBeCloseTo(await billedPerHour(harness), 6);
      expect(await billedPerHour(harness)).toBeGreaterThan(0);
      await look(page, lang, 'session-released');

      // What is left: the snapshot, kept on purpose, and nothing else.
      await page.getByTestId('nav-resources').click();
      await expect(page.getByTestId('resource-row')).toHaveCount(1);
      await expect(page.getByTestId('resource-row')).toHaveAttribute('data-kind', 'snapshot');
      await expect(page.getByTestId('resource-row')).toHaveAttribute('data-use', 'kept');
      // The cloud's state in the window's words, not its raw value.
      await expect(page.getByTestId('resource-row').locator('[data-status]')).toHaveText(
        lang === 'zh' ? '已完成' : 'Complete',
      );
      await look(page, lang, 'resources');

      await page.getByTestId('nav-settings').click();
      await expect(page.getByTestId('credentials-status')).toBeVisible();
      await expect(page.getByTestId('ram-policy-json')).toBeVisible();
      await look(page, lang, 'settings');
    });
  });
}
