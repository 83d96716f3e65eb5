import { describe, expect, it } from 'vitest';
import { buildApi } from './api';
import type { Envelope } from './envelope';
import { errorCode, errorInfoOf } from './errors';
import { inBoth } from './words/message';

describe('buildApi', () => {
  const sent: Array<[string, unknown]> = [];
  let answer: Envelope = { ok: true, value: null };
  let lang = 'en';
  const listeners: Array<[string, (p: unknown) => void]> = [];
  const api = buildApi({
    send: async (name, input) => {
      sent.push([name, input]);
      return answer;
    },
    subscribe: (name, listener) => {
      listeners.push([name, listener]);
      return () =>
        listeners.splice(
          listeners.findIndex(([, l]) => l === listener),
          1,
        );
    },
    language: () => lang,
  });

  it('exposes every request as a nested function that resolves with the value', async () => {
    answer = { ok: true, value: { message: 'hi', at: 't' } };
    await expect(api.app.ping({ message: 'hi' })).resolves.toEqual({ message: 'hi', at: 't' });
    expect(sent.at(-1)).toEqual(['app.ping', { message: 'hi' }]);
    expect(typeof api.settings.update).toBe('function');
  });

  it('turns an error envelope into a thrown Error in the UI language, keeping the code', async () => {
    answer = { ok: false, error: { code: 'no_stock', text: { en: 'Sold out', zh: '已售罄' } } };
    const en = await api.app.info().catch((e: unknown) => e);
    expect(en).toBeInstanceOf(Error);
    expect((en as Error).message.startsWith('Sold out [no_stock]')).toBe(true);
    expect(errorCode(en)).toBe('no_stock');
    lang = 'zh-CN';
    const zh = await api.app.info().catch((e: unknown) => e);
    expect((zh as Error).message.startsWith('已售罄 [no_stock]')).toBe(true);
    expect(errorCode(zh)).toBe('no_stock');
    // The whole error rides along: both languages and the details, for a window that changes language.
    expect(errorInfoOf(zh)).toEqual({ code: 'no_stock', text: { en: 'Sold out', zh: '已售罄' } });
    // Anything else is said in Danlu's words, in both languages; what it said stays behind the details.
    expect(errorInfoOf(new Error('a browser problem'))).toEqual({
      code: 'internal',
      text: inBoth('error.unexpected'),
      original: 'a browser problem',
    });
  });

  it('subscribes to events and unsubscribes', () => {
    const seen: unknown[] = [];
    const off = api.on('app.notice', (payload) => seen.push(payload));
    expect(listeners).toHaveLength(1);
    listeners[0]?.[1]({ level: 'info', title: 't', body: 'b' });
    expect(seen).toEqual([{ level: 'info', title: 't', body: 'b' }]);
    off();
    expect(listeners).toHaveLength(0);
  });
});
