import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { UpdateController } from '../../../src/main/desktop/updates/update-controller';
import { silentLogger } from '../../../src/main/log/logger';
import { updaterEngine } from '../../../src/main/updater/updater-engine';
import type { BusyWork, Notice, UpdateStatus } from '../../../src/shared/contract';
import {
  debUpdaterOver,
  type FeedFile,
  linuxRelease,
  startUpdateFeed,
  type UpdateFeedServer,
} from '../../support/update-feed';

let feed: UpdateFeedServer;
let dirs: string[] = [];
beforeAll(async () => {
  feed = await startUpdateFeed();
});
afterAll(() => feed.close());
afterEach(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
  dirs = [];
  feed.requests.length = 0;
});

/**
 * The update controller over electron-updater (a deb install at `current`) reading the mirror
 * set in Settings; what installs is a recorder (quitAndInstall needs Electron), and the work in
 * progress is the test's to set.
 */
function danluAt(current: string) {
  const dir = mkdtempSync(join(tmpdir(), 'danlu-update-'));
  dirs.push(dir);
  const installs: string[] = [];
  const notices: Notice[] = [];
  const changes: UpdateStatus[] = [];
  const work: { now: BusyWork[] } = { now: [] };
  const controller = new UpdateController({
    version: current,
    updater: updaterEngine({
      updater: debUpdaterOver(feed, current, dir),
      github: { owner: 'danlu', repo: 'danlu' },
      unavailable: null,
      log: silentLogger,
    }),
    installer: { restartNow: () => installs.push('restart'), installOnQuit: () => installs.push('on quit') },
    settings: () => ({ updateChecks: false, updateFeedUrl: feed.url }),
    busy: async () => work.now,
    onChange: (status) => changes.push(status),
    notify: (notice) => notices.push(notice),
    ticker: { every: () => () => {} },
    now: () => Date.now(),
    log: silentLogger,
  });
  const cached = () => {
    const pending = join(dir, 'cache', 'danlu-updater', 'pending');
    return existsSync(pending) ? readdirSync(pending).filter((f) => !f.endsWith('.json')) : [];
  };
  return { controller, installs, notices, changes, work, cached, dir };
}

async function checked(controller: UpdateController): Promise<UpdateStatus> {
  await controller.check();
  await controller.settled();
  return controller.status();
}

