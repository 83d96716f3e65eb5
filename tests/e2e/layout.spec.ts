import type { Page } from '@playwright/test';
import type { BridgeHarness } from '../support/bridge-harness';
import { makeForeignDisk } from '../support/foreign-resources';
import { expect, skipFirstRun, snapshot, test, untilConnected } from './fixtures';
import { layoutProblems } from './support/layout';
import { imageThenRelease, launchSession, readySession } from './support/sessions';

/** The window's smallest size (BrowserWindow minWidth). */
const MIN = { width: 880, height: 640 };

test.use({ viewport: MIN });

/** Every page and dialog a person meets, each measured at this width, with a screenshot of it. */
async function everyPageAndDialog(page: Page, harness: BridgeHarness, lang: string) {
  const check = async (where: string) => {
    expect.soft(await layoutProblems(page), where).toEqual([]);
    await snapshot(page, `narrow-${where}-${lang}`);
  };
  const detail = page.getByTestId('session-detail');

  await page.goto(harness.bridge.url);
  await expect(page.getByTestId('first-run')).toBeVisible();
  await check('first-run');
  await page.getByTestId('continue-demo').click();

  await page.getByTestId('nav-prices').click();
  await expect(page.getByTestId('price-row').first()).toBeVisible({ timeout: 20_000 });
  await page.getByTestId('price-row').first().getByTestId('open-history').click();
  await expect(page.getByTestId('aws-row').first()).toBeVisible();
  await expect(page.getByTestId('price-row').first().getByTestId('launch-this')).toBeInViewport();
  await check('prices');

  await page.getByTestId('nav-launch').click();
  await expect(page.getByTestId('type-table')).toBeVisible();
  await check('launch');
  await page.getByTestId('disk-size').fill('5');
  await page.getByTestId('launch-submit').click();
  await expect(page.getByTestId('launch-invalid')).toBeVisible();
  await check('launch-errors');

  const ready = await readySession(page, harness.bridge.url, { name: 'narrow-window', regionId: 'ap-southeast-1' });
  await check('session-ready');
  await page.getByTestId('action-release').click();
  await expect(page.getByTestId('release-dialog')).toBeVisible();
  await check('release-dialog');
  await page.keyboard.press('Escape');
  await page.getByTestId('action-image').click();
  await expect(page.getByTestId('image-dialog')).toBeVisible();
  await check('image-dialog');
  await page.keyboard.press('Escape');

  // A second launch, watched while it runs: its header names the step.
  const second = await launchSession(page, { name: 'second', regionId: 'ap-southeast-1' });
  await page.goto(`${harness.bridge.url}/#/session?id=${second.id}`);
  await expect(page.getByTestId('session-progress')).toBeVisible();
  await check('session-launching');
  await page.getByTestId('action-cancel').click();
  await expect(detail).toHaveAttribute('data-phase', 'cancelled', { timeout: 45_000 });
  await check('session-cancelled');

  await page.goto(`${harness.bridge.url}/#/session?id=${ready.id}`);
  await page.getByTestId('action-stop').click();
  await expect(detail).toHaveAttribute('data-phase', 'stopped', { timeout: 45_000 });
  await check('session-stopped');
  // An image and a snapshot too, so Resources lists every kind of row it has.
  await imageThenRelease(page, { snapshot: true, disk: true });
  await expect(page.getByTestId('session-remains')).toBeVisible();
  // The sidebar still names what bills: the kept disk.
  await expect(page.getByTestId('glance-storage')).toContainText(ready.resources.diskId as string);
  await check('session-released');

  await page.getByTestId('nav-launch').click();
  await expect(page.getByTestId('last-plan')).toBeVisible();
  await check('launch-last-plan');

  await page.getByTestId('nav-resources').click();
  await expect(page.getByTestId('resource-delete').first()).toBeVisible({ timeout: 20_000 });
  await check('resources');
  await page.getByTestId('resource-delete').first().click();
  await expect(page.getByTestId('delete-dialog')).toBeVisible();
  await check('delete-dialog');
  await page.keyboard.press('Escape');

  // A disk someone made in the console: the launch asks before using it.
  const sim = await harness.demo();
  const zoneId = (await page.evaluate((id) => window.danlu.sessions.get({ id }), ready.id)).zoneId as string;
  const foreignDisk = await makeForeignDisk(sim, 'ap-southeast-1', zoneId);
  const theirs = await launchSession(
    page,
    { name: 'theirs', regionId: 'ap-southeast-1', disk: { kind: 'existing', diskId: foreignDisk } },
    [foreignDisk],
  );
  await page.evaluate((id) => window.danlu.sessions.cancel({ id }), theirs.id);
  await page.goto(`${harness.bridge.url}/#/launch?from=${theirs.id}`);
  await expect(page.getByTestId('password')).toBeFocused({ timeout: 20_000 });
  await page.getByTestId('password').fill('notebook-pass');
  await page.getByTestId('password-again').fill('notebook-pass');
  await page.getByTestId('launch-submit').click();
  await expect(page.getByTestId('foreign-dialog')).toBeVisible();
  await check('foreign-dialog');
  await page.keyboard.press('Escape');

  for (const id of ['notebook', 'settings'] as const) {
    await page.getByTestId(`nav-${id}`).click();
    await expect(page.getByTestId(`page-${id}`)).toBeVisible();
    await check(id);
  }
}

