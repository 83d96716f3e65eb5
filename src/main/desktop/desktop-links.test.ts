import { describe, expect, it } from 'vitest';
import type { Notice } from '../../shared/contract';
import { DesktopController } from './desktop-controller';
import { type FakeOptions, fakeDesktop, sessionIn } from './testing/desktop-fakes';

function desktop(options: FakeOptions = {}) {
  const fake = fakeDesktop(options);
  return { ...fake, controller: new DesktopController(fake.ports, fake.sources) };
}

describe('one Danlu, and danlu:// links', () => {
  it('a second start brings the first forward, on the page the link it was handed names', () => {
    const d = desktop();
    d.controller.secondInstance(['/opt/Danlu/danlu', '--no-sandbox', 'danlu://session/ses-20261208-0badf00d']);
    d.controller.secondInstance(['/opt/Danlu/danlu']);
    d.controller.secondInstance(['/opt/Danlu/danlu', 'danlu://settings/']);
    expect(d.recorded.shown).toEqual(['#/session?id=ses-20261208-0badf00d', '', '#/settings']);
  });

  it('a link that names no page of Danlu only brings the window forward', () => {
    const d = desktop();
    d.controller.openLink('danlu://release/ses-1');
    d.controller.openLink('danlu://app/index.html');
    expect(d.recorded.shown).toEqual(['', '']);
    expect(d.recorded.calls).toEqual([]);
  });

  it("a notification about a session opens that session's page when clicked", () => {
    const d = desktop({ sessions: [sessionIn('ready')] });
    const notice: Notice = {
      level: 'warning',
      title: { en: 'The spot instance will be reclaimed', zh: '竞价实例即将被回收' },
      body: { en: 'lab', zh: 'lab' },
      sessionId: 'ses-42',
      kind: 'reclaim',
    };
    d.controller.onEvent('app.notice', notice);
    d.controller.onEvent('app.notice', { ...notice, sessionId: undefined, kind: 'orphans' });
    for (const n of d.recorded.notifications) n.click();
    expect(d.recorded.shown).toEqual(['#/session?id=ses-42', '#/resources']);
  });

  it('starts with the window, on the page a link names', async () => {
    const d = desktop();
    await d.controller.launched({ argv: ['/opt/Danlu/danlu', 'danlu://session/ses-9'] });
    expect(d.recorded.shown).toEqual(['#/session?id=ses-9']);
    const plain = desktop();
    await plain.controller.launched({ argv: ['/opt/Danlu/danlu'] });
    expect(plain.recorded.shown).toEqual(['']);
  });

  it('started at login, starts to the tray only (the hidden flag, or macOS saying so)', async () => {
    const linux = desktop();
    await linux.controller.launched({ argv: ['/opt/Danlu/danlu', '--hidden'] });
    const mac = desktop({ platform: 'darwin' });
    await mac.controller.launched({ argv: ['/Applications/Danlu.app/Contents/MacOS/Danlu'], openedAtLogin: true });
    expect(linux.recorded.shown).toEqual([]);
    expect(mac.recorded.shown).toEqual([]);
    expect(linux.recorded.notifications).toEqual([]);
  });

  it('where the desktop shows no tray, keeps the window (even at login) and says how to get a tray', async () => {
    const d = desktop({ trayHost: 'missing' });
    await d.controller.launched({ argv: ['/opt/Danlu/danlu', '--hidden'] });
    expect(d.recorded.shown).toEqual(['']);
    expect(d.recorded.keptVisible).toBe(1);
    expect(d.recorded.notifications).toHaveLength(1);
    expect(d.recorded.notifications[0]?.title).toBe('Your desktop shows no tray icons');
    expect(d.recorded.notifications[0]?.body).toContain('gnome-shell-extension-appindicator');
    const zh = desktop({ trayHost: 'missing', language: 'zh-CN' });
    await zh.controller.launched({ argv: ['/opt/Danlu/danlu'] });
    expect(zh.recorded.notifications[0]?.body).toContain('AppIndicator 扩展');
    const unknown = desktop({ trayHost: 'unknown' });
    await unknown.controller.launched({ argv: ['/opt/Danlu/danlu', '--hidden'] });
    expect(unknown.recorded.shown).toEqual([]);
    expect(unknown.recorded.keptVisible).toBe(0);
  });
});
