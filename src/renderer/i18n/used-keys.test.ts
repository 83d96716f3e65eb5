import { describe, expect, it } from 'vitest';
import { mainOnlyTables } from '../../shared/words/main-only';
import { resources } from './resources';

const en = resources.en.translation;

// Every source file of the UI, as text (Vite's glob import: no Node built-ins in the renderer).
const sources = import.meta.glob(['../**/*.tsx', '../**/*.ts', '!../**/*.test.ts', '!../i18n/**'], {
  query: '?raw',
  import: 'default',
  eager: true,
}) as Record<string, string>;

function lookup(key: string): unknown {
  return key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part], en);
}

describe('UI text in use', () => {
  it('reads the sources', () => {
    expect(Object.keys(sources).length).toBeGreaterThan(20);
  });

  it('has English (and so Chinese) text for every key a page asks for', () => {
    const missing: string[] = [];
    for (const [file, text] of Object.entries(sources)) {
      for (const [, key] of text.matchAll(/\bt\('([a-zA-Z0-9_.-]+)'/g)) {
        if (typeof lookup(key as string) !== 'string') missing.push(`${file}: ${key}`);
      }
      // `t(\`prices.stock.${stock}\`)`: the fixed part must name a group of texts.
      for (const [, prefix] of text.matchAll(/\bt\(`([a-zA-Z0-9_.]+)\.\$\{/g)) {
        if (typeof lookup(prefix as string) !== 'object') missing.push(`${file}: ${prefix}.*`);
      }
    }
    expect(missing).toEqual([]);
  });

  it('asks for no text that only main words (the window is built without those tables)', () => {
    const mainOnly = Object.keys(mainOnlyTables);
    const asked: string[] = [];
    for (const [file, text] of Object.entries(sources)) {
      for (const [, key] of text.matchAll(/['"`]([a-z][\w-]*)\.[\w.${}-]+['"`]/g)) {
        if (mainOnly.includes(key as string)) asked.push(`${file}: ${key}`);
      }
    }
    expect(asked).toEqual([]);
  });
});
