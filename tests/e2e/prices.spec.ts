import { expect, skipFirstRun, snapshot, test } from './fixtures';

const values = (page: import('@playwright/test').Page, testId: string) =>
  page.getByTestId(testId).evaluateAll((cells) => cells.map((c) => Number(c.getAttribute('data-value'))));
const ascending = (xs: number[]) => xs.every((x, i) => i === 0 || (xs[i - 1] as number) <= x);

/** Rows re-sort while estimates turn exact; order is only asserted once every price is the cloud's. */
const untilAllExact = async (page: import('@playwright/test').Page) => {
  const counter = page.getByTestId('exact-count');
  await expect
    .poll(async () => (await counter.getAttribute('data-exact')) === (await counter.getAttribute('data-total')), {
      timeout: 45_000,
    })
    .toBe(true);
};

test.beforeEach(({ harness }) => skipFirstRun(harness));

test('the Prices page lists every spot offer cheapest first, filters by GPU model, sorts and opens a history chart', async ({
  page,
  harness,
}) => {
  await page.goto(`${harness.bridge.url}/#/prices`);
  const rows = page.getByTestId('price-row');
  await expect(rows.first()).toBeVisible();
  // Every offer the (simulated) cloud sells as spot is counted, and the cheapest come first.
  const truth = (await harness.demo()).spotOffers().length;
  // One count of what the cloud sells, not a limit on top of another.
  await expect(page.getByTestId('cache-age')).toContainText(`${truth} offers`);
  await untilAllExact(page);
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
    /Nothing costs ¥0\.01\/h or less; the cheapest offer is ≈?¥/,
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
  // Read again just now (the page was opened minutes ago on the demo's fast clock): one age, said once.
  await expect(page.getByTestId('cache-age')).toContainText(/Prices from (\d+ s|[12] min) ago/);
  const status = (await page.locator('.scan-summary').textContent()) ?? '';
  expect(status.match(/ ago/g) ?? []).toHaveLength(1);
  expect(status).not.toContain('just now');
  await expect(page.getByTestId('price-row').first()).toBeVisible();
  sim.faults.clear();
});

test('"Launch this" carries region, zone and type to the Launch page', async ({ page, harness }) => {
  await page.goto(`${harness.bridge.url}/#/prices`);
  await page.getByTestId('filter-region-group').selectOption('overseas');
  await expect(page.getByTestId('price-row').first()).toBeVisible();
  await untilAllExact(page);
  // Read the offer in one go and click that very row: rows may still move as the market does.
  const { region, zone, type } = await page
    .getByTestId('price-row')
    .first()
    .evaluate((row) => ({
      region: row.getAttribute('data-region') as string,
      zone: row.getAttribute('data-zone') as string,
      type: row.getAttribute('data-type') as string,
    }));
  const row = page.locator(`[data-testid="price-row"][data-zone="${zone}"][data-type="${type}"]`);
  await row.getByTestId('launch-this').click();
  await expect(page.getByTestId('page-launch')).toBeVisible();
  await expect(page.getByTestId('launch-zone')).toHaveValue(zone);
  await expect(page.getByTestId('launch-region')).toHaveValue(region);
  await expect(page.getByTestId('type-table').locator(`[data-type="${type}"]`).getByTestId('type-use')).toBeChecked();
});

/**
 * Slows the simulated cloud's price reads (not its stock) so the first screen's estimates stay on
 * screen for seconds, then checks them turning exact: the ≈ markers go, the counter
 * reaches the total, and the first row is the cheapest offer the cloud really sells.
 */
