import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Language } from '../../shared/contract';
import { resolveLanguage } from '../../shared/language';
import { danlu } from '../lib/danlu';
import { ErrorNote } from '../lib/ErrorNote';
import { useLoad } from '../lib/use-load';

type Choice = Language | 'system';

/**
 * The window's language: the system's, Chinese or English. Kept with the settings and applied at
 * once, so everything on screen (errors and notices too) is worded again in the new language.
 */
export function LanguageSelect({ locale }: { locale: string }) {
  const { t, i18n } = useTranslation();
  const settings = useLoad(() => danlu().settings.get(), []);
  const [error, setError] = useState<unknown>(null);

  const change = async (next: Choice) => {
    setError(null);
    try {
      const saved = await danlu().settings.update({ language: next === 'system' ? null : next });
      settings.set(saved);
      await i18n.changeLanguage(resolveLanguage(saved.language, locale));
    } catch (e) {
      setError(e);
    }
  };

  return (
    <div className="language-select">
      <label className="field">
        <span>{t('settings.language')}</span>
        <select
          data-testid="language-select"
          value={settings.data ? (settings.data.language ?? 'system') : (i18n.language as Language)}
          onChange={(event) => void change(event.target.value as Choice)}
        >
          <option value="system">{t('settings.languageSystem', { locale })}</option>
          <option value="zh-CN">{t('settings.languageZh')}</option>
          <option value="en">{t('settings.languageEn')}</option>
        </select>
      </label>
      <ErrorNote error={error ?? settings.error} />
    </div>
  );
}
