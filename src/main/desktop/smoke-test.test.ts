import { describe, expect, it } from 'vitest';
import type { AppInfo } from '../../shared/contract';
import { isSmokeTest, runSmokeTest, type SmokeProbe } from './smoke-test';
import { trayModel } from './tray-model';

const info: AppInfo = {
  name: 'Danlu',
  version: '0.1.0',
  platform: 'linux',
  locale: 'en-US',
  demo: true,
  transport: 'ipc',
  sshKeyPath: '/tmp/profile/keys/danlu_rsa',
  tray: 'present',
};
const tray = trayModel({ session: null, cost: null, hasLastPlan: false, demo: true }, 'en');

function probe(overrides: Partial<SmokeProbe> = {}) {
  const out = { lines: [] as string[], codes: [] as number[] };
  const base: SmokeProbe = {
    windowLoaded: async () => {},
    windowTitle: () => 'Danlu 丹炉',
    rendererInfo: async () => info,
    trayBuilt: async () => tray,
    wait: () => new Promise(() => {}),
    print: (line) => out.lines.push(line),
    exit: (code) => out.codes.push(code),
  };
  return { probe: { ...base, ...overrides }, out };
}

describe('danlu --smoke-test', () => {
  it('is asked for by its flag only', () => {
    expect(isSmokeTest(['/usr/bin/danlu', '--smoke-test'])).toBe(true);
    expect(isSmokeTest(['/usr/bin/danlu', '--no-sandbox'])).toBe(false);
  });

  it('prints one JSON line with the window title, the tray items and the renderer’s app.info, and exits 0', async () => {
    const { probe: p, out } = probe();
    await runSmokeTest(p);
    expect(out.lines).toHaveLength(1);
    expect(JSON.parse(out.lines[0] as string)).toEqual({
      ok: true,
      windowTitle: 'Danlu 丹炉',
      trayItems: ['status', 'separator', 'launchLast', 'separator', 'open', 'prices', 'help', 'separator', 'quit'],
      appInfo: info,
    });
    expect(out.codes).toEqual([0]);
  });

  it('waits for the window before asking the renderer', async () => {
    const order: string[] = [];
    let loaded: () => void = () => {};
    const { probe: p, out } = probe({
      windowLoaded: () =>
        new Promise<void>((resolve) => {
          loaded = () => {
            order.push('loaded');
            resolve();
          };
        }),
      rendererInfo: async () => {
        order.push('info');
        return info;
      },
    });
    const running = runSmokeTest(p);
    await Promise.resolve();
    expect(out.lines).toEqual([]);
    loaded();
    await running;
    expect(order).toEqual(['loaded', 'info']);
  });

  it('exits 1 naming what is wrong: not demo mode, a tray without Quit', async () => {
    const { probe: p, out } = probe({
      rendererInfo: async () => ({ ...info, demo: false }),
      trayBuilt: async () => ({ ...tray, items: tray.items.filter((i) => i.kind !== 'action' || i.action !== 'quit') }),
    });
    const report = await runSmokeTest(p);
    expect(report.problems).toEqual(['the tray has no "quit" item', 'the smoke test did not run in demo mode']);
    expect(JSON.parse(out.lines[0] as string).ok).toBe(false);
    expect(out.codes).toEqual([1]);
  });

  it('gives up with a reason instead of hanging when the window never loads', async () => {
    const { probe: p, out } = probe({ windowLoaded: () => new Promise(() => {}), wait: async () => {} });
    await runSmokeTest(p, 30_000);
    expect(JSON.parse(out.lines[0] as string)).toEqual({
      ok: false,
      problems: ['the window or the tray was not ready within 30 s'],
    });
    expect(out.codes).toEqual([1]);
  });

  it('reports a renderer that cannot answer', async () => {
    const { probe: p, out } = probe({
      rendererInfo: async () => {
        throw new Error('window.danlu is undefined');
      },
    });
    await runSmokeTest(p);
    expect(JSON.parse(out.lines[0] as string).problems).toEqual(['window.danlu is undefined']);
    expect(out.codes).toEqual([1]);
  });
});
