import { expect, skipFirstRun, snapshot, test } from './fixtures';
import { readySession } from './support/sessions';

test.beforeEach(({ harness }) => skipFirstRun(harness));

/** The durations a person reads on the Session page once a launch is ready, in one language. */
async function checkTimeline(
  page: import('@playwright/test').Page,
  url: string,
  words: { total: RegExp; seconds: RegExp; disk: string },
  shot: string,
) {
  const session = await readySession(page, url, { name: 'timed' });
  const total = page.getByTestId('time-to-ready');
  await expect(total).toContainText(words.total);
  const ms = Number(await total.getAttribute('data-ms'));
  expect(ms).toBe(Date.parse(session.readyAt as string) - Date.parse(session.createdAt));
  expect(ms).toBeGreaterThan(0);

  // Each launch step says how long it took.
  const ssh = page.getByTestId('step-ssh');
  await expect(ssh.locator('.step-time')).toContainText(words.seconds);

  // The bootstrap's own parts, each with its duration; steps that wait for none ran side by side.
  const parts = page.getByTestId('step-bootstrap').getByTestId('step-parts');
  await expect(parts.getByTestId('part-disk')).toContainText(words.disk);
  await expect(parts.getByTestId('part-disk').locator('.part-time')).toContainText(words.seconds);
  const view = session.steps.find((s) => s.id === 'bootstrap')?.parts ?? [];
  expect(view.length).toBeGreaterThan(5);
  const part = (id: string) => view.find((p) => p.id === id);
  const user = part('user');
  const facts = part('facts');
  expect(user && facts).toBeTruthy();
  // "user" and "facts" need nothing from each other: they started together.
  expect(Date.parse(facts?.startedAt as string)).toBeLessThan(Date.parse(user?.endedAt as string));
  // "python" waits for "disk" and "user" (the disk itself waits for neither: it starts beside them).
  const python = Date.parse(part('python')?.startedAt as string);
  expect(python).toBeGreaterThanOrEqual(Date.parse(part('disk')?.endedAt as string));
  expect(python).toBeGreaterThanOrEqual(Date.parse(user?.endedAt as string));
  expect(Date.parse(part('disk')?.startedAt as string)).toBeLessThan(Date.parse(user?.endedAt as string));
  await expect(parts.locator('li')).toHaveCount(view.length);
  await snapshot(page, shot);
}

test('the Session page shows each step and bootstrap part with its duration, and the time to a ready notebook', async ({
  page,
  harness,
}) => {
  await checkTimeline(
    page,
    harness.bridge.url,
    { total: /From Launch to a ready notebook: \d+ (s|min)/, seconds: /\d+(\.\d)? s/, disk: 'Mount the data disk' },
    'session-timeline-en',
  );
});

test.describe('in Chinese', () => {
  test.use({ harnessOptions: { demo: { speed: 30 }, locale: 'zh-CN' } });

  test('会话页显示每一步与初始化各部分的用时，以及从点击“创建”到 Notebook 就绪的总时间', async ({ page, harness }) => {
    await checkTimeline(
      page,
      harness.bridge.url,
      { total: /从点击“创建”到 Notebook 就绪：\d+ (秒|分钟)/, seconds: /\d+(\.\d)? 秒/, disk: '挂载数据盘' },
      'session-timeline-zh',
    );
  });
});
