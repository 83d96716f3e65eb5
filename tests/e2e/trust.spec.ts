import type { Page } from '@playwright/test';
import { knownCloudCodes } from '../../src/main/aliyun/testing/known-codes';
import { expect, skipFirstRun, snapshot, test } from './fixtures';
import { expectNoEnglish } from './support/english';
import { layoutProblems } from './support/layout';
import { imageThenRelease, launchSession, readySession } from './support/sessions';

const LANGS = [
  ['en-US', 'en'],
  ['zh-CN', 'zh'],
] as const;

/** What the cloud says, in English, as it does. */
const CLOUD_SAYS = 'The specified resource is in a state that does not support the current operation.';

async function fillPassword(page: Page, password = 'deep-learning-1') {
  await page.getByTestId('password').fill(password);
  await page.getByTestId('password-again').fill(password);
}

/** The session's log as the page shows it. */
const logText = (page: Page) => page.getByTestId('session-log');

for (const [locale, lang] of LANGS) {
  const zh = lang === 'zh';
  test.describe(`in ${lang}`, () => {
    test.use({ harnessOptions: { demo: { speed: 30 }, locale } });

    test('the launch header names the step that runs, at the top of the page', async ({ page, harness }) => {
      skipFirstRun(harness);
      await page.goto(`${harness.bridge.url}/#/launch`);
      await expect(page.getByTestId('launch-region')).not.toHaveValue('');
      await fillPassword(page);
      await page.getByTestId('launch-submit').click();
      const progress = page.getByTestId('session-progress');
      await expect(progress).toHaveAttribute('data-kind', 'launch');
      await expect(progress).toBeInViewport();
      // The step it names is the one the step list shows running.
      await expect
        .poll(async () => {
          const step = await progress.getAttribute('data-step');
          if (!step) return 'no step';
          const state = await page.getByTestId(`step-${step}`).getAttribute('data-state');
          return state === 'running' || state === 'done' ? 'named' : `${step} is ${state}`;
        })
        .toBe('named');
      await expect(progress.getByTestId('session-progress-step')).toContainText(
        zh ? /第 \d+ 步，共 11 步：/ : /Step \d+ of 11: /,
      );
      await snapshot(page, `trust-launch-header-${lang}`);
      await expect(page.getByTestId('session-detail')).toHaveAttribute('data-phase', 'ready', { timeout: 45_000 });
      await expect(progress).toHaveCount(0);
    });

    test('a budget stop says why, with the budget and the amount reached, in the log and the notices', async ({
      page,
      harness,
    }) => {
      test.setTimeout(90_000);
      skipFirstRun(harness);
      harness.runtime.settings.update({ sessionBudget: 0.01, budgetAction: 'stop' });
      await page.goto(`${harness.bridge.url}/#/session`);
      const started = await launchSession(page, { name: 'budget' });
      await page.goto(`${harness.bridge.url}/#/session?id=${started.id}`);
      const detail = page.getByTestId('session-detail');
      await expect(detail).toHaveAttribute('data-phase', 'stopped', { timeout: 60_000 });
      const reason = zh
        ? /已达到会话预算 ¥0\.01：已花费 ¥\d+\.\d\d，每小时 ¥/
        : /session budget of ¥0\.01 is reached: ¥\d+\.\d\d spent, ¥/;
      await expect(logText(page)).toContainText(zh ? '自动停止：' : 'Stopping on its own: ');
      await expect(logText(page)).toContainText(reason);
      await expect(page.getByTestId('op-reason')).toContainText(reason);
      await expect(page.locator('[data-testid="notice"][data-kind="stopped"]')).toContainText(reason);
      await snapshot(page, `trust-budget-stop-${lang}`);
    });

    test('a refused Launch form moves the focus to its first wrong field', async ({ page, harness }) => {
      skipFirstRun(harness);
      await page.goto(`${harness.bridge.url}/#/launch`);
      await expect(page.getByTestId('launch-region')).not.toHaveValue('');
      await page.getByTestId('disk-size').fill('5');
      await page.getByTestId('password').fill('short');
      await page.getByTestId('session-name').fill('My Lab');
      await page.getByTestId('launch-submit').click();
      await expect(page.getByTestId('disk-size')).toBeFocused();
      await page.getByTestId('disk-size').fill('４０');
      await page.getByTestId('launch-submit').click();
      await expect(page.getByTestId('password')).toBeFocused();
      await fillPassword(page);
      await page.keyboard.press('Enter');
      await expect(page.getByTestId('session-name')).toBeFocused();
      expect(await page.evaluate(() => window.danlu.sessions.list())).toEqual([]);
    });

    test('a failed key check leaves the focus on the form', async ({ page, harness }) => {
      await page.goto(harness.bridge.url);
      await expect(page.getByTestId('first-run')).toBeVisible();
      await page.getByTestId('key-id').fill('LTAI5tExampleKeyId42');
      await page.getByTestId('key-secret').fill('ExampleSecretOfThirtyCharacters');
      await page.getByTestId('key-save').click();
      await expect(page.getByTestId('access-key-form').getByTestId('error-note')).toBeVisible({ timeout: 30_000 });
      expect(
        await page.evaluate(() => Boolean(document.activeElement?.closest('[data-testid="access-key-form"]'))),
      ).toBe(true);
    });

    test('"Launch again" after save as image and a release with a snapshot brings back both', async ({
      page,
      harness,
    }) => {
      test.setTimeout(120_000);
      skipFirstRun(harness);
      const ready = await readySession(page, harness.bridge.url, { name: 'thesis' });
      await imageThenRelease(page, { snapshot: true, disk: false });
      const left = (await page.evaluate((id) => window.danlu.sessions.get({ id }), ready.id)).resources;
      const imageId = left.imageId as string;
      const snapshotId = left.snapshotIds?.at(-1) as string;
      expect(imageId).toMatch(/^m-/);
      // The sidebar still names the snapshot that bills.
      await expect(page.getByTestId('glance-storage')).toContainText(snapshotId);

      await page.getByTestId('action-again').click();
      const card = page.getByTestId('last-plan');
      await expect(card).toContainText(zh ? '再次创建 thesis' : 'Launch thesis again');
      await expect(page.getByTestId('last-plan-brings')).toContainText(imageId);
      await expect(page.getByTestId('last-plan-brings')).toContainText(snapshotId);
      // The form fills once the cloud has said the image and the snapshot are still there.
      await expect(page.getByTestId('password')).toBeFocused({ timeout: 20_000 });
      await expect(page.getByTestId('image-custom')).toBeChecked();
      await expect(page.getByTestId('disk-snapshot')).toBeChecked();
      await snapshot(page, `trust-launch-again-${lang}`);
    });

    for (const width of [1280, 880]) {
      test(`the demo shows a spot reclaim from start to end (${width} px)`, async ({ page, harness }) => {
        test.setTimeout(120_000);
        skipFirstRun(harness);
        await page.setViewportSize({ width, height: width === 880 ? 640 : 800 });
        const shot = (step: string) => snapshot(page, `reclaim-${step}-${lang}-${width}`);
        const ready = await readySession(page, harness.bridge.url, { name: 'spot' });
        const detail = page.getByTestId('session-detail');
        const offer = page.getByTestId('demo-reclaim');
        await expect(offer).toContainText(zh ? '模拟竞价回收（演示）' : 'Simulate a spot reclaim (demo)');
        await shot('1-ready');

        await offer.getByRole('button').click();
        // The cloud's notice, about five minutes ahead: the banner, the notice and the log say when and why.
        await expect(page.getByTestId('reclaim-banner')).toBeVisible({ timeout: 30_000 });
        await expect(page.locator('[data-testid="notice"][data-kind="reclaim"]')).toContainText(
          zh ? '原因：云端在' : 'Because at ',
        );
        await expect(logText(page)).toContainText(zh ? '回收通知：云端在' : 'Reclaim notice: at ');
        await expect(offer).toHaveCount(0);
        if (width === 880) expect(await layoutProblems(page)).toEqual([]);
        await shot('2-notice');

        await expect(detail).toHaveAttribute('data-phase', 'interrupted', { timeout: 60_000 });
        await expect(logText(page)).toContainText(zh ? '已被回收：云端已在' : 'Reclaimed: the cloud released');
        // The machine is gone: no SSH, no notebook; what remains is said, and Recover is offered.
        await expect(page.getByTestId('ssh-alias')).toHaveCount(0);
        await expect(page.getByTestId('notebook-url')).toHaveCount(0);
        const remains = page.getByTestId('session-remains');
        await expect(remains).toContainText(ready.resources.diskId as string);
        // Said once: where the data is, not again in a list of what remains.
        await expect(remains.getByText(ready.resources.diskId as string)).toHaveCount(1);
        await expect(page.getByTestId('session-data')).toHaveCount(1);
        await expect(page.getByTestId('action-recover')).toBeVisible();
        if (width === 880) expect(await layoutProblems(page)).toEqual([]);
        await shot('3-reclaimed');

        await page.getByTestId('action-recover').click();
        const ask = page.getByTestId('recover-dialog');
        await expect(ask).toContainText(ready.resources.diskId as string);
        if (width === 880) expect(await layoutProblems(page)).toEqual([]);
        await shot('4-recover-dialog');
        await ask.getByTestId('recover-confirm').click();
        await expect(detail).not.toHaveAttribute('data-session', ready.id);
        await expect(detail).toHaveAttribute('data-phase', 'ready', { timeout: 45_000 });
        const recovered = await page.evaluate(
          (id) => window.danlu.sessions.get({ id }),
          (await detail.getAttribute('data-session')) as string,
        );
        expect(recovered.resources.diskId).toBe(ready.resources.diskId);
        await shot('5-recovered');
      });
    }
  });
}

