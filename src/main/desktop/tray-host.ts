import { execFile } from 'node:child_process';
import type { AppInfo } from '../../shared/contract';

/** Whether the desktop shows tray icons: there, missing (GNOME without AppIndicator), or not known. */
export type TrayHost = AppInfo['tray'];

/** Runs a program and gives its exit code and output (never rejects). */
export type RunProgram = (file: string, args: string[]) => Promise<{ code: number; stdout: string }>;

const WATCHER = 'org.kde.StatusNotifierWatcher';

/** Asks the session bus whether a StatusNotifierItem host (what shows Electron's tray on Linux) is there. */
const PROBES: Array<{ file: string; args: string[]; read(stdout: string): boolean | null }> = [
  {
    file: 'gdbus',
    args: [
      'call',
      '--session',
      '--dest',
      'org.freedesktop.DBus',
      '--object-path',
      '/org/freedesktop/DBus',
      '--method',
      'org.freedesktop.DBus.NameHasOwner',
      WATCHER,
    ],
    read: (out) => (/\(true,?\)/.test(out) ? true : /\(false,?\)/.test(out) ? false : null),
  },
  {
    file: 'dbus-send',
    args: [
      '--session',
      '--print-reply',
      '--dest=org.freedesktop.DBus',
      '/org/freedesktop/DBus',
      'org.freedesktop.DBus.NameHasOwner',
      `string:${WATCHER}`,
    ],
    read: (out) => (/boolean true/.test(out) ? true : /boolean false/.test(out) ? false : null),
  },
];

/**
 * Whether Danlu's tray icon can be seen. Electron's tray on Linux is a StatusNotifierItem; GNOME
 * shows those only with the AppIndicator extension, and otherwise shows nothing at all. Other
 * desktops without a watcher may still have an older system tray, so only GNOME counts as missing.
 */
export async function probeTrayHost(
  platform: string,
  env: Readonly<Record<string, string | undefined>>,
  run: RunProgram = runProgram,
): Promise<TrayHost> {
  if (platform !== 'linux') return 'present';
  let watcher: boolean | null = null;
  for (const probe of PROBES) {
    const { code, stdout } = await run(probe.file, probe.args);
    watcher = code === 0 ? probe.read(stdout) : null;
    if (watcher !== null) break;
  }
  if (watcher) return 'present';
  const gnome = (env.XDG_CURRENT_DESKTOP ?? '').split(':').some((d) => d.trim().toUpperCase() === 'GNOME');
  if (watcher === false && gnome) return 'missing';
  return 'unknown';
}

/** execFile with a short timeout: a bus that does not answer counts as not known. */
export const runProgram: RunProgram = (file, args) =>
  new Promise((resolve) => {
    execFile(file, args, { timeout: 3000, encoding: 'utf8' }, (error, stdout) => {
      const code = error ? (typeof error.code === 'number' ? error.code : 1) : 0;
      resolve({ code, stdout: stdout ?? '' });
    });
  });
