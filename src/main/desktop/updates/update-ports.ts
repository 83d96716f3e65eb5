import type { UpdateStatus, UpdateUnavailable } from '../../../shared/contract';

/** Where updates come from: GitHub Releases, or a mirror of the same files. */
export type UpdateFeed = UpdateStatus['feed'];

/** A newer version the feed offers for this computer. */
export interface FoundUpdate {
  version: string;
  releaseDate?: string;
}

/**
 * What reads the feed and downloads (electron-updater in the app, over any feed in tests).
 * A download is verified before it resolves: the feed's SHA-512 everywhere, the publisher's
 * signature on macOS and Windows. A failed or partial download rejects and leaves nothing
 * that could be installed.
 */
export interface UpdaterPort {
  /** Null when this copy can update itself; otherwise why not. */
  unavailable(): UpdateUnavailable | null;
  /** The newer version the feed offers for this platform and architecture, or null when up to date. */
  check(feed: UpdateFeed): Promise<FoundUpdate | null>;
  /** Downloads and verifies what the last check found. */
  download(onProgress: (percent: number) => void): Promise<void>;
}

/** The Electron-only part: replacing the running app with the verified download. */
export interface InstallerPort {
  /** Quits, installs and starts the new version. */
  restartNow(): void;
  /** Installs as Danlu quits, without starting it again (the installer quits the app itself). */
  installOnQuit(): void;
}