for (const [locale, lang] of [
  ['en-US', 'en'],
  ['zh-CN', 'zh'],
] as const) {
  test.describe(`at 880 px, in ${lang}`, () => {
    test.use({ harnessOptions: { demo: { speed: 30 }, locale } });

    test('every page and dialog fits: no clipped column, no control sticking out, nothing sideways', async ({
      page,
      harness,
    }) => {
      test.setTimeout(300_000);
      await everyPageAndDialog(page, harness, lang);
    });
  });
}

test('a dialog keeps the focus inside, closes with Escape and gives the focus back', async ({ page, harness }) => {
  test.setTimeout(90_000);
  skipFirstRun(harness);
  await readySession(page, harness.bridge.url, { name: 'narrow-window', regionId: 'ap-southeast-1' });
  const opener = page.getByTestId('action-release');
  await opener.focus();
  await page.keyboard.press('Enter');
  const dialog = page.getByTestId('release-dialog');
  await expect(dialog).toBeVisible();
  const inside = () => page.evaluate(() => Boolean(document.activeElement?.closest('[role="dialog"]')));
  expect(await inside()).toBe(true);
  for (let i = 0; i < 8; i++) {
    await page.keyboard.press('Tab');
    expect(await inside(), `after ${i + 1} Tab`).toBe(true);
  }
  for (let i = 0; i < 8; i++) {
    await page.keyboard.press('Shift+Tab');
    expect(await inside(), `after ${i + 1} Shift+Tab`).toBe(true);
  }
  await page.keyboard.press('Escape');
  await expect(dialog).toHaveCount(0);
  await expect(opener).toBeFocused();
});

test('the app works by keyboard alone: navigate, open an offer, launch', async ({ page, harness }) => {
  skipFirstRun(harness);
  await page.goto(`${harness.bridge.url}/#/prices`);
  await expect(page.getByTestId('price-row').first()).toBeVisible({ timeout: 20_000 });
  // A skip link leads past the navigation to the page.
  await page.keyboard.press('Tab');
  await expect(page.getByTestId('skip-to-content')).toBeFocused();
  await page.keyboard.press('Enter');
  await page.getByTestId('price-row').first().getByTestId('launch-this').focus();
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('page-launch')).toBeVisible();
  await page.getByTestId('password').focus();
  await page.keyboard.type('notebook-pass');
  await page.keyboard.press('Tab');
  await page.keyboard.type('notebook-pass');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('session-detail')).toBeVisible();
});

test('in English an apostrophe is as narrow as a letter, not a full-width mark with a gap after it', async ({
  page,
  harness,
}) => {
  skipFirstRun(harness);
  await page.goto(`${harness.bridge.url}/#/prices`);
  await untilConnected(page);
  const widths = await page.evaluate(() => {
    const measure = (text: string) => {
      const span = document.createElement('span');
      span.textContent = text;
      document.querySelector('main, #root, body')?.appendChild(span);
      const width = span.getBoundingClientRect().width;
      span.remove();
      return width;
    };
    return { apostrophe: measure('’'), ideograph: measure('中'), letter: measure('n') };
  });
  expect(widths.apostrophe).toBeLessThan(widths.letter);
  expect(widths.apostrophe).toBeLessThan(widths.ideograph / 2);
});
