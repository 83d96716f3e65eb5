import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { silentLogger } from '../../src/main/log/logger';
import { updaterEngine } from '../../src/main/updater/updater-engine';
import type { BridgeHarness } from '../support/bridge-harness';
import { debUpdaterOver, linuxRelease, startUpdateFeed, type UpdateFeedServer } from '../support/update-feed';
import { test as base, expect, skipFirstRun, snapshot } from './fixtures';
import { expectNoEnglish } from './support/english';

const installs: string[] = [];

/**
 * Over the bridge, with what the desktop app adds: electron-updater (for a deb install at 0.1.0)
 * over a mirror on loopback that offers 0.2.0, and an installer that records.
 */
function withUpdates(locale: string) {
  return base.extend<object, { feed: UpdateFeedServer }>({
    feed: [
      // biome-ignore lint/correctness/noEmptyPattern: Playwright reads the fixtures a fixture needs from its first argument.
      async ({}, use) => {
        const server = await startUpdateFeed();
        server.publish('0.2.0', linuxRelease('0.2.0'));
        await use(server);
        await server.close();
      },
      { scope: 'worker' },
    ],
    harnessOptions: async ({ feed }, use) => {
      const cache = mkdtempSync(join(tmpdir(), 'danlu-e2e-updates-'));
      await use({
        // The demo cloud as the app runs it: in real time from now, so its clock is this computer's
        // (the self-check compares the two). Nothing here depends on its market.
        demo: { speed: 1, startTime: Date.now() },
        locale,
        desktop: {
          updater: updaterEngine({
            updater: debUpdaterOver(feed, '0.1.0', cache),
            github: { owner: 'danlu', repo: 'danlu' },
            unavailable: null,
            log: silentLogger,
          }),
          installer: { restartNow: () => installs.push('restart'), installOnQuit: () => installs.push('on quit') },
        },
      });
      rmSync(cache, { recursive: true, force: true });
    },
  });
}

/**
 * Turns automatic checks off (so nothing is read until asked), points the updater at the mirror,
 * presses Check now, and waits for the new version to be downloaded and checked.
 */
async function updateFromMirror(page: Page, harness: BridgeHarness, feed: UpdateFeedServer) {
  feed.requests.length = 0;
  await page.goto(`${harness.bridge.url}/#/settings`);
  const card = page.getByTestId('updates-card');
  await expect(card.getByTestId('update-status')).toHaveAttribute('data-phase', 'idle');
  await card.getByTestId('setting-updateChecks').uncheck();
  await expect.poll(() => harness.runtime.settings.get().updateChecks).toBe(false);
  await card.getByTestId('setting-updateFeedUrl').fill('http://mirror.example.com/danlu/');
  await card.getByTestId('update-mirror-save').click();
  await expect(card.getByTestId('error-updateFeedUrl')).toBeVisible();
  await card.getByTestId('setting-updateFeedUrl').fill(feed.url);
  await card.getByTestId('update-mirror-save').click();
  await expect(card.getByTestId('update-mirror-saved')).toBeVisible();
  // With the switch off, a new mirror is not read until asked.
  expect(feed.requests).toEqual([]);
  await card.getByTestId('update-check').click();
  await expect(card.getByTestId('update-status')).toHaveAttribute('data-phase', 'ready');
  return card;
}

async function exportDiagnostics(page: Page) {
  const card = page.getByTestId('diagnostics-card');
  await card.getByTestId('diagnostics-export').click();
  await expect(card.getByTestId('diagnostics-saved')).toBeVisible({ timeout: 20_000 });
  return card;
}

const english = withUpdates('en-US');
english.beforeEach(({ harness }) => skipFirstRun(harness));

