import { useTranslation } from 'react-i18next';
import { type Localized, localize } from '../../shared/localized';
import { type Message, renderMessage } from '../../shared/words/message';

/** What main said, worded in the window's language (and again after the language changes). */
export function useWords(): { say: (message: Message) => string; pick: (text: Localized) => string; lang: string } {
  const { i18n } = useTranslation();
  const lang = i18n.language;
  return { say: (message) => renderMessage(message, lang), pick: (text) => localize(text, lang), lang };
}
