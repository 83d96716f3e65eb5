/** Text in both UI languages: the one shape every message has, from the cloud's errors to the tray. */
export interface Localized {
  en: string;
  zh: string;
}

/** True for any Chinese locale or UI language ("zh", "zh-CN", "zh-Hant-TW"): the one language check. */
export function isZh(lang: string): boolean {
  return lang.toLowerCase().startsWith('zh');
}

/** The text for a UI language ("zh-CN" or any zh locale → Chinese, anything else → English). */
export function localize(text: Localized, lang: string): string {
  return isZh(lang) ? text.zh : text.en;
}
