import type { Page } from '@playwright/test';
import type { Simulator } from '../../src/simulator';
import { expect, skipFirstRun, snapshot, test, untilConnected } from './fixtures';
import { launchSession } from './support/sessions';

test.beforeEach(({ harness }) => skipFirstRun(harness));

async function fillPassword(page: Page, password = 'deep-learning-1') {
  await page.getByTestId('password').fill(password);
  await page.getByTestId('password-again').fill(password);
}

/** What the simulated cloud still holds that Danlu made (the public images are the cloud's own). */
function leftovers(sim: Simulator) {
  const all = sim.resources() as unknown as Record<string, Array<{ status?: string }>>;
  const kinds = ['instances', 'disks', 'snapshots', 'vpcs', 'vSwitches', 'securityGroups', 'keyPairs'];
  return Object.fromEntries(kinds.map((k) => [k, (all[k] ?? []).filter((r) => r.status !== 'Deleted').length]));
}

test('the Launch page starts a session and the Session page shows every step to the end', async ({ page, harness }) => {
  await page.goto(`${harness.bridge.url}/#/launch`);
  // The form starts from the cheapest overseas offer, as the seed advises.
  await expect(page.getByTestId('launch-region')).not.toHaveValue('');
  await expect(page.getByTestId('type-table').getByTestId('type-use').first()).toBeChecked();
  await expect(page.getByTestId('bid-prices')).toContainText('pay-as-you-go');
  await expect(page.getByTestId('precondition')).toContainText('balance above ¥100');
  await fillPassword(page);
  await snapshot(page, 'launch-en');
  await page.getByTestId('launch-submit').click();

  await expect(page).toHaveURL(/#\/session\?id=ses-/);
  const detail = page.getByTestId('session-detail');
  await expect(detail).toHaveAttribute('data-phase', 'launching');
  await expect(page.getByTestId('action-cancel')).toBeVisible();
  // Steps finish one after another while the page watches.
  await expect(page.getByTestId('step-preflight')).toHaveAttribute('data-state', 'done');
  await expect(page.getByTestId('step-instance')).toHaveAttribute('data-state', 'done', { timeout: 30_000 });
  await expect(page.getByTestId('attempt').first()).toContainText(/Running|Trying/);
  await snapshot(page, 'session-launching-en');
  await expect(detail).toHaveAttribute('data-phase', 'ready', { timeout: 30_000 });
  for (const step of await page.getByTestId('steps').locator('li').all()) {
    await expect(step).toHaveAttribute('data-state', /done|skipped/);
  }
  await expect(page.getByTestId('session-log')).toContainText('running at');
  await expect(page.getByTestId('ssh-alias')).toHaveText('ssh danlu-lab');
  await expect(page.getByTestId('ssh-full')).toContainText('ml@');
  await expect(page.getByTestId('action-stop')).toBeVisible();
  await snapshot(page, 'session-ready-en');
});

test('cancelling half-way rolls back: nothing is left in the cloud', async ({ page, harness }) => {
  await page.goto(`${harness.bridge.url}/#/launch`);
  await expect(page.getByTestId('launch-region')).not.toHaveValue('');
  await page.getByTestId('session-name').fill('halfway');
  await fillPassword(page);
  await page.getByTestId('launch-submit').click();
  // Half-way: the network exists and the disk is being made or the instance asked for.
  await expect(page.getByTestId('step-network')).toHaveAttribute('data-state', 'done', { timeout: 30_000 });
  const sim = await harness.demo();
  expect(leftovers(sim).vpcs).toBeGreaterThan(0);
  await page.getByTestId('action-cancel').click();
  await expect(page.getByTestId('session-detail')).toHaveAttribute('data-phase', 'cancelled', { timeout: 45_000 });
  await expect(page.getByTestId('action-cancel')).toHaveCount(0);

  expect(leftovers(sim)).toEqual({
    instances: 0,
    disks: 0,
    snapshots: 0,
    vpcs: 0,
    vSwitches: 0,
    securityGroups: 0,
    keyPairs: 0,
  });
  // The Resources page agrees: Danlu holds nothing in that region.
  await page.getByTestId('nav-resources').click();
  await expect(page.getByTestId('no-resources')).toBeVisible();
  await snapshot(page, 'session-cancelled-resources-en');
});

test('the Launch form names wrong fields before anything is bought', async ({ page, harness }) => {
  await page.goto(`${harness.bridge.url}/#/launch`);
  await expect(page.getByTestId('launch-region')).not.toHaveValue('');
  await page.getByTestId('password').fill('short');
  await page.getByTestId('password-again').fill('other');
  await page.getByTestId('disk-size').fill('5');
  await page.getByTestId('session-name').fill('My Lab');
  await page.getByTestId('bid-limit').check();
  await page.getByTestId('bid-limit-value').fill('0.001');
  await expect(page.getByText("Below today's spot price")).toBeVisible();
  await page.getByTestId('launch-submit').click();
  await expect(page.getByTestId('error-password')).toHaveText('Use at least 8 characters.');
  await expect(page.getByTestId('error-diskSize')).toContainText('from 20 to 32768');
  await expect(page.getByTestId('error-name')).toContainText('lower-case letters');
  await expect(page.getByTestId('launch-invalid')).toBeVisible();
  await expect(page).toHaveURL(/#\/launch/);
  expect(await page.evaluate(() => window.danlu.sessions.list())).toEqual([]);
});

test('a link naming an unknown region says so and starts from the cheapest offer', async ({ page, harness }) => {
  await page.goto(`${harness.bridge.url}/#/launch?region=xx-nowhere-9&type=ecs.gn6i-c4g1.xlarge`);
  await expect(page.getByTestId('unknown-region')).toContainText('There is no region "xx-nowhere-9"');
  await expect(page.getByTestId('launch-region')).not.toHaveValue('');
  await expect(page.getByTestId('launch-region')).not.toHaveValue('xx-nowhere-9');
});

test('"Launch last plan" fills in the previous plan and launches it once the password is given', async ({
  page,
  harness,
}) => {
  await page.goto(`${harness.bridge.url}/#/session`);
  await untilConnected(page);
  await page.evaluate(async () => {
    const first = await window.danlu.sessions.launch({
      plan: {
        name: 'yesterday',
        regionId: 'eu-central-1',
        instanceTypes: ['ecs.gn6i-c4g1.xlarge', 'ecs.gn5i-c2g1.large'],
        spot: { strategy: 'SpotWithPriceLimit', priceLimit: 5 },
        disk: { kind: 'new', sizeGiB: 60 },
        image: { kind: 'ubuntu', version: '24.04' },
      },
      notebookPassword: 'notebook-pass',
    });
    await window.danlu.sessions.cancel({ id: first.id });
  });
  await page.getByTestId('nav-launch').click();
  // One line says what comes back: the type and region, the image and the data.
  await expect(page.getByTestId('last-plan-brings')).toHaveText(
    'Brings back ecs.gn6i-c4g1.xlarge in eu-central-1, Ubuntu 24.04 and a new 60 GiB data disk.',
  );
  await page.getByTestId('launch-last').click();
  // The password is never kept: only it is asked for, calmly, with the rest filled in.
  await expect(page.getByTestId('last-plan-needs')).toBeVisible();
  await expect(page.getByTestId('error-password')).toHaveCount(0);
  await expect(page.getByTestId('password')).toBeFocused();
  await expect(page.getByTestId('launch-region')).toHaveValue('eu-central-1');
  await expect(page.getByTestId('bid-limit-value')).toHaveValue('5');
  await expect(page.getByTestId('disk-size')).toHaveValue('60');
  await expect(page.getByTestId('image-ubuntu-24.04')).toBeChecked();
  await fillPassword(page);
  await page.getByTestId('launch-submit').click();
  await expect(page).toHaveURL(/#\/session\?id=ses-/);
  const id = (await page.getByTestId('session-detail').getAttribute('data-session')) as string;
  const plan = await page.evaluate((sid) => window.danlu.sessions.get({ id: sid }).then((v) => v.plan), id);
  expect(plan).toMatchObject({
    name: 'yesterday',
    regionId: 'eu-central-1',
    instanceTypes: ['ecs.gn6i-c4g1.xlarge', 'ecs.gn5i-c2g1.large'],
    spot: { strategy: 'SpotWithPriceLimit', priceLimit: 5 },
    disk: { kind: 'new', sizeGiB: 60 },
    image: { kind: 'ubuntu', version: '24.04' },
  });
});

test('"Launch last plan" brings the work back: the snapshot saved at the last release, and says what it costs', async ({
  page,
  harness,
}) => {
  test.setTimeout(120_000);
  await page.goto(`${harness.bridge.url}/#/session`);
  await untilConnected(page);
  const first = await launchSession(page, { name: 'thesis', disk: { kind: 'new', sizeGiB: 50 } });
  await page.goto(`${harness.bridge.url}/#/session?id=${first.id}`);
  await expect(page.getByTestId('session-detail')).toHaveAttribute('data-phase', 'ready', { timeout: 45_000 });
  await page.getByTestId('action-release').click();
  await page.getByTestId('release-dialog').getByTestId('release-confirm').click();
  await expect(page.getByTestId('session-detail')).toHaveAttribute('data-phase', 'released', { timeout: 90_000 });
  const snapshotId = (
    await page.evaluate((id) => window.danlu.sessions.get({ id }), first.id)
  ).resources.snapshotIds?.at(-1) as string;

  await page.getByTestId('nav-launch').click();
  await expect(page.getByTestId('last-plan')).toHaveAttribute('data-disk', 'snapshot');
  await expect(page.getByTestId('last-plan-brings')).toContainText(`your work from snapshot ${snapshotId}`);
  await page.getByTestId('launch-last').click();
  await expect(page.getByTestId('disk-snapshot')).toBeChecked();
  await expect(page.getByTestId('disk-snapshot-id')).toHaveValue(snapshotId);
  // The full hourly cost: the GPU and the disks (the restored 50 GiB disk and the system disk).
  await expect(page.getByTestId('launch-estimate')).toContainText('50 GiB data');
  await expect(page.getByTestId('launch-estimate')).toContainText('an hour in all');
  await fillPassword(page);
  await page.getByTestId('launch-submit').click();
  await expect(page).toHaveURL(/#\/session\?id=ses-/);
  const id = (await page.getByTestId('session-detail').getAttribute('data-session')) as string;
  const plan = await page.evaluate((sid) => window.danlu.sessions.get({ id: sid }).then((v) => v.plan), id);
  expect(plan.disk).toEqual({ kind: 'snapshot', snapshotId });
});

test('launching while another session bills says so first', async ({ page, harness }) => {
  test.setTimeout(90_000);
  await page.goto(`${harness.bridge.url}/#/session`);
  await untilConnected(page);
  await launchSession(page, { name: 'running' });
  await page.getByTestId('nav-launch').click();
  const warning = page.getByTestId('billing-elsewhere');
  await expect(warning).toContainText('A session is already billing');
  await expect(warning).toContainText('running');
  await snapshot(page, 'launch-billing-elsewhere-en');
});

test.describe('with a balance below ¥100', () => {
  test.use({ harnessOptions: { demo: { speed: 30, balance: 50 } } });

  test('the launch fails with a message that names the balance, and nothing is left behind', async ({
    page,
    harness,
  }) => {
    await page.goto(`${harness.bridge.url}/#/launch`);
    await expect(page.getByTestId('launch-region')).not.toHaveValue('');
    await fillPassword(page);
    await page.getByTestId('launch-submit').click();
    await expect(page.getByTestId('session-detail')).toHaveAttribute('data-phase', 'failed', { timeout: 30_000 });
    await expect(page.getByTestId('session-error')).toContainText('100');
    await expect(page.getByTestId('steps').locator('[data-state="failed"]')).toHaveCount(1);
    await snapshot(page, 'session-failed-balance-en');
    expect(Object.values(leftovers(await harness.demo())).every((n) => n === 0)).toBe(true);
  });
});