english(
  'Settings checks the mirror, offers the new version, saves the switches, exports diagnostics and reports a problem',
  async ({ page, harness, feed }) => {
    const card = await updateFromMirror(page, harness, feed);
    await expect(card.getByTestId('update-current')).toHaveText('This is Danlu 0.1.0.');
    await expect(card.getByTestId('error-updateFeedUrl')).toHaveCount(0);
    await expect(card.getByTestId('update-status')).toHaveText(
      'Danlu 0.2.0 is downloaded and checked: restart to use it, or it is installed when you quit Danlu.',
    );
    await expect(page.getByTestId('notice').filter({ hasText: 'Danlu 0.2.0 is ready' })).toBeVisible();
    expect(feed.requests).toContain('danlu_0.2.0_amd64.deb');
    expect(harness.runtime.settings.get().updateFeedUrl).toBe(feed.url);

    await page.getByTestId('setting-startAtLogin').check();
    await expect.poll(() => harness.runtime.settings.get()).toMatchObject({ updateChecks: false, startAtLogin: true });

    const diagnostics = await exportDiagnostics(page);
    await expect(diagnostics.getByTestId('diagnostics-saved')).toContainText('danlu-diagnostics-');
    const path = /Saved to (\S+\.zip)/.exec(
      (await diagnostics.getByTestId('diagnostics-saved').textContent()) ?? '',
    )?.[1];
    expect(statSync(path ?? '').size).toBeGreaterThan(500);
    await expect(diagnostics.getByTestId('self-check-keychain')).toHaveText('✓ The system keychain can be reached.');
    await expect(diagnostics.getByTestId('self-check-cloud')).toContainText('The demo cloud answered in');
    await expect(diagnostics.getByTestId('self-check-clock')).toHaveAttribute('data-outcome', 'ok');
    await snapshot(page, 'settings-updates-diagnostics-en');

    await page.context().route('https://github.com/**', (route) => route.fulfill({ body: 'new issue' }));
    const [issue] = await Promise.all([
      page.waitForEvent('popup'),
      diagnostics.getByTestId('diagnostics-report').click(),
    ]);
    await issue.waitForLoadState();
    const url = new URL(issue.url());
    expect(`${url.origin}${url.pathname}`).toBe('https://github.com/danlu/danlu/issues/new');
    expect(url.searchParams.get('body')).toMatch(/Danlu 0\.1\.0 on \w+/);
    expect(url.searchParams.get('body')).toContain('- cloud: ok (demo cloud');

    await card.getByTestId('update-restart').click();
    await expect(card.getByTestId('update-status')).toHaveAttribute('data-phase', 'installing');
    expect(installs).toContain('restart');
  },
);

base.describe('without the desktop app', () => {
  base.beforeEach(({ harness }) => skipFirstRun(harness));

  base('Settings says that Danlu in the browser does not update itself', async ({ page, harness }) => {
    await page.goto(`${harness.bridge.url}/#/settings`);
    const card = page.getByTestId('updates-card');
    await expect(card.getByTestId('update-status')).toHaveText(
      'Danlu in the browser does not update itself: updates come with the installed app.',
    );
    await expect(card.getByTestId('update-check')).toBeDisabled();
  });
});

const chinese = withUpdates('zh-CN');
chinese.beforeEach(({ harness }) => skipFirstRun(harness));

chinese('Settings: the update, start-at-login and diagnostics cards speak Chinese', async ({ page, harness, feed }) => {
  const card = await updateFromMirror(page, harness, feed);
  await expect(card.getByTestId('update-current')).toHaveText('当前是丹炉 0.1.0。');
  await expect(card.getByTestId('update-status')).toContainText('丹炉 0.2.0 已下载并校验');
  await expect(card.getByTestId('update-restart')).toHaveText('立即重启');
  const diagnostics = await exportDiagnostics(page);
  await expect(diagnostics.getByTestId('self-check-keychain')).toHaveText('✓ 可以访问系统钥匙串。');
  await expectNoEnglish(page, 'settings, updates and diagnostics');
  await snapshot(page, 'settings-updates-diagnostics-zh');
});
