import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { basename } from 'node:path';
import type { AppUpdater, ProgressInfo, UpdateDownloadedEvent, UpdateInfo } from 'electron-updater';
import type { UpdateUnavailable } from '../../shared/contract';
import { AppError } from '../../shared/errors';
import { msg } from '../../shared/words/message';
import type { FoundUpdate, UpdateFeed, UpdaterPort } from '../desktop/updates/update-ports';
import type { Logger } from '../log/logger';
import { checksumError, feedName, updateError } from './update-errors';

export interface UpdaterEngineOptions {
  /** electron-updater's updater for this kind of install (its autoUpdater in the app). */
  updater: AppUpdater;
  /** The repository whose GitHub Releases carry the installers and latest*.yml. */
  github: { owner: string; repo: string };
  /** Why this copy cannot update itself; null when it can. */
  unavailable: UpdateUnavailable | null;
  log: Logger;
}

const SHA512 = /^([A-Za-z0-9+/]{86}==|[0-9a-f]{128})$/;

/**
 * electron-updater as the update controller's port. The policy decides when to download and
 * install, so electron-updater does neither by itself; it downloads only whole files (checked
 * against the feed's SHA-512, which every file must carry), and Danlu hashes the file once more
 * before calling it ready. Web installers, which may skip the signature check, are refused.
 */
export function updaterEngine(options: UpdaterEngineOptions): UpdaterPort {
  const { updater, log } = options;
  updater.autoDownload = false;
  updater.autoInstallOnAppQuit = false;
  updater.allowDowngrade = false;
  updater.disableWebInstaller = true;
  updater.disableDifferentialDownload = true;
  updater.logger = {
    info: (message?: unknown) => log.debug(`updater: ${String(message)}`),
    warn: (message?: unknown) => log.warn(`updater: ${String(message)}`),
    error: (message?: unknown) => log.warn(`updater: ${String(message)}`),
  };
  let feed: UpdateFeed = { kind: 'github' };
  let found: UpdateInfo | null = null;

  return {
    unavailable: () => options.unavailable,

    async check(next) {
      feed = next;
      found = null;
      updater.setFeedURL(
        next.kind === 'mirror'
          ? { provider: 'generic', url: next.url }
          : { provider: 'github', owner: options.github.owner, repo: options.github.repo },
      );
      let info: UpdateInfo;
      try {
        const result = await updater.checkForUpdates();
        if (!result?.isUpdateAvailable) return null;
        info = result.updateInfo;
      } catch (error) {
        throw updateError(error, next, 'check');
      }
      // The checksum is what makes a mirror safe to use: a release without it is not taken.
      if (!info.files?.length || info.files.some((file) => !SHA512.test(file.sha512 ?? ''))) {
        throw new AppError(msg('update.feed', { feed: feedName(next) }));
      }
      found = info;
      const update: FoundUpdate = { version: info.version };
      if (info.releaseDate) update.releaseDate = info.releaseDate;
      return update;
    },

    async download(onProgress) {
      const info = found;
      if (!info) throw new Error('download before a check found an update');
      let downloaded: string | undefined;
      const progress = (p: ProgressInfo) => onProgress(p.percent);
      const done = (event: UpdateDownloadedEvent) => {
        downloaded = event.downloadedFile;
      };
      updater.on('download-progress', progress);
      updater.on('update-downloaded', done);
      try {
        await updater.downloadUpdate();
      } catch (error) {
        throw updateError(error, feed, 'download');
      } finally {
        updater.off('download-progress', progress);
        updater.off('update-downloaded', done);
      }
      // A download Danlu cannot hash again is not offered.
      if (!downloaded) throw checksumError();
      await verifyFile(downloaded, info);
    },
  };
}

/**
 * The downloaded file against the feed's SHA-512 for the file of that name; a file the feed
 * names under no such name must still be, byte for byte, one of the files it lists.
 */
async function verifyFile(path: string, info: UpdateInfo): Promise<void> {
  const name = basename(path);
  const named = info.files.filter((file) => basename(decodeURIComponent(file.url)) === name);
  const expected = (named.length > 0 ? named : info.files).map((file) => file.sha512);
  const hash = createHash('sha512');
  for await (const chunk of createReadStream(path)) hash.update(chunk as Buffer);
  const digest = hash.digest();
  const forms = [digest.toString('base64'), digest.toString('hex')];
  if (!expected.some((sha512) => forms.includes(sha512))) throw checksumError();
}
