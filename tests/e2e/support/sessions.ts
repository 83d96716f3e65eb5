import { expect, type Page } from '@playwright/test';
import type { PlanInput, SessionView } from '../../../src/shared/session';

/** Starts a launch straight through the contract (the Launch page has its own tests); returns at once. */
export async function launchSession(page: Page, plan: Partial<PlanInput> = {}): Promise<SessionView> {
  await page.waitForFunction(() => window.danlu !== undefined);
  return page.evaluate(
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
}

/** Starts a session through the contract, opens its page and waits until it is ready. */
export async function readySession(page: Page, url: string, plan: Partial<PlanInput> = {}): Promise<SessionView> {
  await page.goto(`${url}/#/session`);
  const started = await launchSession(page, plan);
  await page.goto(`${url}/#/session?id=${started.id}`);
  await expect(page.getByTestId('session-detail')).toHaveAttribute('data-phase', 'ready', { timeout: 45_000 });
  return page.evaluate((id) => window.danlu.sessions.get({ id }), started.id);
}
