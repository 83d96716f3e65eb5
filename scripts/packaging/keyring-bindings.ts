/**
 * `npm ci` installs only the keychain binding of the machine it runs on, yet one runner packs
 * apps for several architectures (a macOS runner packs x64 and arm64). This puts the binding
 * of each target into node_modules: exactly the version and tarball pinned in
 * package-lock.json (its sha512 is checked), without touching the rest of the tree.
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { extractPackage } from './npm-tarball';

const KEYRING = '@napi-rs/keyring';

export interface Target {
  platform: string;
  arch: string;
}

export interface LockedBinding {
  name: string;
  version: string;
  integrity: string;
}

interface LockEntry {
  version?: string;
  integrity?: string;
  os?: string[];
  cpu?: string[];
  libc?: string[];
}

/** Downloads `name@version` and returns the tarball's bytes. */
export type FetchTarball = (name: string, version: string) => Buffer;

/**
 * The binding package the lock pins for a target. On Linux the glibc build: Electron apps run
 * on glibc systems.
 */
export function lockedBinding(lock: { packages: Record<string, LockEntry> }, target: Target): LockedBinding {
  const prefix = `node_modules/${KEYRING}-`;
  const matches = Object.entries(lock.packages).filter(
    ([path, entry]) =>
      path.startsWith(prefix) &&
      !path.slice(prefix.length).includes('/') &&
      entry.os?.includes(target.platform) &&
      entry.cpu?.includes(target.arch) &&
      (target.platform !== 'linux' || !entry.libc || entry.libc.includes('glibc')),
  );
  const [match, ...others] = matches;
  if (!match || others.length > 0) {
    throw new Error(
      `package-lock.json pins ${matches.length} keychain bindings for ${target.platform}-${target.arch} (expected one)`,
    );
  }
  const [path, entry] = match;
  if (!entry.version || !entry.integrity) throw new Error(`package-lock.json has no version or integrity for ${path}`);
  return { name: path.slice('node_modules/'.length), version: entry.version, integrity: entry.integrity };
}

/** npm's integrity string for these bytes, in the lock's algorithm. */
function integrityOf(bytes: Buffer, integrity: string): string {
  const algorithm = integrity.split('-')[0] ?? 'sha512';
  return `${algorithm}-${createHash(algorithm).update(bytes).digest('base64')}`;
}

function installedVersion(dir: string): string | null {
  try {
    const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { version?: string };
    const hasBinary = readdirSync(dir).some((f) => f.endsWith('.node'));
    return hasBinary ? (pkg.version ?? null) : null;
  } catch {
    return null;
  }
}

/** The registry's tarball through the npm client (its cache and configured registry). */
export const npmPack: FetchTarball = (name, version) => {
  const dir = mkdtempSync(join(tmpdir(), 'danlu-binding-'));
  try {
    const out = execFileSync('npm', ['pack', `${name}@${version}`, '--pack-destination', dir, '--json'], {
      encoding: 'utf8',
      // npm is a .cmd script on Windows, which only a shell can start.
      shell: process.platform === 'win32',
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    const [packed] = JSON.parse(out) as { filename: string }[];
    if (!packed) throw new Error(`npm pack ${name}@${version} printed no file name`);
    return readFileSync(join(dir, packed.filename));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
};

/**
 * Makes sure node_modules holds the pinned binding of every target; returns what it did, one
 * line per target. Throws when a tarball does not match the lock's integrity.
 */
export function ensureBindings(projectDir: string, targets: Target[], fetch: FetchTarball = npmPack): string[] {
  const lock = JSON.parse(readFileSync(join(projectDir, 'package-lock.json'), 'utf8'));
  const lines: string[] = [];
  for (const target of targets) {
    const binding = lockedBinding(lock, target);
    const dir = join(projectDir, 'node_modules', ...binding.name.split('/'));
    const label = `${target.platform}-${target.arch}: ${binding.name}@${binding.version}`;
    if (installedVersion(dir) === binding.version) {
      lines.push(`${label} already installed`);
      continue;
    }
    const tarball = fetch(binding.name, binding.version);
    const actual = integrityOf(tarball, binding.integrity);
    if (actual !== binding.integrity) {
      throw new Error(`${label}: the downloaded tarball is ${actual}, package-lock.json pins ${binding.integrity}`);
    }
    // Unpacked beside its final place, then moved, so a failure never leaves half a package.
    const staging = `${dir}.staging`;
    rmSync(staging, { recursive: true, force: true });
    try {
      extractPackage(tarball, staging);
      if (!existsSync(join(staging, 'package.json'))) throw new Error(`${label}: the tarball holds no package.json`);
    } catch (error) {
      rmSync(staging, { recursive: true, force: true });
      throw error;
    }
    rmSync(dir, { recursive: true, force: true });
    renameSync(staging, dir);
    lines.push(`${label} installed (integrity checked against package-lock.json)`);
  }
  return lines;
}
