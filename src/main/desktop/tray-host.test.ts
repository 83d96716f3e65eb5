import { describe, expect, it } from 'vitest';
import { probeTrayHost, type RunProgram } from './tray-host';

/** A D-Bus that answers gdbus (or only dbus-send) with whether a StatusNotifierItem watcher is there. */
function bus(watcher: boolean | 'no-bus', only?: 'dbus-send'): { run: RunProgram; asked: string[] } {
  const asked: string[] = [];
  const run: RunProgram = async (file, args) => {
    asked.push(file);
    if (watcher === 'no-bus' || (only && file !== only)) return { code: 127, stdout: '' };
    if (!args.some((a) => a.includes('org.kde.StatusNotifierWatcher'))) return { code: 1, stdout: '' };
    return file === 'gdbus'
      ? { code: 0, stdout: `(${watcher},)\n` }
      : { code: 0, stdout: `method return time=1 sender=org.freedesktop.DBus\n   boolean ${watcher}\n` };
  };
  return { run, asked };
}

describe('whether the desktop shows tray icons', () => {
  it('does on macOS and Windows, without asking anything', async () => {
    const b = bus(false);
    expect(await probeTrayHost('darwin', {}, b.run)).toBe('present');
    expect(await probeTrayHost('win32', {}, b.run)).toBe('present');
    expect(b.asked).toEqual([]);
  });

  it('does on Linux where a StatusNotifierItem watcher is on the session bus', async () => {
    expect(await probeTrayHost('linux', { XDG_CURRENT_DESKTOP: 'ubuntu:GNOME' }, bus(true).run)).toBe('present');
    expect(await probeTrayHost('linux', { XDG_CURRENT_DESKTOP: 'KDE' }, bus(true, 'dbus-send').run)).toBe('present');
  });

  it('does not on GNOME without the AppIndicator extension', async () => {
    expect(await probeTrayHost('linux', { XDG_CURRENT_DESKTOP: 'GNOME' }, bus(false).run)).toBe('missing');
    expect(await probeTrayHost('linux', { XDG_CURRENT_DESKTOP: 'ubuntu:GNOME' }, bus(false, 'dbus-send').run)).toBe(
      'missing',
    );
  });

  it('cannot tell elsewhere: another desktop may have an older tray, a missing bus says nothing', async () => {
    expect(await probeTrayHost('linux', { XDG_CURRENT_DESKTOP: 'XFCE' }, bus(false).run)).toBe('unknown');
    expect(await probeTrayHost('linux', { XDG_CURRENT_DESKTOP: 'GNOME' }, bus('no-bus').run)).toBe('unknown');
  });
});
