import { HIDDEN_FLAG } from './deep-link';

/** How this copy of Danlu is started: the AppImage, the installed program, or Electron with the app folder. */
export interface LaunchCommand {
  executable: string;
  args: string[];
}

/** What starting at login takes on each system. */
export type LoginItemChange =
  /** macOS and Windows: the system's own login items (Electron's setLoginItemSettings). */
  | { kind: 'system'; openAtLogin: boolean; args: string[] }
  /** Linux: an XDG autostart entry, written (its text) or removed (null). */
  | { kind: 'autostart'; entry: string | null };

/**
 * Starting at login, on or off, for a platform. Danlu then starts to the tray only: Windows and
 * Linux pass the hidden flag, macOS opens it hidden (and says it was opened at login).
 */
export function loginItemChange(platform: string, enabled: boolean, command: LaunchCommand): LoginItemChange {
  if (platform === 'darwin' || platform === 'win32') {
    return { kind: 'system', openAtLogin: enabled, args: enabled ? [HIDDEN_FLAG] : [] };
  }
  return { kind: 'autostart', entry: enabled ? autostartEntry(command) : null };
}

/** The autostart file's name, under $XDG_CONFIG_HOME/autostart (default ~/.config/autostart). */
export const AUTOSTART_FILE = 'danlu.desktop';

/** The XDG desktop entry that starts Danlu to the tray at login. */
export function autostartEntry(command: LaunchCommand): string {
  const exec = [command.executable, ...command.args, HIDDEN_FLAG].map(execArgument).join(' ');
  return [
    '[Desktop Entry]',
    'Type=Application',
    'Version=1.0',
    'Name=Danlu',
    'Comment=Danlu in the tray: what your cloud GPU costs, second by second',
    `Exec=${exec}`,
    'Icon=danlu',
    'Terminal=false',
    'X-GNOME-Autostart-enabled=true',
    '',
  ].join('\n');
}

const RESERVED = /[\s"'\\><~|&;$*?#()`]/;

/**
 * One argument of an Exec line as the desktop entry spec reads it: quoted when it holds a
 * reserved character (with ", `, $ and \ escaped inside the quotes), % doubled, and every
 * backslash escaped once more for the key file. A path with a line break cannot be written.
 */
function execArgument(arg: string): string {
  if (/[\n\r\0]/.test(arg)) throw new Error('an Exec argument cannot hold a line break');
  const text = arg.replaceAll('%', '%%');
  const quoted = RESERVED.test(text) || text === '' ? `"${text.replace(/["`$\\]/g, '\\$&')}"` : text;
  return quoted.replaceAll('\\', '\\\\');
}

/**
 * How this copy starts: the AppImage file it runs from (not the folder it is mounted at), the
 * installed program, or Electron with the app's folder when it runs from the sources.
 */
export function launchCommand(facts: {
  packaged: boolean;
  execPath: string;
  appPath: string;
  appImage?: string;
}): LaunchCommand {
  if (facts.appImage) return { executable: facts.appImage, args: [] };
  return { executable: facts.execPath, args: facts.packaged ? [] : [facts.appPath] };
}