test.describe('for a person in mainland China', () => {
  test.use({ harnessOptions: { demo: { speed: 30 }, locale: 'zh-CN' }, timezoneId: 'Asia/Shanghai' });

  test('the first Launch form starts in a mainland region, with a GPU of 16 GiB or more', async ({ page, harness }) => {
    skipFirstRun(harness);
    await page.goto(`${harness.bridge.url}/#/launch`);
    await expect(page.getByTestId('launch-region')).toHaveValue(/^cn-/, { timeout: 20_000 });
    await expect(page.getByTestId('type-table').getByTestId('type-use').first()).toBeChecked();
    const chosen = await page.getByTestId('type-row').first().getAttribute('data-type');
    const memory = await page.evaluate(
      async (region) => {
        const scan = await window.danlu.prices.scan({ limit: 2000 });
        return scan.offers.filter((o) => o.regionId === region).map((o) => [o.instanceType, o.gpuMemGiB] as const);
      },
      await page.getByTestId('launch-region').inputValue(),
    );
    expect(memory.find(([t]) => t === chosen)?.[1]).toBeGreaterThanOrEqual(16);
  });
});

test.describe('in Chinese, every cloud error', () => {
  test.use({ harnessOptions: { demo: { speed: 30 }, locale: 'zh-CN' } });

  test('is said in Chinese wherever it shows: Resources, Prices, a failed launch, a failed stop', async ({
    page,
    harness,
  }) => {
    test.setTimeout(300_000);
    skipFirstRun(harness);
    const sim = await harness.demo();
    await page.goto(`${harness.bridge.url}/#/resources`);
    await expect(page.getByTestId('page-resources')).toBeVisible();
    const regions = (await page.evaluate(() => window.danlu.prices.scan({}))).regions.map((r) => r.regionId);
    expect(regions.length).toBeGreaterThan(10);

    // Every code the client knows, one per region, as the cloud would answer it: the Resources page lists each.
    const codes = knownCloudCodes();
    await page.getByTestId('all-regions').check();
    await expect(page.getByTestId('reconcile')).toBeEnabled({ timeout: 60_000 });
    for (let from = 0; from < codes.length; from += regions.length) {
      const chunk = codes.slice(from, from + regions.length);
      sim.faults.set({
        rules: chunk.map((code, i) => ({
          kind: 'error' as const,
          code,
          status: 400,
          message: CLOUD_SAYS,
          actions: ['DescribeSnapshots'],
          regions: [regions[i] as string],
        })),
      });
      await page.getByTestId('reconcile').click();
      await expect(page.getByTestId('reconcile')).toBeEnabled({ timeout: 120_000 });
      await expect(page.getByTestId('resources-failed').locator('li')).toHaveCount(chunk.length);
      await expectNoEnglish(page, `Resources, codes ${chunk.join(', ')}`);
    }
    await snapshot(page, 'trust-cloud-errors-resources-zh');
    sim.faults.clear();

    // A region the cloud refuses on the Prices page.
    sim.faults.set({
      rules: [{ kind: 'error', code: 'Forbidden.RAM', status: 403, message: CLOUD_SAYS, regions: ['eu-central-1'] }],
    });
    await page.getByTestId('nav-prices').click();
    await page.getByTestId('refresh-prices').click();
    await expect(page.getByTestId('failed-regions')).toContainText('eu-central-1', { timeout: 60_000 });
    await expectNoEnglish(page, 'Prices, a refused region');
    sim.faults.clear();

    // A launch the cloud refuses: the session's error, its log and the notice.
    sim.faults.set({
      rules: [
        {
          kind: 'error',
          code: 'InvalidSystemDiskCategory.ValueNotSupported',
          status: 400,
          message: CLOUD_SAYS,
          actions: ['RunInstances'],
        },
      ],
    });
    const failing = await launchSession(page, { name: 'refused' });
    await page.goto(`${harness.bridge.url}/#/session?id=${failing.id}`);
    await expect(page.getByTestId('session-detail')).toHaveAttribute('data-phase', 'failed', { timeout: 45_000 });
    await expect(page.getByTestId('session-error')).toBeVisible();
    await expectNoEnglish(page, 'a launch the cloud refused');
    await snapshot(page, 'trust-cloud-errors-launch-zh');
    sim.faults.clear();

    // A stop the cloud refuses: the operation's error and its notice.
    const ready = await readySession(page, harness.bridge.url, { name: 'stubborn' });
    sim.faults.set({
      rules: [
        { kind: 'error', code: 'IncorrectInstanceStatus', status: 403, message: CLOUD_SAYS, actions: ['StopInstance'] },
      ],
    });
    await page.getByTestId('action-stop').click();
    await expect(page.getByTestId('op-error')).toBeVisible({ timeout: 30_000 });
    await expect(page.locator('[data-testid="notice"][data-kind="operationFailed"]')).toBeVisible();
    await expectNoEnglish(page, 'a stop the cloud refused');
    // What the cloud said is there for a report, behind the details.
    await page.getByTestId('op-error').locator('summary').click();
    await expect(page.getByTestId('op-error').getByTestId('error-details')).toContainText(CLOUD_SAYS);
    await snapshot(page, 'trust-cloud-errors-stop-zh');
    sim.faults.clear();
    expect(ready.phase).toBe('ready');
  });
});
