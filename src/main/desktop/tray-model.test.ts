import { describe, expect, it } from 'vitest';
import type { SessionCost } from '../../shared/meter';
import type { SessionPhase } from '../../shared/session';
import { sessionIn } from './testing/desktop-fakes';
import { type TrayAction, type TrayModel, trayModel, traySession } from './tray-model';

const session = sessionIn;

const cost: SessionCost = {
  sessionId: 'ses-1',
  name: 'lab',
  phase: 'ready',
  costSoFar: 3.4219,
  perHourNow: 1.5,
  elapsedMs: 3_723_000,
  breakdown: { compute: 3, disk: 0.42, snapshot: 0 },
  budget: null,
  budgetUsed: null,
};

function enabled(model: TrayModel): TrayAction[] {
  return model.items.flatMap((i) => (i.kind === 'action' && i.enabled ? [i.action] : []));
}

describe('tray model', () => {
  it('idle: no title, launch-last only when there is a last plan', () => {
    const model = trayModel({ session: null, cost: null, hasLastPlan: true, demo: false }, 'en');
    expect(model).toMatchObject({ icon: 'idle', title: '', tooltip: 'Danlu — no GPU running' });
    expect(enabled(model)).toEqual(['launchLast', 'open', 'prices', 'quit']);
    expect(enabled(trayModel({ session: null, cost: null, hasLastPlan: false, demo: true }, 'en'))).toEqual([
      'open',
      'prices',
      'quit',
    ]);
    expect(trayModel({ session: null, cost: null, hasLastPlan: false, demo: true }, 'zh-CN').tooltip).toBe(
      '丹炉 — 没有运行中的 GPU (演示)',
    );
  });

  it.each<[SessionPhase, TrayAction[], string]>([
    ['launching', ['cancel', 'open', 'prices', 'quit'], 'launching'],
    ['ready', ['openNotebook', 'copySsh', 'stop', 'release', 'open', 'prices', 'quit'], 'running'],
    ['stopping', ['open', 'prices', 'quit'], 'launching'],
    ['stopped', ['start', 'release', 'open', 'prices', 'quit'], 'idle'],
    ['starting', ['open', 'prices', 'quit'], 'launching'],
    ['releasing', ['open', 'prices', 'quit'], 'launching'],
    ['interrupted', ['recover', 'release', 'open', 'prices', 'quit'], 'warning'],
  ])('%s: the right actions are enabled and the icon says so', (phase, actions, icon) => {
    const model = trayModel(
      {
        session: session(phase, { notebook: { url: 'https://47.88.1.2:8888/', fingerprint256: 'AB' } }),
        cost,
        hasLastPlan: true,
        demo: false,
      },
      'en',
    );
    expect(enabled(model)).toEqual(actions);
    expect(model.icon).toBe(icon);
  });

  it('shows type · zone · elapsed · ¥ so far · ¥/h, and the cost as the macOS title, in both languages', () => {
    const en = trayModel({ session: session('ready'), cost, hasLastPlan: false, demo: false }, 'en');
    expect(en.tooltip).toBe('ecs.gn6i-c4g1.xlarge · us-west-1a · Running · 01:02:03 · ¥3.42 · ¥1.50/h');
    expect(en.title).toBe('¥3.42');
    const zh = trayModel({ session: session('ready'), cost, hasLastPlan: false, demo: false }, 'zh-CN');
    expect(zh.tooltip).toBe('ecs.gn6i-c4g1.xlarge · us-west-1a · 运行中 · 01:02:03 · ¥3.42 · ¥1.50/h');
    expect(zh.items.some((i) => i.kind === 'action' && i.label === '停止（保留一切）')).toBe(true);
  });

  it('a reclaim notice turns the icon to warning and shows the deadline', () => {
    const model = trayModel(
      { session: session('ready', { reclaimDeadline: '2026-11-28T11:05:00Z' }), cost, hasLastPlan: false, demo: false },
      'en',
    );
    expect(model.icon).toBe('warning');
    expect(model.tooltip).toContain('reclaim at 11:05 UTC');
  });

  it('the notebook item waits for the notebook', () => {
    expect(
      enabled(
        trayModel({ session: session('ready', { notebook: undefined }), cost, hasLastPlan: false, demo: false }, 'en'),
      ),
    ).not.toContain('openNotebook');
  });

  it('picks the session in progress', () => {
    const released = session('released', { id: 'ses-0', createdAt: '2026-11-28T12:00:00Z' });
    expect(traySession([released, session('ready')])?.id).toBe('ses-1');
    expect(traySession([released])).toBeNull();
  });

  it('says so while the sessions are being read or cannot be, rather than claiming none runs', () => {
    const unknown = (why: 'checking' | 'unreadable', lang: 'en' | 'zh-CN') =>
      trayModel({ session: null, cost: null, hasLastPlan: true, demo: false, unknown: why }, lang);
    expect(unknown('checking', 'en').tooltip).toBe('Danlu — checking your sessions…');
    expect(unknown('unreadable', 'zh-CN').tooltip).toBe('丹炉 — 无法读取会话，打开查看详情');
    expect(unknown('unreadable', 'en').icon).toBe('warning');
    expect(enabled(unknown('checking', 'en'))).toEqual(['open', 'prices', 'quit']);
  });

  it('shows the GPUs of a running session in the tooltip, and says when there is none', () => {
    const ready = session('ready', { notebook: { url: 'https://47.88.1.2:8888/', fingerprint256: 'AB' } });
    const gpus = [
      { index: 0, name: 'Tesla T4', utilization: 87, memoryUsedMiB: 10_445, memoryTotalMiB: 15_360 },
      { index: 1, name: 'Tesla T4', utilization: 3, memoryUsedMiB: 0, memoryTotalMiB: 15_360 },
    ];
    const base = { session: ready, cost, hasLastPlan: true, demo: false };
    const tooltip = (gpu: Parameters<typeof trayModel>[0]['gpu'], lang = 'en' as const) =>
      trayModel({ ...base, gpu }, lang).tooltip.split('\n');
    expect(tooltip({ state: 'reading', gpus })[1]).toBe('GPU 87 % · 10.2/15.0 GiB, 3 % · 0.0/15.0 GiB');
    expect(trayModel({ ...base, gpu: { state: 'reading', gpus } }, 'zh-CN').tooltip.split('\n')[1]).toBe(
      'GPU 87% · 10.2/15.0 GiB、3% · 0.0/15.0 GiB',
    );
    expect(tooltip({ state: 'noGpu', gpus: [] })[1]).toBe('no GPU on this machine');
    expect(tooltip({ state: 'lost', gpus: [] })[1]).toBe('GPU readings interrupted');
    // Nothing read yet, or a stopped session: the status line alone, no stale figure.
    expect(tooltip({ state: 'starting', gpus: [] })).toHaveLength(1);
    expect(
      trayModel({ ...base, session: session('stopped'), gpu: { state: 'reading', gpus } }, 'en').tooltip,
    ).not.toMatch(/GPU 87/);
  });

  it('shows the CPU set-up part of the bill beside the GPU session’s own, in both languages', () => {
    const gpu = session('ready', { switchedFrom: 'ses-cpu' });
    const state = { session: gpu, cost, setupCost: 0.1498, hasLastPlan: true, demo: false };
    expect(trayModel(state, 'en').tooltip).toContain('¥3.42 · ¥1.50/h · set-up on CPU ¥0.15');
    expect(trayModel(state, 'zh-CN').tooltip).toContain('CPU 准备阶段 ¥0.15');
    expect(trayModel({ ...state, setupCost: undefined }, 'en').tooltip).not.toContain('CPU');
  });
});