describe('updates from a generic feed on loopback HTTPS', () => {
  it('chooses the newer version and, for a deb install, the deb; downloads it, verifies it and offers it', async () => {
    const release = linuxRelease('0.2.0');
    feed.publish('0.2.0', release);
    const danlu = danluAt('0.1.0');

    const status = await checked(danlu.controller);
    expect(status).toMatchObject({ phase: 'ready', current: '0.1.0', next: { version: '0.2.0' } });
    expect(status.feed).toEqual({ kind: 'mirror', url: feed.url });
    expect(feed.requests).toContain('latest-linux.yml');
    expect(feed.requests).toContain('danlu_0.2.0_amd64.deb');
    expect(feed.requests).not.toContain('Danlu-0.2.0.AppImage');
    // The file kept for installing is the deb, byte for byte.
    expect(danlu.cached()).toEqual(['danlu_0.2.0_amd64.deb']);
    const kept = readFileSync(join(danlu.dir, 'cache', 'danlu-updater', 'pending', 'danlu_0.2.0_amd64.deb'));
    expect(kept.equals((release[1] as FeedFile).body)).toBe(true);
    expect(danlu.changes.map((c) => c.phase)).toEqual(expect.arrayContaining(['checking', 'downloading', 'ready']));
    // Offered once, with the version; nothing installed until the person restarts or quits.
    expect(danlu.notices.map((n) => n.title.en)).toEqual(['Danlu 0.2.0 is ready']);
    expect(danlu.installs).toEqual([]);

    expect(await danlu.controller.installOnQuit()).toBe(true);
    expect(danlu.installs).toEqual(['on quit']);
  });

  it('offers nothing when the feed has the running version or an older one', async () => {
    feed.publish('0.2.0', linuxRelease('0.2.0'));
    for (const current of ['0.2.0', '0.3.1']) {
      const danlu = danluAt(current);
      const status = await checked(danlu.controller);
      expect(status.phase).toBe('idle');
      expect(status.checkedAt).toBeDefined();
      expect(status.error).toBeUndefined();
      expect(danlu.cached()).toEqual([]);
    }
    expect(feed.requests.filter((r) => r !== 'latest-linux.yml')).toEqual([]);
  });

  it('refuses a download whose bytes are not the ones the SHA-512 names: nothing kept, nothing offered', async () => {
    feed.publish('0.2.0', linuxRelease('0.2.0', { deb: 'wrong-bytes' }));
    const danlu = danluAt('0.1.0');
    const status = await checked(danlu.controller);
    expect(status.phase).toBe('idle');
    expect(status.next).toBeUndefined();
    expect(status.error?.code).toBe('update.checksum');
    expect(status.error?.text.en).toContain('did not match the checksum');
    expect(danlu.cached()).toEqual([]);
    expect(danlu.notices).toEqual([]);
    await expect(danlu.controller.restart()).rejects.toMatchObject({ code: 'update.notReady' });
    expect(await danlu.controller.installOnQuit()).toBe(false);
    expect(danlu.installs).toEqual([]);
  });

  it('refuses a download cut off half-way: nothing kept, nothing offered', async () => {
    feed.publish('0.2.0', linuxRelease('0.2.0', { deb: 'cut-off' }));
    const danlu = danluAt('0.1.0');
    const status = await checked(danlu.controller);
    expect(status.phase).toBe('idle');
    expect(status.error?.code).toBe('update.incomplete');
    expect(danlu.cached()).toEqual([]);
    expect(await danlu.controller.installOnQuit()).toBe(false);
    expect(danlu.installs).toEqual([]);
  });

  it('refuses a release whose files carry no SHA-512, before downloading anything', async () => {
    feed.publish(
      '0.2.0',
      linuxRelease('0.2.0').map((f) => ({ ...f, noChecksum: true })),
    );
    const danlu = danluAt('0.1.0');
    const status = await checked(danlu.controller);
    expect(status).toMatchObject({ phase: 'idle', error: { code: 'update.feed' } });
    expect(feed.requests).toEqual(['latest-linux.yml']);
  });

  it('says the mirror cannot be reached when nothing answers there, and stays where it was', async () => {
    feed.publish('0.2.0', linuxRelease('0.2.0'));
    const danlu = danluAt('0.1.0');
    await feed.close();
    try {
      const status = await checked(danlu.controller);
      expect(status).toMatchObject({ phase: 'idle', error: { code: 'update.network' } });
    } finally {
      feed = await startUpdateFeed();
    }
  });

  it('waits while a launch runs, then offers; a restart then hands the download to the installer', async () => {
    feed.publish('0.2.0', linuxRelease('0.2.0'));
    const danlu = danluAt('0.1.0');
    danlu.work.now = [{ kind: 'launch', name: 'lab' }];
    const status = await checked(danlu.controller);
    expect(status).toMatchObject({ phase: 'ready', waitingFor: [{ kind: 'launch', name: 'lab' }] });
    expect(danlu.notices).toEqual([]);
    await expect(danlu.controller.restart()).rejects.toMatchObject({ code: 'update.busy' });
    expect(await danlu.controller.installOnQuit()).toBe(false);

    danlu.work.now = [];
    await danlu.controller.workChanged();
    expect(danlu.controller.status().waitingFor).toBeUndefined();
    expect(danlu.notices.map((n) => n.title.en)).toEqual(['Danlu 0.2.0 is ready']);
    expect((await danlu.controller.restart()).phase).toBe('installing');
    expect(danlu.installs).toEqual(['restart']);
  });
});
