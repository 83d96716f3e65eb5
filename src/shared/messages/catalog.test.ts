import { describe, expect, it } from 'vitest';
import { messageCatalog } from './catalog';
import { bothLanguages, msg, renderMessage } from './message';

const placeholders = (text: string) => [...text.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();

describe('the message catalogue', () => {
  const entries = Object.entries(messageCatalog) as Array<[string, { en: string; zh: string }]>;

  it('says every message in both languages with the same parameters', () => {
    for (const [code, text] of entries) {
      expect(text.en.trim(), code).not.toBe('');
      expect(text.zh.trim(), code).not.toBe('');
      expect(placeholders(text.zh), code).toEqual(placeholders(text.en));
    }
  });

  it('writes Chinese with Chinese punctuation: no ASCII colon, comma or full stop between words', () => {
    for (const [code, { zh }] of entries) {
      const outsidePlaceholders = zh.replace(/\{\{\w+\}\}/g, 'X');
      expect(outsidePlaceholders, code).not.toMatch(/[\u4e00-\u9fff][:,.;]|[:;](\s|$)/);
    }
  });

  it('fills parameters: text, numbers, times, yuan, other messages and two-language text', () => {
    const m = msg('launch.failover', {
      instanceType: 'ecs.gn6i-c4g1.xlarge',
      zoneId: 'us-west-1a',
      reason: { en: 'Sold out.', zh: '已售罄。' },
    });
    expect(renderMessage(m, 'en')).toBe('ecs.gn6i-c4g1.xlarge in us-west-1a: Sold out. Trying the next option.');
    expect(renderMessage(m, 'zh-CN')).toBe('us-west-1a 的 ecs.gn6i-c4g1.xlarge：已售罄。正在尝试下一个选项。');
    const notice = msg('spot.notice', { deadline: { time: '2026-11-28T08:05:09Z' } });
    expect(renderMessage(notice, 'en')).toMatch(/from \d{2}:05:09 on\./);
    const nested = msg('bootstrap.step', {
      index: 2,
      total: 10,
      title: { en: 'Create the ml user', zh: '创建 ml 用户' },
      state: { msg: msg('bootstrap.state.done') },
    });
    expect(bothLanguages(nested)).toEqual({ en: '2/10 Create the ml user: done', zh: '2/10 创建 ml 用户：完成' });
    expect(renderMessage(msg('notice.orphans.body', { count: 2, monthly: { yuan: 12.5 } }), 'en')).toContain('¥12.50');
  });

  it('still says something for a code this build does not know', () => {
    expect(renderMessage({ code: 'from.a.newer.build', params: { id: 'd-1' } } as never, 'en')).toBe(
      'from.a.newer.build d-1',
    );
  });
});
