import type { Language } from './contract';
import { isZh } from './localized';

/** The UI language: the user's choice when made, else Chinese for any zh locale, else English. */
export function resolveLanguage(choice: Language | null | undefined, locale: string): Language {
  if (choice) return choice;
  return isZh(locale) ? 'zh-CN' : 'en';
}
