import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { test as base, expect, type Page } from '@playwright/test';
import { type BridgeHarness, type BridgeHarnessOptions, startBridgeHarness } from '../support/bridge-harness';

const rendererDir = resolve(__dirname, '../../out/renderer');

/**
 * Each test gets a fresh bridge (fresh data folder) serving the built renderer, in demo mode on
 * a simulator of its own that runs 30× faster than real time, so a launch takes seconds.
 * `test.use({ harnessOptions: … })` changes the locale or the speed.
 */
export const test = base.extend<{ harnessOptions: BridgeHarnessOptions; harness: BridgeHarness }>({
  harnessOptions: [{ demo: { speed: 30 } }, { option: true }],
  harness: async ({ harnessOptions }, use) => {
    if (!existsSync(resolve(rendererDir, 'index.html'))) {
      throw new Error('out/renderer is missing: run `npm run build` before the browser tests.');
    }
    const harness = await startBridgeHarness({ rendererDir, ...harnessOptions });
    await use(harness);
    await harness.stop();
  },
});

export { expect };

/** Saves a full-page screenshot as a named test artifact under test-results/screenshots. */
export async function snapshot(page: Page, name: string) {
  // The sidebar is sticky: from the top, it is drawn where a person sees it.
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: resolve(__dirname, '../../test-results/screenshots', `${name}.png`), fullPage: true });
}

/** As if the person had already chosen demo mode on the first-run screen (the choice is kept with the settings). */
export function skipFirstRun(harness: BridgeHarness) {
  harness.runtime.settings.update({ demoChosen: true });
}

/** Waits until the page talks to Danlu (the browser bridge connects after the page loads). */
export async function untilConnected(page: Page) {
  await page.waitForFunction(() => window.danlu !== undefined);
}
