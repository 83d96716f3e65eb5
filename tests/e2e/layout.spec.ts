import type { Page } from '@playwright/test';
import { expect, skipFirstRun, snapshot, test } from './fixtures';
import { readySession } from './support/sessions';

/** The window's smallest size (BrowserWindow minWidth). */
const MIN = { width: 880, height: 640 };

test.use({ viewport: MIN });
test.beforeEach(({ harness }) => skipFirstRun(harness));

/** Anything that scrolls sideways at this width: the page itself, or a box inside it. */
async function sidewaysScroll(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const found: string[] = [];
    const root = document.scrollingElement as HTMLElement;
    if (root.scrollWidth > root.clientWidth + 1) found.push(`page ${root.scrollWidth} > ${root.clientWidth}`);
    for (const el of Array.from(document.querySelectorAll<HTMLElement>('body *'))) {
      const style = getComputedStyle(el);
      const scrolls = style.overflowX === 'auto' || style.overflowX === 'scroll';
      if (scrolls && el.scrollWidth > el.clientWidth + 1) {
        found.push(`${el.tagName.toLowerCase()}.${el.className} ${el.scrollWidth} > ${el.clientWidth}`);
      }
    }
    return found;
  });
}

for (const [locale, lang] of [
  ['en-US', 'en'],
  ['zh-CN', 'zh'],
] as const) {
  test.describe(`at 880 px, in ${lang}`, () => {
    test.use({ harnessOptions: { demo: { speed: 30 }, locale } });

    test('no page scrolls sideways, and every action stays on screen', async ({ page, harness }) => {
      test.setTimeout(120_000);
      await page.goto(`${harness.bridge.url}/#/prices`);
      await expect(page.getByTestId('price-row').first()).toBeVisible({ timeout: 20_000 });
      await page.getByTestId('price-row').first().getByTestId('open-history').click();
      await expect(page.getByTestId('aws-row').first()).toBeVisible();
      expect(await sidewaysScroll(page), 'prices').toEqual([]);
      await expect(page.getByTestId('price-row').first().getByTestId('launch-this')).toBeInViewport();
      await snapshot(page, `narrow-prices-${lang}`);

      await page.getByTestId('nav-launch').click();
      await expect(page.getByTestId('type-table')).toBeVisible();
      expect(await sidewaysScroll(page), 'launch').toEqual([]);
      await snapshot(page, `narrow-launch-${lang}`);

      await readySession(page, harness.bridge.url, { name: 'narrow-window', regionId: 'ap-southeast-1' });
      expect(await sidewaysScroll(page), 'session').toEqual([]);
      await snapshot(page, `narrow-session-${lang}`);

      for (const id of ['notebook', 'resources', 'settings']) {
        await page.getByTestId(`nav-${id}`).click();
        await expect(page.getByTestId(`page-${id}`)).toBeVisible();
        expect(await sidewaysScroll(page), id).toEqual([]);
        await snapshot(page, `narrow-${id}-${lang}`);
      }
    });
  });
}

test('a dialog keeps the focus inside, closes with Escape and gives the focus back', async ({ page, harness }) => {
  test.setTimeout(90_000);
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
