import { expect, skipFirstRun, test, untilConnected } from './fixtures';
import { LANGUAGES, look } from './support/look';
import { launchSession, readySession } from './support/sessions';

/**
 * The states the first hour may not reach, in each language: a launch the balance refuses, a
 * cancelled launch, a spot reclaim and its recovery, saving an image, a kept disk and its
 * deletion, the Launch page with another session billing and the last plan asked for, and
 * Settings refusing values.
 */
for (const [locale, lang] of LANGUAGES) {
  test.describe(`in ${lang}`, () => {
    test.use({ harnessOptions: { demo: { speed: 60 }, locale } });
    test.beforeEach(({ harness }) => skipFirstRun(harness));

    test('reclaim, recover, save an image, keep a disk and delete it', async ({ page, harness }) => {
      test.setTimeout(240_000);
      const session = await readySession(page, harness.bridge.url);
      (await harness.demo()).reclaim(session.resources.instanceId as string, { noticeMs: 5 * 60_000 });
      await expect(page.getByTestId('reclaim-banner')).toBeVisible({ timeout: 30_000 });
      await look(page, lang, 'state-reclaim-notice');
      const detail = page.getByTestId('session-detail');
      await expect(detail).toHaveAttribute('data-phase', 'interrupted', { timeout: 45_000 });
      await look(page, lang, 'state-reclaimed');
      await page.getByTestId('action-recover').click();
      await expect(page.getByTestId('after-move-delete')).toBeChecked();
      await look(page, lang, 'state-recover-dialog');
      await page.getByTestId('recover-confirm').click();
      await expect(detail).not.toHaveAttribute('data-session', session.id);
      await expect(detail).toHaveAttribute('data-phase', 'ready', { timeout: 60_000 });

      await page.getByTestId('action-stop').click();
      await expect(detail).toHaveAttribute('data-phase', 'stopped', { timeout: 30_000 });
      await page.getByTestId('action-image').click();
      await look(page, lang, 'state-image-dialog');
      await page.getByTestId('image-dialog').getByRole('button').last().click();
      const op = page.getByTestId('op-panel');
      await expect(op).toHaveAttribute('data-kind', 'image');
      await expect(op.getByTestId('step-percent').first()).toBeVisible({ timeout: 30_000 });
      await look(page, lang, 'state-saving-image');
      await expect(op).toHaveAttribute('data-state', 'done', { timeout: 90_000 });

      await page.getByTestId('action-release').click();
      const dialog = page.getByTestId('release-dialog');
      await dialog.getByTestId('release-snapshot').uncheck();
      await dialog.getByTestId('release-keep-disk').check();
      await dialog.getByTestId('release-confirm').click();
      await expect(detail).toHaveAttribute('data-phase', 'released', { timeout: 60_000 });
      await look(page, lang, 'state-released-kept-disk');

      await page.getByTestId('nav-resources').click();
      const disk = page.locator('[data-testid="resource-row"][data-kind="disk"]');
      await expect(disk).toHaveAttribute('data-use', 'kept');
      await look(page, lang, 'state-resources-kept');
      await disk.getByTestId('resource-delete').click();
      await look(page, lang, 'state-delete-dialog');
      await page.getByTestId('delete-dialog').getByTestId('delete-confirm').click();
      await expect(disk).toHaveCount(0, { timeout: 30_000 });

      // The last plan brings the image-less plan back with nothing kept: only a password is asked.
      await page.getByTestId('nav-launch').click();
      await page.getByTestId('launch-last').click();
      await expect(page.getByTestId('last-plan-needs')).toBeVisible();
      await look(page, lang, 'state-launch-last-plan');
    });

    test('a cancelled launch, another session billing, and Settings refusing values', async ({ page, harness }) => {
      test.setTimeout(120_000);
      await readySession(page, harness.bridge.url, { name: 'first' });
      await page.getByTestId('nav-launch').click();
      await expect(page.getByTestId('billing-elsewhere')).toBeVisible();
      await look(page, lang, 'state-launch-billing-elsewhere');

      const second = await launchSession(page, { name: 'second' });
      await page.goto(`${harness.bridge.url}/#/session?id=${second.id}`);
      await expect(page.getByTestId('step-network')).toHaveAttribute('data-state', 'done', { timeout: 30_000 });
      await page.getByTestId('action-cancel').click();
      await expect(page.getByTestId('session-detail')).toHaveAttribute('data-phase', 'cancelled', { timeout: 45_000 });
      await expect(page.getByTestId('steps').locator('[data-state="failed"]')).toHaveCount(0);
      await look(page, lang, 'state-cancelled');

      await page.getByTestId('nav-settings').click();
      await page.getByTestId('setting-sessionBudget').fill('-5');
      await page.getByTestId('settings-save').click();
      await expect(page.getByTestId('preferences').getByRole('alert')).toHaveCount(1);
      await look(page, lang, 'state-settings-refused');
    });

    test.describe('with a balance below ¥100', () => {
      test.use({ harnessOptions: { demo: { speed: 60, balance: 50 }, locale } });

      test('a refused launch says why, in the window’s language, with the details behind a disclosure', async ({
        page,
        harness,
      }) => {
        await page.goto(`${harness.bridge.url}/#/launch`);
        await untilConnected(page);
        await expect(page.getByTestId('launch-region')).not.toHaveValue('');
        await page.getByTestId('password').fill('notebook-pass');
        await page.getByTestId('password-again').fill('notebook-pass');
        await page.getByTestId('launch-submit').click();
        await expect(page.getByTestId('session-detail')).toHaveAttribute('data-phase', 'failed', { timeout: 30_000 });
        const error = page.getByTestId('session-error');
        await expect(error.getByTestId('error-title')).toHaveText(
          lang === 'zh' ? '账户余额不足' : 'Not enough balance in the account',
        );
        await expect(error.getByTestId('error-details')).toBeHidden();
        await error.locator('summary').click();
        await expect(error.getByTestId('error-details')).toContainText('InvalidAccountStatus.NotEnoughBalance');
        await look(page, lang, 'state-failed-balance');
      });
    });
  });
}
