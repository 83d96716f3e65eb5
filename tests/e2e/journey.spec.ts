import { expect, snapshot, test } from './fixtures';

/**
 * The whole first hour of a new user, in each UI language, with a screenshot of every page:
 * first run → demo mode → Prices → Launch → Session ready → the meter ticks → Stop → Release.
 */
for (const [locale, lang, demoWords] of [
  ['en-US', 'en', 'Demo — nothing is bought'],
  ['zh-CN', 'zh', '演示模式'],
] as const) {
  test.describe(`in ${lang}`, () => {
    test.use({ harnessOptions: { demo: { speed: 30 }, locale } });

    test('first run → demo → prices → launch → ready → meter → stop → release', async ({ page, harness }) => {
      test.setTimeout(120_000);
      await page.goto(harness.bridge.url);
      await expect(page.getByTestId('first-run')).toBeVisible();
      await expect(page.getByTestId('env-note')).toContainText('ALIYUN_ACCESS_KEY_ID');
      await page.locator('.ram-details summary').click();
      await expect(page.getByTestId('ram-policy-json')).toContainText('ecs:RunInstances');
      await snapshot(page, `first-run-${lang}`);
      await page.getByTestId('continue-demo').click();

      // Prices, with the demo banner on every page from now on.
      await expect(page.getByTestId('page-prices')).toBeVisible();
      await expect(page.getByTestId('demo-banner')).toContainText(demoWords);
      await page.getByTestId('filter-region-group').selectOption('overseas');
      await page.getByTestId('filter-in-stock').check();
      const row = page.getByTestId('price-row').first();
      await expect(row).toBeVisible();
      await snapshot(page, `prices-${lang}`);
      const type = (await row.getAttribute('data-type')) as string;
      await row.getByTestId('launch-this').click();

      // Launch what the Prices page carried.
      await expect(page.getByTestId('page-launch')).toBeVisible();
      await expect(page.getByTestId('demo-banner')).toBeVisible();
      await expect(
        page.getByTestId('type-table').locator(`[data-type="${type}"]`).getByTestId('type-use'),
      ).toBeChecked();
      await page.getByTestId('password').fill('notebook-pass');
      await page.getByTestId('password-again').fill('notebook-pass');
      await snapshot(page, `launch-${lang}`);
      await page.getByTestId('launch-submit').click();

      // The session reaches ready; the meter ticks.
      const detail = page.getByTestId('session-detail');
      await expect(detail).toHaveAttribute('data-phase', 'launching');
      await expect(detail).toHaveAttribute('data-phase', 'ready', { timeout: 45_000 });
      await expect(page.getByTestId('demo-banner')).toBeVisible();
      const cost = page.getByTestId('cost-so-far');
      await expect(cost).not.toHaveAttribute('data-value', '');
      const before = Number(await cost.getAttribute('data-value'));
      await expect.poll(async () => Number(await cost.getAttribute('data-value'))).toBeGreaterThan(before);
      await expect(page.getByTestId('glance-figures')).toBeVisible();
      await snapshot(page, `session-ready-${lang}`);

      // The notebook of the ready session (demo: no machine behind it, and the page says so).
      await page.getByTestId('nav-notebook').click();
      const card = page.getByTestId('notebook-card');
      await expect(card.getByTestId('notebook-card-url')).toContainText('https://');
      await card.getByTestId('notebook-open').click();
      await expect(card.getByTestId('notebook-demo-note')).toBeVisible();
      await snapshot(page, `notebook-${lang}`);

      // Stop: the page says whether billing really stopped.
      await page.getByTestId('nav-session').click();
      await page.getByTestId('action-stop').click();
      await expect(detail).toHaveAttribute('data-phase', 'stopped', { timeout: 45_000 });
      await expect(page.getByTestId('billing-stopped')).toHaveAttribute('data-stopped', 'true');
      await expect(page.getByTestId('action-start')).toBeVisible();
      await snapshot(page, `session-stopped-${lang}`);

      // Release, with a snapshot and without keeping the disk (the defaults).
      await page.getByTestId('action-release').click();
      const dialog = page.getByTestId('release-dialog');
      await expect(dialog.getByTestId('release-snapshot')).toBeChecked();
      await expect(dialog.getByTestId('release-keep-disk')).not.toBeChecked();
      await snapshot(page, `release-dialog-${lang}`);
      await dialog.getByTestId('release-confirm').click();
      await expect(detail).toHaveAttribute('data-phase', 'released', { timeout: 60_000 });

      // What is left: the snapshot, kept on purpose, and nothing else.
      await page.getByTestId('nav-resources').click();
      await expect(page.getByTestId('resource-row')).toHaveCount(1);
      await expect(page.getByTestId('resource-row')).toHaveAttribute('data-kind', 'snapshot');
      await expect(page.getByTestId('resource-row')).toHaveAttribute('data-use', 'kept');
      await snapshot(page, `resources-${lang}`);

      await page.getByTestId('nav-settings').click();
      await expect(page.getByTestId('credentials-status')).toBeVisible();
      await expect(page.getByTestId('ram-policy-json')).toBeVisible();
      await snapshot(page, `settings-${lang}`);
    });
  });
}
