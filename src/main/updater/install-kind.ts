import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { UpdateUnavailable } from '../../shared/contract';

/** What decides whether this copy can replace itself. */
export interface InstallFacts {
  packaged: boolean;
  platform: string;
  /** The AppImage file this copy runs from (Linux). */
  appImage?: string;
  /** Set inside a snap, whose store updates it. */
  snap?: string;
  /** What electron-builder wrote into resources/package-type ("deb", "rpm"…), or null. */
  packageType: string | null;
  /** The Windows build names its publisher, so a downloaded installer's signature is checked against it. */
  publisherNamed: boolean;
}

/**
 * Null when this copy can update itself; otherwise why not: it runs from the sources, it is a
 * Linux install the updater cannot replace (a snap, or anything but the AppImage and the deb),
 * or a Windows build without a publisher, whose downloads could not be checked for a signature.
 */
export function updateUnavailable(facts: InstallFacts): UpdateUnavailable | null {
  if (!facts.packaged) return 'sources';
  if (facts.platform === 'linux' && (facts.snap || (!facts.appImage && facts.packageType !== 'deb'))) return 'package';
  if (facts.platform === 'win32' && !facts.publisherNamed) return 'unsigned';
  return null;
}

/** Reads what electron-builder left in the app's resources folder. */
export function installFacts(resourcesPath: string): Pick<InstallFacts, 'packageType' | 'publisherNamed'> {
  const packageType = join(resourcesPath, 'package-type');
  const config = join(resourcesPath, 'app-update.yml');
  return {
    packageType: existsSync(packageType) ? readFileSync(packageType, 'utf8').trim() : null,
    publisherNamed: existsSync(config) && /^publisherName:/m.test(readFileSync(config, 'utf8')),
  };
}
