import { describe, expect, it } from 'vitest';
import { words } from '../../shared/words';
import { resources } from './resources';

function keys(value: unknown, prefix = ''): string[] {
  if (typeof value !== 'object' || value === null) return [prefix];
  return Object.entries(value).flatMap(([k, v]) => keys(v, prefix ? `${prefix}.${k}` : k));
}

function lookup(tree: unknown, key: string): unknown {
  return key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown>)?.[part], tree);
}

describe('UI text', () => {
  const en = resources.en.translation;
  const zh = resources['zh-CN'].translation;

  it('has every key of the word tables in both languages, and nothing else', () => {
    const all = Object.keys(words).sort();
    expect(keys(en).sort()).toEqual(all);
    expect(keys(zh).sort()).toEqual(all);
  });

  it('gives i18next exactly the texts of the tables', () => {
    for (const [key, text] of Object.entries(words)) {
      expect(lookup(en, key), key).toBe(text.en);
      expect(lookup(zh, key), key).toBe(text.zh);
    }
  });
});
