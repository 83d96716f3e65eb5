import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { run } from './run-command';

const ROOTFS_SOURCE = join(import.meta.dirname, '..', 'rootfs');

/** Every file the root file system is made from, in a stable order. */
function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .sort((a, b) => a.name.localeCompare(b.name))
    .flatMap((entry) => {
      const path = join(dir, entry.name);
      return entry.isDirectory() ? sourceFiles(path) : [path];
    });
}

/** A short hash of the package list, the build script and the test-only files: the cache key. */
export function rootfsKey(source = ROOTFS_SOURCE): string {
  const hash = createHash('sha256');
  for (const file of sourceFiles(source)) {
    // Only the executable bit: git keeps nothing else, and umask differs between machines.
    const executable = (statSync(file).mode & 0o111) !== 0 ? 'x' : '-';
    hash.update(`${relative(source, file)}\0${executable}\0`);
    hash.update(readFileSync(file));
  }
  return hash.digest('hex').slice(0, 16);
}

/**
 * Returns the directory of a ready root file system for test instances, building it first when
 * the cache has none for the current sources. Several suites may call this at once: the build
 * runs under an exclusive lock and appears under its final name only when complete.
 */
export async function ensureRootfs(
  options: { cacheDir?: string; onLine?: (line: string) => void } = {},
): Promise<string> {
  const cacheDir = options.cacheDir ?? '/var/cache/danlu';
  const key = rootfsKey();
  const dest = join(cacheDir, `rootfs-${key}`);
  if (existsSync(join(dest, 'etc', 'os-release'))) return dest;
  await run('mkdir', ['-p', cacheDir]);
  const script = join(ROOTFS_SOURCE, 'build-rootfs.sh');
  const build = `test -e "$1/etc/os-release" || bash "$2" "$1" "$3" "$4"`;
  await run(
    'flock',
    [
      join(cacheDir, 'rootfs.lock'),
      'sh',
      '-c',
      build,
      'build',
      dest,
      script,
      join(ROOTFS_SOURCE, 'packages.txt'),
      join(ROOTFS_SOURCE, 'files'),
    ],
    { timeoutMs: 20 * 60_000, onLine: options.onLine },
  );
  pruneOldRoots(cacheDir, dest);
  return dest;
}

/** Old roots (sources changed since) are removed once they have not been touched for a day. */
function pruneOldRoots(cacheDir: string, keep: string): void {
  const dayAgo = Date.now() - 24 * 3600_000;
  for (const name of readdirSync(cacheDir)) {
    const path = join(cacheDir, name);
    if (!name.startsWith('rootfs-') || path === keep || name.endsWith('.lock')) continue;
    if (statSync(path).mtimeMs < dayAgo) rmSync(path, { recursive: true, force: true });
  }
}
