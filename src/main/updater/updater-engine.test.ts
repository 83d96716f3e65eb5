import { createHash } from 'node:crypto';
import { EventEmitter } from 'node:events';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AppUpdater, UpdateInfo } from 'electron-updater';
import { afterEach, describe, expect, it } from 'vitest';
import { silentLogger } from '../log/logger';
import { updaterEngine } from './updater-engine';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

const sha512 = (body: Buffer) => createHash('sha512').update(body).digest('base64');

/**
 * electron-updater as far as the engine uses it: it finds `info`, and its download leaves
 * `written` on disk under `name` and says so (or says nothing, when `announce` is false),
 * whatever the bytes — so what Danlu checks by itself shows.
 */
function standIn(info: UpdateInfo, written: { name: string; body: Buffer }, announce = true) {
  const dir = mkdtempSync(join(tmpdir(), 'danlu-engine-'));
  dirs.push(dir);
  const events = new EventEmitter();
  const feeds: unknown[] = [];
  const updater = Object.assign(events, {
    setFeedURL: (feed: unknown) => feeds.push(feed),
    checkForUpdates: async () => ({ isUpdateAvailable: true, updateInfo: info }),
    downloadUpdate: async () => {
      const path = join(dir, written.name);
      writeFileSync(path, written.body);
      if (announce) events.emit('update-downloaded', { ...info, downloadedFile: path });
      return [path];
    },
  });
  const engine = updaterEngine({
    updater: updater as unknown as AppUpdater,
    github: { owner: 'danlu', repo: 'danlu' },
    unavailable: null,
    log: silentLogger,
  });
  return { engine, updater: updater as unknown as AppUpdater, feeds };
}

function release(files: Array<{ url: string; body: Buffer }>): UpdateInfo {
  return {
    version: '0.2.0',
    files: files.map((f) => ({ url: f.url, sha512: sha512(f.body), size: f.body.length })),
    path: files[0]?.url ?? '',
    sha512: sha512(files[0]?.body ?? Buffer.alloc(0)),
    releaseDate: '2026-12-01T10:00:00.000Z',
  };
}

const deb = Buffer.from('the deb of 0.2.0');
const appImage = Buffer.from('the AppImage of 0.2.0');

describe('the updater engine over electron-updater', () => {
  it('downloads and verifies by itself, installing nothing on its own, from the feed Settings names', async () => {
    const s = standIn(release([{ url: 'danlu_0.2.0_amd64.deb', body: deb }]), {
      name: 'danlu_0.2.0_amd64.deb',
      body: deb,
    });
    expect(s.updater).toMatchObject({ autoDownload: false, autoInstallOnAppQuit: false, disableWebInstaller: true });
    expect(await s.engine.check({ kind: 'mirror', url: 'https://oss.example.com/danlu/' })).toEqual({
      version: '0.2.0',
      releaseDate: '2026-12-01T10:00:00.000Z',
    });
    expect(s.feeds).toEqual([{ provider: 'generic', url: 'https://oss.example.com/danlu/' }]);
    await expect(s.engine.download(() => {})).resolves.toBeUndefined();
  });

  it('refuses a file whose bytes are not the ones the feed names, even when electron-updater let it through', async () => {
    const s = standIn(release([{ url: 'danlu_0.2.0_amd64.deb', body: deb }]), {
      name: 'danlu_0.2.0_amd64.deb',
      body: Buffer.from('something else'),
    });
    await s.engine.check({ kind: 'github' });
    await expect(s.engine.download(() => {})).rejects.toMatchObject({ code: 'update.checksum' });
  });

  it('refuses a file under a name the feed does not list unless its bytes are one of the files listed', async () => {
    const info = release([
      { url: 'Danlu-0.2.0.AppImage', body: appImage },
      { url: 'danlu_0.2.0_amd64.deb', body: deb },
    ]);
    const renamed = standIn(info, { name: 'danlu-update.deb', body: deb });
    await renamed.engine.check({ kind: 'github' });
    await expect(renamed.engine.download(() => {})).resolves.toBeUndefined();
    const foreign = standIn(info, { name: 'danlu-update.deb', body: Buffer.from('not in the feed') });
    await foreign.engine.check({ kind: 'github' });
    await expect(foreign.engine.download(() => {})).rejects.toMatchObject({ code: 'update.checksum' });
  });

  it('refuses a download that never said which file it wrote (nothing to hash, nothing offered)', async () => {
    const s = standIn(
      release([{ url: 'danlu_0.2.0_amd64.deb', body: deb }]),
      { name: 'danlu_0.2.0_amd64.deb', body: deb },
      false,
    );
    await s.engine.check({ kind: 'github' });
    await expect(s.engine.download(() => {})).rejects.toMatchObject({ code: 'update.checksum' });
  });
});
