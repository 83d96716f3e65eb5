import { expect, skipFirstRun, snapshot, test } from './fixtures';

const values = (page: import('@playwright/test').Page, testId: string) =>
  page.getByTestId(testId).evaluateAll((cells) => cells.map((c) => Number(c.getAttribute('data-value'))));
const ascending = (xs: number[]) => xs.every((x, i) => i === 0 || (xs[i - 1] as number) <= x);

test.beforeEach(async ({ page }) => skipFirstRun(page));

test('the Prices page lists every spot offer cheapest first, filters by GPU model, sorts and opens a history chart', async ({
  page,
  harness,
}) => {
  await page.goto(`${harness.bridge.url}/#/prices`);
  const rows = page.getByTestId('price-row');
  await expect(rows.first()).toBeVisible();
  // Every offer the (simulated) cloud sells as spot is counted, and the cheapest come first.
  const truth = (await harness.demo()).spotOffers().length;
  await expect(page.getByTestId('cache-age')).toContainText(`shown of ${truth.toLocaleString('en')}`);
  expect(ascending(await values(page, 'spot-price'))).toBe(true);

  await page.getByTestId('filter-gpu').selectOption('NVIDIA T4');
  await expect
    .poll(() =>
      page.getByTestId('gpu').evaluateAll((cells) => [...new Set(cells.map((c) => c.getAttribute('data-model')))]),
    )
    .toEqual(['NVIDIA T4']);

  await page.getByTestId('filter-gpu').selectOption('');
  await page.getByTestId('sort').selectOption('pricePerGpuGiB');
  await expect.poll(async () => ascending(await values(page, 'per-gpu-gib'))).toBe(true);
  // Sorting per GPU GiB really reorders: big-memory GPUs move up, so spot prices are no longer ascending.
  expect(ascending(await values(page, 'spot-price'))).toBe(false);

  const first = rows.first();
  const model = await first.getByTestId('gpu').getAttribute('data-model');
  await first.getByTestId('open-history').click();
  const detail = page.getByTestId('offer-detail');
  await expect(detail.getByTestId('price-chart').locator('canvas')).toBeVisible();
  await expect(detail.getByTestId('history-stats')).toContainText('price changes');
  await expect(detail.getByTestId('aws-comparison')).toContainText(
    `Compared with AWS EC2 (${model?.replace('NVIDIA ', '')})`,
  );
  await expect(detail.getByTestId('aws-dated')).toContainText('Static reference as of');
  await expect(detail.getByTestId('aws-row').first()).toBeVisible();
  await snapshot(page, 'prices-history-en');
});

test('bad input is named in the form, and filters that match nothing say why', async ({ page, harness }) => {
  await page.goto(`${harness.bridge.url}/#/prices`);
  await expect(page.getByTestId('price-row').first()).toBeVisible();
  const before = await page.getByTestId('price-row').count();

  await page.getByTestId('filter-max-price').fill('-1');
  await expect(page.getByTestId('filter-max-price-error')).toHaveText('Cannot be negative.');
  await page.getByTestId('filter-min-mem').fill('lots');
  await expect(page.getByTestId('filter-min-mem-error')).toHaveText('Enter a number, e.g. 2.5.');
  // The table stays as it was instead of going blank.
  await expect(page.getByTestId('price-row')).toHaveCount(before);
  await snapshot(page, 'prices-bad-input-en');

  await page.getByTestId('filter-min-mem').fill('');
  await page.getByTestId('filter-max-price').fill('0.01');
  await expect(page.getByTestId('prices-empty')).toContainText(
    'Nothing costs ¥0.01/h or less; the cheapest offer is ¥',
  );
  await expect(page.getByTestId('price-row')).toHaveCount(0);

  await page.getByRole('button', { name: 'Clear filters' }).click();
  await expect(page.getByTestId('filter-max-price')).toHaveValue('');
  await expect(page.getByTestId('price-row')).toHaveCount(before);
});

test('a scan shows its progress, lists the regions that failed and keeps the others', async ({ page, harness }) => {
  await page.goto(`${harness.bridge.url}/#/prices`);
  await expect(page.getByTestId('price-row').first()).toBeVisible();
  const sim = await harness.demo();
  sim.faults.add({
    rules: [
      { kind: 'latency', fixedMs: 150 },
      { kind: 'error', code: 'InternalError', status: 500, regions: ['eu-central-1'] },
    ],
  });
  await page.getByTestId('refresh-prices').click();
  await expect(page.getByTestId('scan-progress')).toContainText(/Scanning regions: \d+ of \d+ answered/);
  await expect(page.getByTestId('failed-regions')).toContainText('eu-central-1', { timeout: 45_000 });
  await expect(page.getByTestId('cache-age')).toContainText('Prices from just now');
  await expect(page.getByTestId('price-row').first()).toBeVisible();
  sim.faults.clear();
});

test('"Launch this" carries region, zone and type to the Launch page', async ({ page, harness }) => {
  await page.goto(`${harness.bridge.url}/#/prices`);
  await page.getByTestId('filter-region-group').selectOption('overseas');
  const row = page.getByTestId('price-row').first();
  await expect(row).toBeVisible();
  const [region, zone, type] = await Promise.all(
    ['data-region', 'data-zone', 'data-type'].map((a) => row.getAttribute(a)),
  );
  await row.getByTestId('launch-this').click();
  await expect(page.getByTestId('page-launch')).toBeVisible();
  await expect(page.getByTestId('launch-zone')).toHaveValue(zone as string);
  await expect(page.getByTestId('launch-region')).toHaveValue(region as string);
  await expect(page.getByTestId('type-table').locator(`[data-type="${type}"]`).getByTestId('type-use')).toBeChecked();
});

test.describe('in Chinese', () => {
  test.use({ harnessOptions: { demo: { speed: 30 }, locale: 'zh-CN' } });

  test('the Prices page speaks Chinese: region names, headings, numbers', async ({ page, harness }) => {
    await page.goto(`${harness.bridge.url}/#/prices`);
    await expect(page.getByRole('columnheader', { name: '竞价 ¥/小时' })).toBeVisible();
    await expect(page.getByTestId('region-name').first()).toHaveText(/[\u4e00-\u9fff]/);
    await page.getByTestId('filter-max-price').fill('-3');
    await expect(page.getByTestId('filter-max-price-error')).toHaveText('不能为负数。');
    await page.getByTestId('filter-max-price').fill('');
    await page.getByTestId('price-row').first().getByTestId('open-history').click();
    await expect(page.getByTestId('price-chart').locator('canvas')).toBeVisible();
    await expect(page.getByTestId('aws-comparison')).toContainText('与 AWS EC2 对比');
    await snapshot(page, 'prices-history-zh');
  });
});
