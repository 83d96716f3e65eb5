import { describe, expect, it } from 'vitest';
import { en } from './locales/en';
import { zhCN } from './locales/zh-CN';

function keys(value: unknown, prefix = ''): string[] {
  if (typeof value !== 'object' || value === null) return [prefix];
  return Object.entries(value).flatMap(([k, v]) => keys(v, prefix ? `${prefix}.${k}` : k));
}

function placeholders(text: string): string[] {
  return [...text.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1] ?? '').sort();
}

function lookup(tree: unknown, key: string): unknown {
  return key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown>)?.[part], tree);
}

describe('UI text', () => {
  it('has every key in both languages', () => {
    expect(keys(zhCN).sort()).toEqual(keys(en).sort());
  });

  it('has no empty text and the same placeholders in both languages', () => {
    for (const key of keys(en)) {
      const a = lookup(en, key);
      const b = lookup(zhCN, key);
      expect(typeof a, key).toBe('string');
      expect(typeof b, key).toBe('string');
      expect((a as string).trim().length, key).toBeGreaterThan(0);
      expect((b as string).trim().length, key).toBeGreaterThan(0);
      expect(placeholders(b as string), key).toEqual(placeholders(a as string));
    }
  });
});
