import { expect, skipFirstRun, snapshot, test } from './fixtures';

test.beforeEach(({ harness }) => skipFirstRun(harness));

test('the frame shows in English and in Chinese, and app.info reaches the page', async ({ page, harness }) => {
  await page.goto(`${harness.bridge.url}/#/settings`);
  await expect(page.getByTestId('nav-prices')).toHaveText('Prices');
  await expect(page.getByTestId('demo-banner')).toContainText('Demo — nothing is bought');
  await expect(page.getByTestId('app-info')).toContainText('bridge');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await snapshot(page, 'shell-settings-en');

  await page.getByTestId('language-select').selectOption('zh-CN');
  await expect(page.getByTestId('nav-prices')).toHaveText('价格');
  await expect(page.getByTestId('nav-settings')).toHaveText('设置');
  await expect(page.getByTestId('demo-banner')).toContainText('演示模式');
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  await snapshot(page, 'shell-settings-zh');

  // The choice is kept: a reload comes back in Chinese.
  await page.reload();
  await expect(page.getByTestId('nav-launch')).toHaveText('创建');

  const info = await page.evaluate(() => window.danlu.app.info());
  expect(info).toMatchObject({ name: 'Danlu', transport: 'bridge', demo: true });
});

test('every page of the frame is reachable from the navigation', async ({ page, harness }) => {
  await page.goto(harness.bridge.url);
  for (const id of ['prices', 'launch', 'session', 'notebook', 'resources', 'settings']) {
    await page.getByTestId(`nav-${id}`).click();
    await expect(page.getByTestId(`page-${id}`)).toBeVisible();
    await expect(page).toHaveURL(new RegExp(`#/${id}$`));
  }
});

test('a malformed request from the page gets a clear error and the bridge keeps serving', async ({ page, harness }) => {
  await page.goto(harness.bridge.url);
  await expect(page.getByTestId('nav-prices')).toBeVisible();
  const result = await page.evaluate(async () => {
    try {
      // @ts-expect-error deliberately wrong input
      await window.danlu.app.ping({ message: 12 });
      return 'no error';
    } catch (error) {
      return (error as Error).message;
    }
  });
  expect(result).toMatch(/^Invalid input for app\.ping: message: .* \[invalid_input\]$/m);
  const pong = await page.evaluate(() => window.danlu.app.ping({ message: 'ok' }));
  expect(pong.message).toBe('ok');
});
