import { useTranslation } from 'react-i18next';
import type { PriceScanResult } from '../../../shared/contract/prices';
import { ProgressBar } from '../../components/ProgressBar';

/**
 * How many prices are the cloud's current ones (their age is the page's one age, beside it);
 * while Danlu is still reading them, a bar that fills as they turn exact.
 */
export function ExactStatus({ result }: { result: PriceScanResult }) {
  const { t } = useTranslation();
  const { exact, activity } = result;
  const filtered = exact.matched !== exact.total;
  const reading = activity !== null && activity.regionsDone >= activity.regionsTotal;
  return (
    <div className="exact-status">
      <span
        data-testid="exact-count"
        data-exact={exact.totalExact}
        data-total={exact.total}
        className={exact.totalExact === exact.total ? undefined : 'muted'}
      >
        {filtered
          ? t('prices.exactShown', {
              exact: exact.matchedExact,
              shown: exact.matched,
              allExact: exact.totalExact,
              total: exact.total,
            })
          : t('prices.exactAll', { exact: exact.totalExact, total: exact.total })}
      </span>
      {exact.failed > 0 && (
        <span className="field-warning" data-testid="exact-failed">
          {t('prices.exactFailed', { count: exact.failed })}
        </span>
      )}
      {reading && (
        <div className="scan-progress" data-testid="exact-progress">
          <span>{t('prices.makingExact', { done: activity.exactDone, total: activity.exactTotal })}</span>
          <ProgressBar
            value={activity.exactDone / Math.max(1, activity.exactTotal)}
            label={t('prices.makingExact', { done: activity.exactDone, total: activity.exactTotal })}
          />
        </div>
      )}
    </div>
  );
}
