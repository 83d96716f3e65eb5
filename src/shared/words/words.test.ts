import { describe, expect, it } from 'vitest';
import { FORMER_KEYS } from './former-keys';
import { words, wordTables } from './index';
import { bothLanguages, msg, renderMessage } from './message';

const placeholders = (text: string) => [...text.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();
const entries = Object.entries(words) as Array<[string, { en: string; zh: string }]>;

describe('the word tables', () => {
  it('start every key with their area', () => {
    for (const [area, table] of Object.entries(wordTables)) {
      const keys = Object.keys(table);
      expect(keys.length, area).toBeGreaterThan(0);
      for (const key of keys) expect(key.startsWith(`${area}.`), key).toBe(true);
    }
    const all = Object.values(wordTables).flatMap((table) => Object.keys(table));
    expect(all.length).toBe(new Set(all).size);
    expect(all.length).toBe(entries.length);
  });

  it('says every text in both languages with the same parameters', () => {
    for (const [key, text] of entries) {
      expect(text.en.trim(), key).not.toBe('');
      expect(text.zh.trim(), key).not.toBe('');
      expect(placeholders(text.zh), key).toEqual(placeholders(text.en));
    }
  });

  it('writes Chinese with Chinese punctuation: no ASCII colon, comma or full stop between words', () => {
    for (const [key, { zh }] of entries) {
      const outsidePlaceholders = zh.replace(/\{\{\w+\}\}/g, 'X');
      expect(outsidePlaceholders, key).not.toMatch(/[\u4e00-\u9fff][:,.;]|[:;](\s|$)/);
    }
  });

  it('can be nested into i18next resources: no key is also the group of other keys', () => {
    const keys = new Set(Object.keys(words));
    const groups = [...keys].filter((key) => [...keys].some((other) => other.startsWith(`${key}.`)));
    expect(groups).toEqual([]);
  });

  it('still reads the codes of messages journals kept from earlier builds', () => {
    for (const [former, key] of Object.entries(FORMER_KEYS)) {
      expect(Object.hasOwn(words, key), former).toBe(true);
      expect(Object.hasOwn(words, former), former).toBe(false);
    }
    expect(renderMessage({ code: 'vpc.created', params: { vpcId: 'vpc-1' } } as never, 'en')).toBe('created vpc-1');
  });
});

describe('a message', () => {
  it('fills parameters: text, numbers, times, yuan, other messages, lists and two-language text', () => {
    const m = msg('launch.failover', {
      instanceType: 'ecs.gn6i-c4g1.xlarge',
      zoneId: 'us-west-1a',
      reason: { en: 'Sold out.', zh: '已售罄。' },
    });
    expect(renderMessage(m, 'en')).toBe('ecs.gn6i-c4g1.xlarge in us-west-1a: Sold out. Trying the next option.');
    expect(renderMessage(m, 'zh-CN')).toBe('us-west-1a 的 ecs.gn6i-c4g1.xlarge：已售罄。正在尝试下一个选项。');
    const notice = msg('notice.reclaim.body', { name: 'lab', at: { time: '2026-11-28T08:05:09Z' } });
    expect(renderMessage(notice, 'en')).toMatch(/from \d{2}:05:09 on\./);
    const nested = msg('bootstrap.step', {
      index: 2,
      total: 10,
      title: { msg: msg('bootstrap.title.user') },
      state: { msg: msg('bootstrap.state.done') },
    });
    expect(bothLanguages(nested)).toEqual({ en: '2/10 Create the ml user: done', zh: '2/10 创建 ml 用户：完成' });
    expect(renderMessage(msg('notice.orphans.body', { count: 2, monthly: { yuan: 12.5 } }), 'en')).toContain('¥12.50');
    const names = { list: ['lab', 'big'] };
    expect(bothLanguages(msg('tray.quitAsk.billingDetail', { names }))).toMatchObject({
      en: expect.stringContaining('does not stop lab, big:'),
      zh: expect.stringContaining('不会停止 lab、big，'),
    });
  });

  it('puts a label in lower case inside an English sentence only', () => {
    const refusal = msg('session.wrongPhase', {
      verb: { msg: msg('resources.verb.stop') },
      phase: { msg: msg('session.phase.stopped'), lower: true },
    });
    expect(bothLanguages(refusal)).toEqual({
      en: 'Cannot stop a session that is stopped.',
      zh: '此会话处于“已停止”状态，无法停止。',
    });
  });

  it('still says something for a code this build does not know', () => {
    expect(renderMessage({ code: 'from.a.newer.build', params: { id: 'd-1' } } as never, 'en')).toBe(
      'from.a.newer.build d-1',
    );
  });
});
