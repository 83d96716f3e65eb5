import { expect, type Page } from '@playwright/test';
import type { PlanInput, SessionView } from '../../../src/shared/session';

/**
 * Starts a session straight through the contract (the Launch page has its own tests), opens its
 * page and waits until it is ready.
 */
export async function readySession(page: Page, url: string, plan: Partial<PlanInput> = {}): Promise<SessionView> {
  await page.goto(`${url}/#/session`);
  await page.waitForFunction(() => window.danlu !== undefined);
  const started = await page.evaluate(
    (p) =>
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
      }),
    plan,
  );
  await page.goto(`${url}/#/session?id=${started.id}`);
  await expect(page.getByTestId('session-detail')).toHaveAttribute('data-phase', 'ready', { timeout: 45_000 });
  return page.evaluate((id) => window.danlu.sessions.get({ id }), started.id);
}
