import { expect, skipFirstRun, snapshot, test, untilConnected } from './fixtures';
import { readySession } from './support/sessions';

test.beforeEach(({ harness }) => skipFirstRun(harness));

test('a backend that goes away is said within 5 s, the figures stop, and the window comes back with it', async ({
  page,
  harness,
}) => {
  test.setTimeout(120_000);
  await readySession(page, harness.bridge.url);
  const elapsed = page.getByTestId('elapsed');
  const before = await elapsed.textContent();
  await expect.poll(() => elapsed.textContent()).not.toBe(before);

  await harness.kill();
  await expect(page.getByTestId('connection-lost')).toBeVisible({ timeout: 5000 });
  await expect(page.getByTestId('connection-lost')).toContainText('The connection to Danlu was lost');
  // The elapsed counter stands still while nothing answers.
  const frozen = await elapsed.textContent();
  await page.waitForTimeout(2500);
  expect(await elapsed.textContent()).toBe(frozen);
  await snapshot(page, 'connection-lost-en');

  await harness.restart();
  await page.getByTestId('connection-retry').click();
  await expect(page.getByTestId('connection-lost')).toHaveCount(0, { timeout: 15_000 });
  // The same session, from the journal and the demo account both kept in the data folder.
  await expect(page.getByTestId('session-detail')).toHaveAttribute('data-phase', 'ready');
  await expect.poll(() => elapsed.textContent()).not.toBe(frozen);
});

test('a demo snapshot and its session survive a restart of the backend', async ({ page, harness }) => {
  test.setTimeout(150_000);
  const session = await readySession(page, harness.bridge.url);
  await page.getByTestId('action-release').click();
  await page.getByTestId('release-dialog').getByTestId('release-confirm').click();
  await expect(page.getByTestId('session-detail')).toHaveAttribute('data-phase', 'released', { timeout: 90_000 });
  const released = await page.evaluate((id) => window.danlu.sessions.get({ id }), session.id);
  const snapshotId = released.resources.snapshotIds?.at(-1) as string;
  expect(snapshotId).toMatch(/^s-/);

  await harness.restart();
  await page.reload();
  await page.getByTestId('nav-resources').click();
  const row = page.locator('[data-testid="resource-row"][data-kind="snapshot"]');
  await expect(row).toContainText(snapshotId);
  await expect(row).toHaveAttribute('data-use', 'kept');
  await page.getByTestId('nav-session').click();
  await expect(page.getByTestId('session-detail')).toHaveAttribute('data-phase', 'released');
  await snapshot(page, 'restart-kept-snapshot-en');
});

test.describe('in Chinese', () => {
  test.use({ harnessOptions: { demo: { speed: 30 }, locale: 'zh-CN' } });

  test('the connection-lost banner speaks Chinese', async ({ page, harness }) => {
    await page.goto(`${harness.bridge.url}/#/prices`);
    await untilConnected(page);
    await harness.kill();
    await expect(page.getByTestId('connection-lost')).toContainText('与丹炉的连接已断开', { timeout: 5000 });
    await snapshot(page, 'connection-lost-zh');
  });
});
