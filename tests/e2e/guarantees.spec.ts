import { expect, skipFirstRun, test } from './fixtures';
import { LANGUAGES, look } from './support/look';
import { readySession } from './support/sessions';

const WORDS = {
  en: {
    prune: 'Older snapshots of this disk that will be deleted',
    billed: 'Releasing — still billed',
    kept: /On the disk d-\w+ in us-west-1\w, kept/,
  },
  zh: {
    prune: '将删除此磁盘的以下旧快照',
    billed: '释放中——仍在计费',
    kept: /在位于 us-west-1\w 的磁盘 d-\w+ 上，已保留/,
  },
} as const;

/**
 * What the window says about the user's data and money, in each language: the release dialog
 * names the snapshots its prune deletes (only the disk's own), the badge says "still billed"
 * while the cloud refuses a delete, and the Session page says where the data is.
 */
for (const [locale, lang] of LANGUAGES) {
  test.describe(`in ${lang}`, () => {
    test.use({ harnessOptions: { demo: { speed: 60 }, locale } });
    test.beforeEach(({ harness }) => {
      skipFirstRun(harness);
      harness.runtime.settings.update({ keepSnapshots: 1 });
    });

    test('the release dialog names the older snapshots of this disk its prune deletes, and no other', async ({
      page,
      harness,
    }) => {
      test.setTimeout(150_000);
      const first = await readySession(page, harness.bridge.url, { name: 'thesis' });
      const released = await page.evaluate(
        (id) => window.danlu.sessions.release({ id, snapshot: true, keepDisk: false }),
        first.id,
      );
      const snapshotId = released.resources.snapshotIds?.at(-1) as string;
      // Another project of the same name: its snapshot is of another disk.
      const other = await readySession(page, harness.bridge.url, { name: 'thesis' });
      await page.evaluate((id) => window.danlu.sessions.release({ id, snapshot: true, keepDisk: false }), other.id);

      await readySession(page, harness.bridge.url, { name: 'thesis', disk: { kind: 'snapshot', snapshotId } });
      await page.getByTestId('action-release').click();
      const dialog = page.getByTestId('release-dialog');
      const prune = dialog.getByTestId('release-prune');
      await expect(prune).toContainText(WORDS[lang].prune);
      await expect(dialog.getByTestId('release-prune-item')).toHaveCount(1);
      await expect(dialog.getByTestId('release-prune-item')).toHaveAttribute('data-snapshot', snapshotId);
      await look(page, lang, 'release-prune');
      // Without a snapshot nothing is pruned, and the list goes.
      await dialog.getByTestId('release-snapshot').uncheck();
      await expect(prune).toHaveCount(0);
    });

    test('a release the cloud refuses for a while reads "still billed", then the page says where the kept data is', async ({
      page,
      harness,
    }) => {
      test.setTimeout(120_000);
      const session = await readySession(page, harness.bridge.url);
      const sim = await harness.demo();
      sim.faults.addRule({
        kind: 'error',
        actions: ['DeleteInstance'],
        code: 'IncorrectInstanceStatus.Initializing',
        times: 8,
      });
      const data = page.getByTestId('session-data');
      await expect(data).toHaveAttribute('data-disk', session.resources.diskId as string);
      await page.getByTestId('action-release').click();
      const dialog = page.getByTestId('release-dialog');
      await dialog.getByTestId('release-snapshot').uncheck();
      await dialog.getByTestId('release-keep-disk').check();
      await dialog.getByTestId('release-confirm').click();
      const badge = page.getByTestId('session-detail').locator('[data-phase="releasing"][data-still-billed="true"]');
      await expect(badge).toHaveText(WORDS[lang].billed, { timeout: 30_000 });
      await look(page, lang, 'session-releasing-still-billed');
      await expect(page.getByTestId('session-detail')).toHaveAttribute('data-phase', 'released', { timeout: 60_000 });
      await expect(data).toHaveAttribute('data-disk', session.resources.diskId as string);
      await expect(data.getByTestId('session-data-disk')).toHaveText(WORDS[lang].kept);
      await look(page, lang, 'session-data-kept');
    });
  });
}
