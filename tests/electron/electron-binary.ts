import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/**
 * The Electron binary's path, or why there is none. Read from the package's path.txt rather
 * than `require('electron')`, which would try to download the binary on the spot.
 */
export function electronBinary(): { path: string } | { reason: string } {
  const override = process.env.ELECTRON_OVERRIDE_DIST_PATH;
  const pkg = dirname(require.resolve('electron/package.json'));
  const pathFile = join(pkg, 'path.txt');
  const relative = existsSync(pathFile)
    ? readFileSync(pathFile, 'utf8').trim()
    : process.platform === 'darwin'
      ? 'Electron.app/Contents/MacOS/Electron'
      : process.platform === 'win32'
        ? 'electron.exe'
        : 'electron';
  const path = override ? join(override, relative) : join(pkg, 'dist', relative);
  if (existsSync(path)) return { path };
  return {
    reason: `no Electron binary at ${path} (it was installed with ELECTRON_SKIP_BINARY_DOWNLOAD=1 because it cannot be downloaded here); install electron normally or set ELECTRON_OVERRIDE_DIST_PATH to run the desktop specs`,
  };
}

/** The binary's path for a spec the missing binary already skipped (reaching here without one is a failure). */
export function electronPath(binary: ReturnType<typeof electronBinary>): string {
  if ('path' in binary) return binary.path;
  throw new Error(binary.reason);
}

const found = electronBinary();
if ('reason' in found) console.warn(`[desktop specs skipped] ${found.reason}`);
