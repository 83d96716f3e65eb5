import { describe, expect, it } from 'vitest';
import type { UpdateStatus } from '../../shared/contract';
import { DesktopController } from './desktop-controller';
import { type FakeOptions, fakeDesktop } from './testing/desktop-fakes';
import { type TrayItem, trayModel } from './tray-model';

const idle = { session: null, cost: null, hasLastPlan: false, demo: false };
const status = (change: Partial<UpdateStatus>): UpdateStatus => ({
  current: '0.1.0',
  phase: 'idle',
  feed: { kind: 'github' },
  automatic: true,
  ...change,
});

function help(update: UpdateStatus | null, lang: 'en' | 'zh-CN' = 'en'): string[] {
  const menu = trayModel({ ...idle, help: { version: '0.1.0', update } }, lang).items.find(
    (i): i is Extract<TrayItem, { kind: 'submenu' }> => i.kind === 'submenu',
  );
  return (menu?.items ?? []).map((i) =>
    i.kind === 'action' ? `${i.label}${i.enabled ? '' : ' (off)'}` : i.kind === 'status' ? `[${i.label}]` : '—',
  );
}

describe("the tray's Help menu", () => {
  it('names the version and offers a check, diagnostics and a problem report, in both languages', () => {
    expect(help(status({}))).toEqual([
      '[Danlu 0.1.0]',
      'Check for updates',
      '—',
      'Export diagnostics…',
      'Report a problem…',
    ]);
    expect(help(status({}), 'zh-CN')).toEqual(['[丹炉 0.1.0]', '检查更新', '—', '导出诊断信息…', '报告问题…']);
  });

  it('follows the update: checking, downloading with its share, unavailable from the sources', () => {
    expect(help(status({ phase: 'checking' }))[1]).toBe('Checking for updates… (off)');
    expect(help(status({ phase: 'downloading', next: { version: '0.2.0' }, percent: 42 }))[1]).toBe(
      'Downloading 0.2.0… 42 % (off)',
    );
    expect(help(status({ phase: 'unavailable', unavailable: 'sources' }))[1]).toBe('Check for updates (off)');
  });

  it('puts "Restart to update" above Open once a version is ready', () => {
    const items = trayModel(
      { ...idle, help: { version: '0.1.0', update: status({ phase: 'ready', next: { version: '0.2.0' } }) } },
      'zh-CN',
    ).items.flatMap((i) => (i.kind === 'action' ? [i.label] : []));
    expect(items).toEqual(['按上次配置创建', '重启并更新到 0.2.0', '打开丹炉', 'GPU 价格…', '退出丹炉']);
  });
});

describe("the Help menu's actions", () => {
  function desktop(options: FakeOptions = {}) {
    const fake = fakeDesktop(options);
    return { ...fake, controller: new DesktopController(fake.ports, fake.sources) };
  }

  it('Export diagnostics saves the zip and says where; clicking the notification shows the file', async () => {
    const d = desktop();
    await d.controller.trayAction('exportDiagnostics');
    expect(d.recorded.exports).toBe(1);
    const shown = d.recorded.notifications.at(-1);
    expect(shown).toMatchObject({
      title: 'Diagnostics saved',
      body: '/home/me/Downloads/danlu-diagnostics-20261208-130000.zip holds no AccessKey, token, password or private key.',
    });
    shown?.click();
    expect(d.recorded.revealed).toEqual(['/home/me/Downloads/danlu-diagnostics-20261208-130000.zip']);
  });

  it('Export diagnostics cancelled in the save dialog says nothing', async () => {
    const d = desktop({ exportCancelled: true });
    await d.controller.trayAction('exportDiagnostics');
    expect(d.recorded.notifications).toEqual([]);
  });

  it('Report a problem opens the prefilled issue in the browser', async () => {
    const d = desktop();
    await d.controller.trayAction('reportProblem');
    expect(d.recorded.opened).toEqual(['https://github.com/danlu/danlu/issues/new?title=&body=Danlu+0.1.0']);
  });
});
