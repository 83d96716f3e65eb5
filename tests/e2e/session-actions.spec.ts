import { expect, skipFirstRun, snapshot, test } from './fixtures';
import { readySession } from './support/sessions';

// These sessions wait on the cloud's slow parts (a 5-minute reclaim notice, image creation): a faster clock.
test.use({ harnessOptions: { demo: { speed: 60 } } });
test.beforeEach(({ harness }) => skipFirstRun(harness));

test('a spot reclaim shows a banner with its deadline, then Recover relaunches with the same data disk', async ({
  page,
  harness,
}) => {
  test.setTimeout(90_000);
  const session = await readySession(page, harness.bridge.url);
  const sim = await harness.demo();
  sim.reclaim(session.resources.instanceId as string, { noticeMs: 5 * 60_000 });

  const banner = page.getByTestId('reclaim-banner');
  await expect(banner).toBeVisible({ timeout: 30_000 });
  await expect(banner).toContainText('The cloud is taking this spot instance back.');
  await expect(banner).toContainText(/released from \d{2}:\d{2}:\d{2}/);
  await snapshot(page, 'session-reclaim-en');

  const detail = page.getByTestId('session-detail');
  await expect(detail).toHaveAttribute('data-phase', 'interrupted', { timeout: 45_000 });
  await expect(banner).toHaveCount(0);
  // Recovering asks first what becomes of the disk if it must move to another zone; deleting the
  // original once the new session is ready is the default.
  await page.getByTestId('action-recover').click();
  const ask = page.getByTestId('recover-dialog');
  await expect(ask).toContainText(session.resources.diskId as string);
  await expect(ask.getByTestId('after-move-delete')).toBeChecked();
  await ask.getByTestId('after-move-keep').check();
  await ask.getByTestId('recover-confirm').click();
  await expect(detail).not.toHaveAttribute('data-session', session.id);
  const recovered = (await detail.getAttribute('data-session')) as string;
  await expect(page).toHaveURL(new RegExp(`id=${recovered}`));
  const plan = await page.evaluate((id) => window.danlu.sessions.get({ id }).then((s) => s.plan), recovered);
  expect(plan.disk).toEqual({ kind: 'existing', diskId: session.resources.diskId, afterMove: 'keep' });
  await expect(detail).toHaveAttribute('data-phase', 'ready', { timeout: 45_000 });
});

test('stop, start, save as image: the image is offered by the Launch page', async ({ page, harness }) => {
  test.setTimeout(90_000);
  await readySession(page, harness.bridge.url);
  const detail = page.getByTestId('session-detail');
  await page.getByTestId('action-stop').click();
  await expect(detail).toHaveAttribute('data-phase', 'stopped', { timeout: 30_000 });
  await page.getByTestId('action-start').click();
  await expect(detail).toHaveAttribute('data-phase', 'ready', { timeout: 30_000 });

  // Saved from the running machine: its secrets go first, then it stops and its disk is imaged.
  await page.getByTestId('action-image').click();
  const dialog = page.getByTestId('image-dialog');
  await dialog.getByTestId('image-name').fill('9 lives');
  await expect(dialog.getByRole('alert')).toContainText('Start with a letter');
  await dialog.getByTestId('image-name').fill('danlu-lab-ready');
  await dialog.getByRole('button', { name: 'Save image' }).click();
  await expect(page.getByTestId('action-image')).toHaveText('Saving image…');
  const op = page.getByTestId('op-panel');
  await expect(op).toHaveAttribute('data-kind', 'image');
  await expect(op).toContainText('Remove every secret from the machine');
  await expect(page.getByTestId('session-progress')).toContainText('of 6');
  await expect(op.getByTestId('step-percent').first()).toBeVisible({ timeout: 30_000 });
  await expect(op).toHaveAttribute('data-state', 'done', { timeout: 60_000 });
  await expect(page.getByTestId('action-image')).toHaveText('Save as image…');
  await expect(detail).toHaveAttribute('data-phase', 'stopped');
  await expect(page.locator('[data-testid="notice"][data-kind="imageSaved"]')).toContainText('Image saved');

  await page.getByTestId('nav-launch').click();
  await page.getByTestId('launch-region').selectOption('us-west-1');
  await page.getByTestId('image-custom').check();
  await expect(page.getByTestId('image-id').locator('option', { hasText: 'danlu-lab-ready' })).toHaveCount(1);
});

test('a kept disk is listed with its monthly cost and can be deleted after confirming', async ({ page, harness }) => {
  test.setTimeout(90_000);
  const session = await readySession(page, harness.bridge.url);
  // The tray's "Release…" opens the session with the question already asked; closing it asks nothing.
  await page.goto(`${harness.bridge.url}/#/session?id=${session.id}&release=1`);
  const dialog = page.getByTestId('release-dialog');
  await expect(dialog).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(dialog).toHaveCount(0);
  await expect(page.getByTestId('session-detail')).toHaveAttribute('data-phase', 'ready');
  await page.getByTestId('action-release').click();
  await expect(dialog).toContainText(/costs about ¥[\d.,]+ a month/);
  await dialog.getByTestId('release-snapshot').uncheck();
  await expect(dialog.getByTestId('release-data-lost')).toBeVisible();
  await dialog.getByTestId('release-keep-disk').check();
  await expect(dialog.getByTestId('release-data-lost')).toHaveCount(0);
  await dialog.getByTestId('release-confirm').click();
  await expect(page.getByTestId('session-detail')).toHaveAttribute('data-phase', 'released', { timeout: 45_000 });

  await page.getByTestId('nav-resources').click();
  const disk = page.locator(`[data-testid="resource-row"][data-kind="disk"]`);
  await expect(disk).toHaveAttribute('data-use', 'kept');
  await expect(disk).toContainText(session.resources.diskId as string);
  await snapshot(page, 'resources-kept-disk-en');
  await disk.getByTestId('resource-delete').click();
  const confirm = page.getByTestId('delete-dialog');
  await expect(confirm).toContainText('cannot be undone');
  await confirm.getByTestId('delete-confirm').click();
  await expect(page.getByTestId('no-resources')).toBeVisible({ timeout: 30_000 });
  const sim = await harness.demo();
  const disks = (sim.resources() as unknown as { disks: Array<{ diskId?: string; status: string }> }).disks;
  expect(disks.filter((d) => d.status !== 'Deleted')).toEqual([]);
});

test('settings: budgets and guards are checked, saved and read back', async ({ page, harness }) => {
  await page.goto(`${harness.bridge.url}/#/settings`);
  await page.getByTestId('setting-sessionBudget').fill('-5');
  await page.getByTestId('setting-priceCacheTtlMinutes').fill('0');
  await page.getByTestId('settings-save').click();
  await expect(page.getByTestId('preferences').getByRole('alert')).toHaveCount(2);
  await expect(page.getByTestId('settings-saved')).toHaveCount(0);

  await page.getByTestId('setting-sessionBudget').fill('20');
  await page.getByTestId('setting-priceCacheTtlMinutes').fill('30');
  await page.getByTestId('setting-monthlyBudget').fill('');
  await page.getByLabel('Only tell me').check();
  await page.getByTestId('settings-save').click();
  await expect(page.getByTestId('settings-saved')).toBeVisible();
  expect(await page.evaluate(() => window.danlu.settings.get())).toMatchObject({
    sessionBudget: 20,
    monthlyBudget: null,
    priceCacheTtlMinutes: 30,
    budgetAction: 'ask',
  });
  await page.reload();
  await expect(page.getByTestId('setting-sessionBudget')).toHaveValue('20');
});
