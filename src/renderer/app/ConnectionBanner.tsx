import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { connection } from '../lib/connection';
import { timeOfDay } from '../lib/format';

/**
 * Says plainly that the window lost Danlu's background service: the figures on screen are
 * frozen at that moment, nothing in the cloud changes because of it, and Danlu keeps trying.
 */
export function ConnectionBanner({ lost }: { lost: boolean }) {
  const { t, i18n } = useTranslation();
  const [since, setSince] = useState<string>();
  useEffect(() => setSince(lost ? new Date().toISOString() : undefined), [lost]);
  if (!lost) return null;
  return (
    <div className="connection-lost" role="alert" data-testid="connection-lost">
      <div>
        <strong>{t('shell.connection.lostTitle')}</strong>
        <p>{t('shell.connection.lostBody', { at: since ? timeOfDay(since, i18n.language) : '' })}</p>
      </div>
      <button type="button" className="small" data-testid="connection-retry" onClick={() => connection.retry()}>
        {t('shell.common.retry')}
      </button>
    </div>
  );
}
