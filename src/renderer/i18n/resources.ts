import type { Language } from '../../shared/contract';
import { words } from '../../shared/words';

/** Texts nested by the dots of their keys, as i18next reads them. */
export interface WordTree {
  [part: string]: string | WordTree;
}

/** The word tables in one language as an i18next tree: "shell.nav.prices" → shell → nav → prices. */
export function wordTree(side: 'en' | 'zh'): WordTree {
  const tree: WordTree = {};
  for (const [key, text] of Object.entries(words)) {
    const parts = key.split('.');
    const leaf = parts.pop() as string;
    let node = tree;
    for (const part of parts) {
      const next = node[part] ?? {};
      if (typeof next === 'string') throw new Error(`${key}: "${part}" is a text and a group`);
      node[part] = next;
      node = next;
    }
    node[leaf] = text[side];
  }
  return tree;
}

/** The window's i18next resources, built from the same tables main words its messages with. */
export const resources = {
  en: { translation: wordTree('en') },
  'zh-CN': { translation: wordTree('zh') },
} satisfies Record<Language, unknown>;
