import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppInfo, Language } from '../../shared/contract';
import { resolveLanguage } from '../../shared/language';
import { danlu } from '../lib/danlu';
import { ErrorNote } from '../lib/ErrorNote';
import { PageHeader } from './PageHeader';

type Choice = Language | 'system';

export function SettingsPage({ info }: { info: AppInfo }) {
  const { t, i18n } = useTranslation();
  const [choice, setChoice] = useState<Choice | null>(null);
  const [error, setError] = useState<unknown>(null);

  const change = async (next: Choice) => {
    setError(null);
    try {
      const saved = await danlu().settings.update({ language: next === 'system' ? null : next });
      setChoice(saved.language ?? 'system');
      await i18n.changeLanguage(resolveLanguage(saved.language, info.locale));
    } catch (e) {
      setError(e);
    }
  };

  return (
    <section data-testid="page-settings">
      <PageHeader title={t('pages.settings.title')} intro={t('pages.settings.intro')} />
      <div className="card">
        <label className="field">
          <span>{t('settings.language')}</span>
          <select
            data-testid="language-select"
            value={choice ?? (i18n.language as Language)}
            onChange={(event) => void change(event.target.value as Choice)}
          >
            <option value="system">{t('settings.languageSystem', { locale: info.locale })}</option>
            <option value="zh-CN">{t('settings.languageZh')}</option>
            <option value="en">{t('settings.languageEn')}</option>
          </select>
        </label>
        <ErrorNote error={error} />
      </div>
      <div className="card">
        <h2>{t('settings.about')}</h2>
        <p data-testid="app-info">
          {t('settings.version', { version: info.version, platform: info.platform, transport: info.transport })}
        </p>
      </div>
    </section>
  );
}
