import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { Language } from '../../shared/contract';
import { resolveLanguage } from '../../shared/language';
import { resources } from './resources';

export { resources };

function markDocument(lang: string) {
  document.documentElement.lang = lang;
}

/** Starts i18next in the user's chosen language, or the OS locale's. */
export async function initI18n(choice: Language | null, locale: string): Promise<void> {
  const lng = resolveLanguage(choice, locale);
  await i18n.use(initReactI18next).init({
    resources,
    lng,
    fallbackLng: 'en',
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  markDocument(lng);
  i18n.on('languageChanged', markDocument);
}

export { i18n };
