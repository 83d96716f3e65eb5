import { expect, skipFirstRun, snapshot, test } from './fixtures';
import { expectNoEnglish } from './support/english';

test.beforeEach(({ harness }) => skipFirstRun(harness));

test('settings: the lease and what becomes of a stop Danlu did not ask for are explained, checked and saved', async ({
  page,
  harness,
}) => {
  await page.goto(`${harness.bridge.url}/#/settings`);
  const form = page.getByTestId('preferences');
  const lease = form.getByTestId('setting-leaseHours');
  await expect(lease).toHaveValue('12');
  await expect(form).toContainText('the cloud releases the instance — your data disk is kept');
  await expect(form.getByLabel('Stop it again in economical mode', { exact: false })).toBeChecked();

  // Less than an hour is refused (the cloud wants half an hour ahead), and so is more than a week.
  await lease.fill('0.5');
  await page.getByTestId('settings-save').click();
  await expect(form.getByRole('alert')).toHaveText('Enter a number from 1 to 168.');
  await lease.fill('200');
  await page.getByTestId('settings-save').click();
  await expect(form.getByRole('alert')).toHaveCount(1);
  await expect(page.getByTestId('settings-saved')).toHaveCount(0);

  await lease.fill('24');
  await form.getByLabel('Release it, keeping the data disk').check();
  await page.getByTestId('settings-save').click();
  await expect(page.getByTestId('settings-saved')).toBeVisible();
  expect(harness.runtime.settings.get()).toMatchObject({ leaseHours: 24, keepChargingStop: 'release' });
  await snapshot(page, 'settings-lease-en');

  await page.reload();
  await expect(page.getByTestId('setting-leaseHours')).toHaveValue('24');
  await expect(page.getByTestId('preferences').getByLabel('Release it, keeping the data disk')).toBeChecked();
});

test.describe('in Chinese', () => {
  test.use({ harnessOptions: { demo: { speed: 30 }, locale: 'zh-CN' } });

  test('the lease and the stop choice speak Chinese', async ({ page, harness }) => {
    await page.goto(`${harness.bridge.url}/#/settings`);
    const form = page.getByTestId('preferences');
    await expect(form).toContainText('丹炉离开时的租约');
    await expect(form).toContainText('云端会释放实例（数据盘保留）');
    await expect(form.getByLabel('释放实例，保留数据盘')).not.toBeChecked();
    await form.getByTestId('setting-leaseHours').fill('0');
    await page.getByTestId('settings-save').click();
    await expect(form.getByRole('alert')).toHaveText('请输入 1 到 168 之间的数字。');
    await expectNoEnglish(page, 'settings, lease and stop choice');
    await snapshot(page, 'settings-lease-zh');
  });
});
