import { expect, skipFirstRun, test } from './fixtures';
import { LANGUAGES, look } from './support/look';
import { readySession } from './support/sessions';

test.beforeEach(({ harness }) => skipFirstRun(harness));

const HOOK = 'https://open.feishu.cn/open-apis/bot/v2/hook/2f9c4d1e-0b7a-4e5f-9c3d-8a1b2c3d4e5f';

for (const [locale, lang] of LANGUAGES) {
  test.describe(`in ${lang}`, () => {
    test.use({ harnessOptions: { demo: { speed: 30 }, locale } });
    const say = (en: string | RegExp, zh: string | RegExp) => (lang === 'en' ? en : zh);

    test('the Session page shows each GPU and a chart of its last minutes', async ({ page, harness }) => {
      test.setTimeout(90_000);
      await readySession(page, harness.bridge.url);
      const panel = page.getByTestId('gpu-panel');
      await expect(panel).toHaveAttribute('data-state', 'reading', { timeout: 20_000 });
      await expect(panel).toContainText(say('Demo readings', '演示读数'));
      const figure = panel.getByTestId('gpu-figure');
      await expect(figure).toHaveCount(1);
      await expect(figure).toContainText('GPU 0 · Tesla T4');
      await expect(figure).toContainText(say(/Utilisation: \d+ %/, /利用率: \d+ %/));
      await expect(figure).toContainText(say(/of 15 GiB/, /\/ 15 GiB/));
      // Two readings (five seconds apart) make a line.
      const chart = panel.getByTestId('gpu-chart');
      await expect(chart).toHaveAttribute('data-points', /^([2-9]|\d\d+)$/, { timeout: 20_000 });
      await expect(chart.locator('canvas')).toBeVisible();
      await expect(chart).toContainText(say('GPU 0 memory', 'GPU 0 显存'));
      await expect(panel).toContainText(say('The last 10 minutes', '最近 10 分钟'));
      await look(page, lang, 'session-gpu');
    });

    test('Settings keeps a webhook without showing its address, and refuses one that is not https', async ({
      page,
      harness,
    }) => {
      await page.goto(`${harness.bridge.url}/#/settings`);
      const card = page.getByTestId('webhook-settings');
      await expect(card).toContainText(
        say('No webhook: notices stay on this computer.', '未设置 Webhook：通知只显示在本机。'),
      );
      await card.getByTestId('webhook-format').selectOption('feishu');
      await card.getByTestId('webhook-url').fill('http://open.feishu.cn/open-apis/bot/v2/hook/x');
      await card.getByTestId('webhook-save').click();
      await expect(card.getByTestId('error-url')).toHaveText(say('use an https:// address', '请使用 https:// 地址'));
      await card.getByTestId('webhook-url').fill(HOOK);
      await card.getByTestId('webhook-save').click();
      await expect(card).toHaveAttribute('data-configured', 'true');
      await expect(card.getByTestId('webhook-current')).toHaveText(
        say('Sends to open.feishu.cn (Feishu / Lark bot).', '发送到 open.feishu.cn（飞书 / Lark 机器人）。'),
      );
      await expect(card.getByTestId('webhook-status')).toHaveText(say('Not used yet.', '尚未使用。'));
      await expect(card.getByTestId('webhook-url')).toHaveValue('');
      await expect(card.getByTestId('webhook-test')).toBeVisible();
      expect(await page.content()).not.toContain('2f9c4d1e-0b7a');
      await card.scrollIntoViewIfNeeded();
      await look(page, lang, 'settings-webhook');
    });
  });
}
