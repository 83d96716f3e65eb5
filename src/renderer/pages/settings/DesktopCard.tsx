import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Settings } from '../../../shared/contract';
import { danlu } from '../../lib/danlu';
import { ErrorNote } from '../../lib/ErrorNote';
import { SettingSwitch } from './SettingSwitch';

/** What Danlu does on this computer: start at login, to the tray. */
export function DesktopCard({ settings, onSaved }: { settings: Settings; onSaved(s: Settings): void }) {
  const { t } = useTranslation();
  const [error, setError] = useState<unknown>(null);
  return (
    <div className="card" data-testid="desktop-card">
      <h2>{t('settings.desktop')}</h2>
      <SettingSwitch
        testId="setting-startAtLogin"
        checked={settings.startAtLogin}
        label={t('settings.startAtLogin')}
        save={async (startAtLogin) => {
          setError(null);
          try {
            onSaved(await danlu().settings.update({ startAtLogin }));
            return true;
          } catch (failure) {
            setError(failure);
            return false;
          }
        }}
      />
      <p className="muted small-print">{t('settings.startAtLoginHint')}</p>
      <ErrorNote error={error} />
    </div>
  );
}
