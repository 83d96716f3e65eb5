import { expect, type Page } from '@playwright/test';
import type { PlanInput, SessionView } from '../../../src/shared/session';

/**
 * Starts a launch straight through the contract (the Launch page has its own tests); returns at
 * once. `confirmForeign`: ids of the user's own disk, snapshot or image the launch may use.
 */
export async function launchSession(
  page: Page,
  plan: Partial<PlanInput> = {},
  confirmForeign: string[] = [],
): Promise<SessionView> {
  await page.waitForFunction(() => window.danlu !== undefined);
  return page.evaluate(
    ({ p, confirm }) =>
      window.danlu.sessions.launch({
        plan: {
          name: 'lab',
          regionId: 'us-west-1',
          instanceTypes: ['ecs.gn6i-c4g1.xlarge'],
          spot: { strategy: 'SpotAsPriceGo' },
          disk: { kind: 'new', sizeGiB: 40 },
          image: { kind: 'ubuntu', version: '22.04' },
          ...p,
        },
        notebookPassword: 'notebook-pass',
        confirmForeign: confirm,
      }),
    { p: plan, confirm: confirmForeign },
  );
}

/** Starts a session through the contract, opens its page and waits until it is ready. */
export async function readySession(page: Page, url: string, plan: Partial<PlanInput> = {}): Promise<SessionView> {
  await page.goto(`${url}/#/session`);
  const started = await launchSession(page, plan);
  await page.goto(`${url}/#/session?id=${started.id}`);
  await expect(page.getByTestId('session-detail')).toHaveAttribute('data-phase', 'ready', { timeout: 45_000 });
  return page.evaluate((id) => window.danlu.sessions.get({ id }), started.id);
}

/**
 * On a session's page: saves an image of it (named as the dialog offers), then releases it
 * keeping what `keep` says, and waits until it is released.
 */
export async function imageThenRelease(page: Page, keep: { snapshot: boolean; disk: boolean }): Promise<void> {
  await page.getByTestId('action-image').click();
  await page.getByTestId('image-dialog').getByRole('button').last().click();
  await expect(page.getByTestId('op-panel')).toHaveAttribute('data-state', 'done', { timeout: 60_000 });
  await page.getByTestId('action-release').click();
  const dialog = page.getByTestId('release-dialog');
  await dialog.getByTestId('release-snapshot').setChecked(keep.snapshot);
  await dialog.getByTestId('release-keep-disk').setChecked(keep.disk);
  await dialog.getByTestId('release-confirm').click();
  await expect(page.getByTestId('session-detail')).toHaveAttribute('data-phase', 'released', { timeout: 90_000 });
}
