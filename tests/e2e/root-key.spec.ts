import { resolve } from 'node:path';
import { endpointOf } from '../../src/main/cloud/demo-simulator';
import { type BridgeHarness, startBridgeHarness } from '../support/bridge-harness';
import { startTestSimulator } from '../support/test-simulator';
import { expect, test } from './fixtures';

const rendererDir = resolve(__dirname, '../../out/renderer');

/** The first-run key form against a cloud (the simulator) whose keys belong to the account's root. */
for (const [locale, text] of [
  ['en-US', { why: /root user.*RAM user/s, confirm: 'I understand the risk' }],
  ['zh-CN', { why: /主账号.*RAM 用户/s, confirm: '我了解风险' }],
] as const) {
  test(`a root AccessKey is refused with the RAM-user explanation, and kept only after the box is ticked (${locale})`, async ({
    page,
  }) => {
    const sim = await startTestSimulator({ seed: 97, identity: 'Account' });
    let harness: BridgeHarness | undefined;
    try {
      harness = await startBridgeHarness({ rendererDir, locale, account: { simulator: endpointOf(sim) } });
      await page.goto(harness.bridge.url);
      await expect(page.getByTestId('first-run')).toBeVisible();
      await page.getByTestId('key-id').fill(sim.accessKeyId);
      await page.getByTestId('key-secret').fill(sim.accessKeySecret);
      await page.getByTestId('key-save').click();
      const form = page.getByTestId('access-key-form');
      await expect(form.getByTestId('error-note')).toContainText(text.why, { timeout: 30_000 });
      await expect(form.getByTestId('root-key-confirm')).toContainText(text.confirm);
      // Not kept: the button stays off until the person says they understand.
      await expect(form.getByTestId('root-key-use')).toBeDisabled();
      expect((await page.evaluate(() => window.danlu.credentials.status())).configured).toBe(false);

      await form.getByTestId('root-key-understood').check();
      await form.getByTestId('root-key-use').click();
      await expect(page.getByTestId('first-run')).toHaveCount(0, { timeout: 30_000 });
      expect((await page.evaluate(() => window.danlu.credentials.status())).configured).toBe(true);
    } finally {
      await harness?.stop();
      await sim.close();
    }
  });
}
