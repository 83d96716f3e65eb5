import { isZh } from './language';

/** Text in both UI languages: the one shape every message has, from the cloud's errors to the tray. */
export interface Localized {
  en: string;
  zh: string;
}

/** The text for a UI language ("zh-CN" or any zh locale → Chinese, anything else → English). */
export function localize(text: Localized, lang: string): string {
  return isZh(lang) ? text.zh : text.en;
}