async function estimatesTurnExact(
  page: import('@playwright/test').Page,
  harness: import('../support/bridge-harness').BridgeHarness,
  texts: { counter: (exact: number, total: number) => string; best: string },
) {
  const sim = await harness.demo();
  const reads = ['DescribeSpotPriceHistory', 'DescribePrice'];
  // The first round of reads (the rows on screen come first) is slow, the rest quicker.
  sim.faults.add({
    rules: [
      { kind: 'latency', fixedMs: 4000, actions: reads, times: 200 },
      { kind: 'latency', fixedMs: 300, actions: reads },
    ],
  });
  await page.goto(`${harness.bridge.url}/#/prices`);
  const rows = page.getByTestId('price-row');
  // Every region is asked in real time here: a busy machine may take a while.
  await expect(rows.first()).toBeVisible({ timeout: 30_000 });
  const total = sim.spotOffers().length;
  // First: estimates, marked, with where they come from; nothing is called the cheapest yet
  // (the top rows are read first, so they may be exact already).
  await expect(page.getByTestId('estimate').first()).toBeVisible();
  await expect(page.getByTestId('basis').first()).toBeVisible();
  await expect(page.getByTestId('best-badge')).toHaveCount(0);
  const counter = page.getByTestId('exact-count');
  expect(Number(await counter.getAttribute('data-exact'))).toBeLessThan(total);
  await expect(page.getByTestId('exact-progress')).toBeVisible();
  await snapshot(page, `prices-estimates-${texts.best === 'Cheapest' ? 'en' : 'zh'}`);

  // Then every price is the cloud's: the markers are gone and the counter reached the total.
  await expect(counter).toHaveAttribute('data-exact', String(total), { timeout: 45_000 });
  await expect(counter).toContainText(texts.counter(total, total));
  await expect(page.getByTestId('estimate')).toHaveCount(0);
  await expect(rows.first().getByTestId('best-badge')).toHaveText(texts.best);
  const [region, zone, type] = await Promise.all(
    ['data-region', 'data-zone', 'data-type'].map((a) => rows.first().getAttribute(a)),
  );
  const truth = sim.spotOffers().filter((o) => o.stock !== 'WithoutStock');
  const cheapest = Math.min(...truth.map((o) => o.spotPrice));
  const first = truth.find((o) => o.regionId === region && o.zoneId === zone && o.instanceType === type);
  expect(first?.spotPrice).toBe(cheapest);
  expect(Number(await rows.first().getByTestId('spot-price').getAttribute('data-value'))).toBe(cheapest);
  await snapshot(page, `prices-exact-${texts.best === 'Cheapest' ? 'en' : 'zh'}`);
  sim.faults.clear();
}

test.describe('in Chinese', () => {
  test.use({ harnessOptions: { demo: { speed: 30 }, locale: 'zh-CN' } });

  test('the Prices page speaks Chinese: region names, headings, numbers', async ({ page, harness }) => {
    await page.goto(`${harness.bridge.url}/#/prices`);
    await expect(page.getByRole('columnheader', { name: '竞价 ¥/小时' })).toBeVisible();
    await expect(page.getByTestId('region-name').first()).toHaveText(/[\u4e00-\u9fff]/);
    await page.getByTestId('filter-max-price').fill('-3');
    await expect(page.getByTestId('filter-max-price-error')).toHaveText('不能为负数。');
    await snapshot(page, 'prices-bad-input-zh');
    await page.getByTestId('filter-max-price').fill('');
    await page.getByTestId('price-row').first().getByTestId('open-history').click();
    await expect(page.getByTestId('price-chart').locator('canvas')).toBeVisible();
    await expect(page.getByTestId('aws-comparison')).toContainText('与 AWS EC2 对比');
    await snapshot(page, 'prices-history-zh');
  });
});

test.describe('estimates turning exact', () => {
  // Real time from a fixed hour: the market does not move while the page and the truth are compared.
  const calm = { speed: 1, startTime: Date.UTC(2026, 5, 1, 8, 0, 0) };

  test.describe('in English', () => {
    test.use({ harnessOptions: { demo: calm } });
    test("the first screen's estimates turn exact: the markers go and the counter reaches the total", async ({
      page,
      harness,
    }) => {
      await estimatesTurnExact(page, harness, {
        counter: (exact, total) => `${exact.toLocaleString('en')} of ${total.toLocaleString('en')} prices exact`,
        best: 'Cheapest',
      });
    });
  });

  test.describe('in Chinese', () => {
    test.use({ harnessOptions: { demo: calm, locale: 'zh-CN' } });
    test("the first screen's estimates turn exact: the markers go and the counter reaches the total", async ({
      page,
      harness,
    }) => {
      await estimatesTurnExact(page, harness, {
        counter: (exact, total) => `${total} 个价格中 ${exact} 个为准确价格`,
        best: '最便宜',
      });
    });
  });
});
