import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { DesktopController } from '../../src/main/desktop/desktop-controller';
import type { DesktopPorts } from '../../src/main/desktop/ports';
import { fakeDesktop } from '../../src/main/desktop/testing/desktop-fakes';
import type { TrayAction } from '../../src/main/desktop/tray-model';
import { desktopSources } from '../../src/main/runtime/desktop-sources';
import type { BridgeHarness } from '../support/bridge-harness';
import { expect, skipFirstRun, snapshot, test } from './fixtures';
import { expectNoEnglish } from './support/english';
import { trayMenuPage } from './support/tray-menu';

/**
 * The desktop controller over the running services (the same the window talks to), with the
 * system's side recorded: what the tray shows, notifications, links handed to the browser.
 */
async function trayOver(harness: BridgeHarness, page: Page, locale = 'en-US') {
  const recorder = fakeDesktop();
  const ports: DesktopPorts = recorder.ports;
  const controller = new DesktopController(
    ports,
    desktopSources(harness.runtime, {
      dataDir: join(harness.dataDir, 'data'),
      locale,
      version: '0.1.0',
      platform: 'linux',
      launchCommand: { executable: '/opt/Danlu/danlu', args: [] },
      trayHost: async () => 'present',
    }),
  );
  harness.runtime.events.subscribe((name, payload) => controller.onEvent(name, payload as never));
  await controller.start();
  const draw = async () => {
    const last = recorder.recorded.notifications.at(-1);
    await page.setContent(trayMenuPage(controller.tray(), last));
  };
  await page.exposeFunction('trayClick', async (action: TrayAction) => {
    await controller.trayAction(action);
    await draw();
  });
  await draw();
  return { controller, recorded: recorder.recorded, draw };
}

test('the tray Help menu names the version and exports diagnostics, in English', async ({ page, harness }) => {
  const tray = await trayOver(harness, page);
  const help = page.getByTestId('tray-help');
  await expect(help.locator('li.status')).toHaveText('Danlu 0.1.0');
  await expect(help.locator('li.action')).toHaveText(['Check for updates', 'Export diagnostics…', 'Report a problem…']);
  // This copy runs over the bridge: it does not update itself, so the check is greyed.
  await expect(help.locator('[data-action="checkUpdates"]')).toHaveAttribute('aria-disabled', 'true');
  await snapshot(page, 'tray-help-en');

  await help.locator('[data-action="exportDiagnostics"]').click();
  await expect(page.getByTestId('tray-notification')).toContainText('Diagnostics saved');
  const body = tray.recorded.notifications.at(-1)?.body ?? '';
  const zip = /^(\S+\.zip) holds no AccessKey/.exec(body)?.[1] ?? '';
  expect(existsSync(zip)).toBe(true);
  tray.recorded.notifications.at(-1)?.click();
  expect(tray.recorded.revealed).toEqual([zip]);
  await snapshot(page, 'tray-help-exported-en');

  await help.locator('[data-action="reportProblem"]').click();
  await expect.poll(() => tray.recorded.opened.length).toBe(1);
  expect(tray.recorded.opened[0]).toMatch(/^https:\/\/github\.com\/danlu\/danlu\/issues\/new\?title=&body=/);
});

test.describe('in Chinese', () => {
  test.use({ harnessOptions: { demo: { speed: 30 }, locale: 'zh-CN' } });

  test('the tray Help menu speaks Chinese', async ({ page, harness }) => {
    await trayOver(harness, page, 'zh-CN');
    const help = page.getByTestId('tray-help');
    await expect(help.locator('li.status')).toHaveText('丹炉 0.1.0');
    await expect(help.locator('li.action')).toHaveText(['检查更新', '导出诊断信息…', '报告问题…']);
    await help.locator('[data-action="exportDiagnostics"]').click();
    await expect(page.getByTestId('tray-notification')).toContainText('诊断信息已保存');
    await expectNoEnglish(page, 'tray Help menu');
    await snapshot(page, 'tray-help-zh');
  });
});

test.describe('where the desktop shows no tray icons', () => {
  for (const locale of ['en-US', 'zh-CN']) {
    test.describe(locale, () => {
      test.use({ harnessOptions: { demo: { speed: 30 }, locale, desktop: { trayHost: async () => 'missing' } } });

      test('the window says how to get a tray', async ({ page, harness }) => {
        skipFirstRun(harness);
        await page.goto(`${harness.bridge.url}/#/prices`);
        const banner = page.getByTestId('no-tray');
        await expect(banner).toContainText('gnome-shell-extension-appindicator');
        if (locale === 'zh-CN') {
          await expect(banner).toContainText('你的桌面不显示托盘图标');
          await expectNoEnglish(page, 'no tray banner');
        } else {
          await expect(banner).toContainText('Your desktop shows no tray icons');
        }
        await snapshot(page, `no-tray-${locale.slice(0, 2)}`);
      });
    });
  }
});
