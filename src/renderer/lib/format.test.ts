import { describe, expect, it } from 'vitest';
import { clock, duration, percent, preciseDuration, yuan } from './format';

describe('format', () => {
  it('shows money with three decimals, as the cloud quotes spot prices', () => {
    expect(yuan(1.224, 'en')).toBe('¥1.224');
    expect(yuan(11.9164, 'zh-CN')).toBe('¥11.916');
  });

  it('shows durations in both languages', () => {
    expect(duration(45_000, 'en')).toBe('45 s');
    expect(duration(3 * 60_000, 'zh-CN')).toBe('3 分钟');
    expect(duration(125 * 60_000, 'en')).toBe('2 h 5 min');
    expect(preciseDuration(1_449, 'en')).toBe('1.4 s');
    expect(preciseDuration(250, 'zh-CN')).toBe('0.3 秒');
    expect(preciseDuration(42_000, 'en')).toBe('42 s');
    expect(duration(120 * 60_000, 'zh-CN')).toBe('2 小时');
  });

  it('shows a ratio as a whole percent and elapsed time as a clock', () => {
    expect(percent(0.103, 'en')).toBe('10%');
    expect(clock(3_723_000)).toBe('01:02:03');
  });
});
