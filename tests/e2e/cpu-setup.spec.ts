import type { Page } from '@playwright/test';
import { expect, skipFirstRun, snapshot, test } from './fixtures';

test.beforeEach(({ harness }) => skipFirstRun(harness));

interface Words {
  saving: RegExp;
  note: RegExp;
  switchLabel: string;
  switchedFrom: RegExp;
  switchedTo: RegExp;
}

/**
 * On the Launch page: ticks "Set up first on a CPU", reads what it saves, launches; on the Session
 * page waits for the CPU set-up, switches to the GPU and waits for the GPU session on the same disk.
 */
async function setUpThenSwitch(page: Page, url: string, words: Words, lang: 'en' | 'zh') {
  await page.goto(`${url}/#/launch`);
  await expect(page.getByTestId('launch-region')).not.toHaveValue('');
  await page.getByTestId('setup-on-cpu').check();
  const saving = page.getByTestId('cpu-setup-saving');
  await expect(saving).toContainText(words.saving, { timeout: 15_000 });
  expect(Number(await saving.getAttribute('data-value'))).toBeGreaterThan(0);
  await page.getByTestId('password').fill('deep-learning-1');
  await page.getByTestId('password-again').fill('deep-learning-1');
  await snapshot(page, `cpu-setup-launch-${lang}`);
  await page.getByTestId('launch-submit').click();

  await expect(page).toHaveURL(/#\/session\?id=ses-/);
  const detail = page.getByTestId('session-detail');
  await expect(detail).toHaveAttribute('data-phase', 'ready', { timeout: 45_000 });
  const cpuId = (await detail.getAttribute('data-session')) as string;
  const cpu = await page.evaluate((id) => window.danlu.sessions.get({ id }), cpuId);
  expect(cpu.instanceType).toMatch(/^ecs\.(c7|g7|u1)/);
  // The set-up ran without the driver step.
  const parts = cpu.steps.find((s) => s.id === 'bootstrap')?.parts ?? [];
  expect(parts.map((p) => p.id)).not.toContain('nvidia');
  await expect(page.getByTestId('cpu-setup-note')).toContainText(words.note);
  await snapshot(page, `cpu-setup-ready-${lang}`);

  await expect(page.getByTestId('action-switch')).toHaveText(words.switchLabel);
  await page.getByTestId('action-switch').click();
  await expect(page.getByTestId('switched-from')).toContainText(words.switchedFrom, { timeout: 45_000 });
  await expect(detail).toHaveAttribute('data-phase', 'ready', { timeout: 60_000 });
  const gpuId = (await detail.getAttribute('data-session')) as string;
  const gpu = await page.evaluate((id) => window.danlu.sessions.get({ id }), gpuId);
  expect(gpu.instanceType).toBe(cpu.plan.instanceTypes[0]);
  expect(gpu.resources.diskId).toBe(cpu.resources.diskId);
  expect(gpu.zoneId).toBe(cpu.zoneId);
  await snapshot(page, `cpu-setup-switched-${lang}`);

  // The set-up's page points to the GPU session; its part of the bill stays there.
  await page.getByTestId('switched-from').getByRole('button').click();
  await expect(page.getByTestId('switched-to')).toContainText(words.switchedTo);
  await expect(detail).toHaveAttribute('data-phase', 'released');
}

test('sets up on a CPU from the Launch page, then switches to the GPU on the same disk', async ({ page, harness }) => {
  await setUpThenSwitch(
    page,
    harness.bridge.url,
    {
      saving: /Saves ¥\d+\.\d{3} an hour while setting up: ecs\.\S+ at ¥/,
      note: /Set up on a CPU for ecs\./,
      switchLabel: 'Switch to GPU',
      switchedFrom: /Set up on a CPU first/,
      switchedTo: /Switched to ecs\./,
    },
    'en',
  );
});

test.describe('in Chinese', () => {
  test.use({ harnessOptions: { demo: { speed: 30 }, locale: 'zh-CN' } });

  test('在“创建”页先用 CPU 准备环境，再用同一块盘切换到 GPU', async ({ page, harness }) => {
    await setUpThenSwitch(
      page,
      harness.bridge.url,
      {
        saving: /准备期间每小时省 ¥\d+\.\d{3}/,
        note: /正在 CPU 上为 ecs\.\S+ 准备环境/,
        switchLabel: '切换到 GPU',
        switchedFrom: /先在 CPU 上准备的环境/,
        switchedTo: /已切换到 ecs\./,
      },
      'zh',
    );
  });
});
