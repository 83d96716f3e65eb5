import { describe, expect, it } from 'vitest';
import { buildApi } from './api';
import type { Envelope } from './envelope';
import { errorCode, errorInfoOf, errorText } from './errors';

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
    expect(errorText(en)).toBe('Sold out');
    expect(errorCode(en)).toBe('no_stock');
    lang = 'zh-CN';
    const zh = await api.app.info().catch((e: unknown) => e);
    expect(errorText(zh)).toBe('已售罄');
    expect(errorCode(zh)).toBe('no_stock');
    // The whole error rides along: both languages and the details, for a window that changes language.
    expect(errorInfoOf(zh)).toEqual({ code: 'no_stock', text: { en: 'Sold out', zh: '已售罄' } });
    expect(errorInfoOf(new Error('a browser problem'))).toEqual({
      code: 'internal',
      text: { en: 'a browser problem', zh: 'a browser problem' },
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
