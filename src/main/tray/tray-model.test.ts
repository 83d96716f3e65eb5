import { describe, expect, it } from 'vitest';
import { trayModel } from './tray-model';

describe('trayModel (idle)', () => {
  it('offers open, prices and quit, with an idle icon and no title', () => {
    const model = trayModel({ kind: 'idle' }, 'en');
    expect(model.icon).toBe('idle');
    expect(model.title).toBe('');
    expect(model.items.filter((i) => i.kind === 'action').map((i) => i.kind === 'action' && i.action)).toEqual([
      'open',
      'prices',
      'quit',
    ]);
    expect(model.tooltip).toMatch(/no GPU running/);
  });

  it('speaks Chinese', () => {
    const model = trayModel({ kind: 'idle' }, 'zh-CN');
    expect(model.tooltip).toContain('丹炉');
    expect(model.items.some((i) => i.kind === 'action' && i.label === '退出丹炉')).toBe(true);
  });
});
