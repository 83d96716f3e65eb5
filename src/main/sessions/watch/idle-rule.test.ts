import { describe, expect, it } from 'vitest';
import { isIdle } from './idle-rule';

const now = Date.parse('2026-11-28T12:00:00Z');
const activity = (
  minutesAgo: number,
  extra: Partial<{ connections: number; busyKernels: number; gpuBusy: boolean }> = {},
) => ({
  lastActivity: new Date(now - minutesAgo * 60_000).toISOString(),
  connections: 0,
  busyKernels: 0,
  ...extra,
});

describe('the app idle rule', () => {
  it('is idle after the set minutes without activity', () => {
    expect(isIdle(activity(61), now, 60)).toBe(true);
    expect(isIdle(activity(59), now, 60)).toBe(false);
  });

  it('is never idle while a kernel runs, a GPU works or someone is connected, nor when switched off', () => {
    expect(isIdle(activity(600, { busyKernels: 1 }), now, 60)).toBe(false);
    expect(isIdle(activity(600, { connections: 1 }), now, 60)).toBe(false);
    expect(isIdle(activity(600, { gpuBusy: true }), now, 60)).toBe(false);
    expect(isIdle(activity(600, { gpuBusy: false }), now, 60)).toBe(true);
    expect(isIdle(activity(600), now, 0)).toBe(false);
    expect(isIdle({ lastActivity: null, connections: 0, busyKernels: 0 }, now, 60)).toBe(false);
  });
});
