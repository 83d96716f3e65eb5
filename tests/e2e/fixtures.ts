import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { test as base, expect } from '@playwright/test';
import { type BridgeHarness, startBridgeHarness } from '../support/bridge-harness';

const rendererDir = resolve(__dirname, '../../out/renderer');

/** Each test gets a fresh bridge (fresh data folder) serving the built renderer. */
export const test = base.extend<{ harness: BridgeHarness }>({
  harness: async ({ browserName: _ }, use) => {
    if (!existsSync(resolve(rendererDir, 'index.html'))) {
      throw new Error('out/renderer is missing: run `npm run build` before the browser tests.');
    }
    const harness = await startBridgeHarness({ rendererDir });
    await use(harness);
    await harness.stop();
  },
});

export { expect };

/** Saves a full-page screenshot as a named test artifact. */
export async function snapshot(page: import('@playwright/test').Page, name: string) {
  await page.screenshot({ path: resolve(__dirname, '../../test-results/screenshots', `${name}.png`), fullPage: true });
}
