import { lazy, Suspense, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { PriceOffer } from '../../../shared/prices';
import { originOffChart } from '../../components/price-range';
import { danlu } from '../../lib/danlu';
import { ErrorNote } from '../../lib/ErrorNote';
import { dateTime, yuan } from '../../lib/format';
import { useLoad } from '../../lib/use-load';

// The chart (uPlot) and the AWS table load when a row is opened, not with the first page.
const PriceChart = lazy(() => import('../../components/PriceChart').then((m) => ({ default: m.PriceChart })));
const AwsComparison = lazy(() => import('./AwsComparison').then((m) => ({ default: m.AwsComparison })));

/** Under a price row: 30 days of that type's spot price in that zone, and the AWS reference. */
export function OfferDetail({ offer }: { offer: PriceOffer }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const history = useLoad(
    () => danlu().prices.history({ regionId: offer.regionId, zoneId: offer.zoneId, instanceType: offer.instanceType }),
    [offer.regionId, offer.zoneId, offer.instanceType],
  );
  const labels = useMemo(() => ({ spot: t('prices.history.spot'), origin: t('prices.history.payg') }), [t]);
  const stats = useMemo(() => {
    const prices = history.data?.points.map((p) => p.spotPrice) ?? [];
    if (prices.length === 0) return null;
    return {
      min: Math.min(...prices),
      max: Math.max(...prices),
      mean: prices.reduce((a, b) => a + b, 0) / prices.length,
    };
  }, [history.data]);

  return (
    <div className="offer-detail" data-testid="offer-detail">
      <section className="detail-part">
        <h3>{t('prices.history.title', { type: offer.instanceType, zone: offer.zoneId })}</h3>
        {offer.regionGroup === 'mainland' && (
          <p className="hint" data-testid="mainland-hint">
            {t('prices.mainlandHint')}
          </p>
        )}
        <ErrorNote error={history.error} onRetry={() => void history.reload()} />
        {history.loading && !history.data && <p className="muted">{t('shell.common.loading')}</p>}
        {history.data && history.data.points.length === 0 && <p className="muted">{t('prices.history.empty')}</p>}
        {history.data && history.data.points.length > 0 && (
          <>
            <Suspense fallback={<p className="muted">{t('shell.common.loading')}</p>}>
              <PriceChart points={history.data.points} labels={labels} lang={lang} />
            </Suspense>
            {originOffChart(history.data.points) && (
              <p className="muted small-print" data-testid="payg-off-chart">
                {t('prices.history.paygOffChart', {
                  price: yuan(Math.max(...history.data.points.map((p) => p.originPrice)), lang),
                })}
              </p>
            )}
            {stats && (
              <p className="muted small-print" data-testid="history-stats">
                {t('prices.history.stats', {
                  min: yuan(stats.min, lang),
                  mean: yuan(stats.mean, lang),
                  max: yuan(stats.max, lang),
                  from: dateTime(history.data.from, lang),
                  to: dateTime(history.data.to, lang),
                  changes: history.data.points.length,
                  raw: history.data.rawPoints,
                })}
              </p>
            )}
          </>
        )}
      </section>
      <section className="detail-part">
        <Suspense fallback={<p className="muted">{t('shell.common.loading')}</p>}>
          <AwsComparison offer={offer} />
        </Suspense>
      </section>
    </div>
  );
}
