import type { Language } from './contract';

/** True for any Chinese locale or UI language ("zh", "zh-CN", "zh-Hant-TW"): the one language check. */
export function isZh(lang: string): boolean {
  return lang.toLowerCase().startsWith('zh');
}

/** The UI language: the user's choice when made, else Chinese for any zh locale, else English. */
export function resolveLanguage(choice: Language | null | undefined, locale: string): Language {
  if (choice) return choice;
  return isZh(locale) ? 'zh-CN' : 'en';
}
