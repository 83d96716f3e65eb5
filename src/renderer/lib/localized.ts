import type { Localized } from '../../shared/errors';

/** The text of a two-language pair for the UI language. */
export function pick(text: Localized, lang: string): string {
  return lang.startsWith('zh') ? text.zh : text.en;
}
