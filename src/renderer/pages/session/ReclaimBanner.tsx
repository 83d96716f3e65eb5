import { useTranslation } from 'react-i18next';
import { duration, timeOfDay } from '../../lib/format';

/** The cloud's notice that it takes the spot instance back: when (`now` is the cloud's time), and that the data disk stays. */
export function ReclaimBanner({ deadline, now }: { deadline: string; now: number }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const left = Date.parse(deadline) - now;
  return (
    <div className="reclaim-banner" role="alert" data-testid="reclaim-banner">
      <strong>{t('session.reclaim.title')}</strong>
      <span>
        {t('session.reclaim.body', {
          at: timeOfDay(deadline, lang),
          left: left > 0 ? duration(left, lang) : t('session.reclaim.now'),
        })}
      </span>
    </div>
  );
}
