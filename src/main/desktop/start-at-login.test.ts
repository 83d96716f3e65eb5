import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Settings } from '../../shared/contract';
import { settingsSchema } from '../../shared/contract';
import { applyAutostart, autostartDir } from './autostart-file';
import { DesktopController } from './desktop-controller';
import { autostartEntry, launchCommand } from './login-item';
import { type FakeOptions, fakeDesktop } from './testing/desktop-fakes';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function desktop(options: FakeOptions) {
  const fake = fakeDesktop(options);
  return { ...fake, controller: new DesktopController(fake.ports, fake.sources) };
}

const settings = (startAtLogin: boolean): Settings => settingsSchema.parse({ startAtLogin });

describe('start at login', () => {
  it('is off until switched on', () => {
    expect(settingsSchema.parse({}).startAtLogin).toBe(false);
  });

  it('on macOS and Windows is a login item of the system, started hidden; off removes it', () => {
    for (const platform of ['darwin', 'win32']) {
      const d = desktop({ platform });
      d.controller.onEvent('settings.changed', settings(true));
      d.controller.onEvent('settings.changed', settings(true));
      d.controller.onEvent('settings.changed', settings(false));
      expect(d.recorded.loginItems, platform).toEqual([
        { kind: 'system', openAtLogin: true, args: ['--hidden'] },
        { kind: 'system', openAtLogin: false, args: [] },
      ]);
    }
  });

  it('on Linux is an autostart entry that starts Danlu hidden; off removes it', () => {
    const d = desktop({ platform: 'linux' });
    d.controller.onEvent('settings.changed', settings(true));
    d.controller.onEvent('settings.changed', settings(false));
    const [on, off] = d.recorded.loginItems;
    expect(on?.kind === 'autostart' && on.entry).toContain('\nExec=/opt/Danlu/danlu --hidden\n');
    expect(off).toEqual({ kind: 'autostart', entry: null });
  });

  it('is brought in line at start when on (the AppImage may have moved), and left alone when off', async () => {
    const on = desktop({ platform: 'linux', startAtLogin: true });
    await on.controller.launched({ argv: ['/opt/Danlu/danlu', '--hidden'] });
    expect(on.recorded.loginItems).toHaveLength(1);
    const off = desktop({ platform: 'linux' });
    await off.controller.launched({ argv: ['/opt/Danlu/danlu'] });
    expect(off.recorded.loginItems).toEqual([]);
  });

  it('says so when the system refuses', () => {
    const d = desktop({ platform: 'linux', loginItemFails: () => new Error('EACCES: permission denied') });
    d.controller.onEvent('settings.changed', settings(true));
    expect(d.recorded.notifications.map((n) => n.title)).toEqual(['Danlu could not do that']);
  });

  it('writes the autostart file where XDG desktops read it, quoting what the spec asks, and removes it', () => {
    const home = mkdtempSync(join(tmpdir(), 'danlu-home-'));
    dirs.push(home);
    const dir = autostartDir({}, home);
    expect(dir).toBe(join(home, '.config', 'autostart'));
    expect(autostartDir({ XDG_CONFIG_HOME: '/etc/xdg-me' }, home)).toBe('/etc/xdg-me/autostart');
    expect(autostartDir({ XDG_CONFIG_HOME: 'relative' }, home)).toBe(join(home, '.config', 'autostart'));

    const command = launchCommand({
      packaged: true,
      execPath: '/tmp/.mount_Danlu/danlu',
      appPath: '/tmp/.mount_Danlu/resources/app.asar',
      appImage: '/home/me/Apps/My "Danlu" 100%.AppImage',
    });
    applyAutostart(dir, autostartEntry(command));
    const text = readFileSync(join(dir, 'danlu.desktop'), 'utf8');
    expect(text).toMatch(/^\[Desktop Entry\]\nType=Application\n/);
    expect(text).toContain('\nExec="/home/me/Apps/My \\\\"Danlu\\\\" 100%%.AppImage" --hidden\n');
    expect(text).toContain('\nX-GNOME-Autostart-enabled=true\n');
    applyAutostart(dir, null);
    expect(() => readFileSync(join(dir, 'danlu.desktop'))).toThrow(/ENOENT/);
    applyAutostart(dir, null);
  });

  it('starts Electron with the app folder when Danlu runs from the sources', () => {
    expect(launchCommand({ packaged: false, execPath: '/n/electron', appPath: '/src/danlu' })).toEqual({
      executable: '/n/electron',
      args: ['/src/danlu'],
    });
    expect(() => autostartEntry({ executable: '/a\nb', args: [] })).toThrow(/line break/);
  });
});
