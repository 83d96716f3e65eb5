import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { localize } from '../../../shared/localized';
import type { Go } from '../../app/use-page';
import { ProgressBar } from '../../components/ProgressBar';
import { ErrorNote } from '../../lib/ErrorNote';
import { duration } from '../../lib/format';
import { useNow } from '../../lib/use-now';
import { PageHeader } from '../PageHeader';
import { ExactStatus } from './ExactStatus';
import { PriceFilters } from './PriceFilters';
import { PriceTable } from './PriceTable';
import { initialPriceForm, readPriceForm } from './price-form';
import { usePriceScan } from './use-price-scan';

/** As many offers as a scan gives (the contract's most). */
const ALL_OFFERS = 2000;

export function PricesPage({ go }: { go: Go }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const [form, setForm] = useState(initialPriceForm);
  const read = useMemo(() => readPriceForm(form), [form]);
  // While an input is wrong, the last good filters stay in force and the table stays as it was.
  const [lastGood, setLastGood] = useState(read.ok ? read.filters : null);
  if (read.ok && JSON.stringify(read.filters) !== JSON.stringify(lastGood)) setLastGood(read.filters);
  // Every offer that matches (the table shows them a page at a time): one count, never two limits.
  const scan = usePriceScan({ filters: lastGood, sort: form.sort, limit: ALL_OFFERS });
  const now = useNow(15_000);
  const result = scan.result;
  const since = Math.max(0, now - scan.receivedAt);
  // One age for the prices shown: the older of the stock read and the oldest exact price.
  const checkedAt = result?.exact.oldestCheckedAt;
  const oldestExact = result && checkedAt ? Date.parse(result.at) - Date.parse(checkedAt) + since : 0;
  const age = result ? Math.max(result.ageMs + since, oldestExact) : 0;
  const activity = result?.activity ?? null;
  const regionName = (id: string) => {
    const region = result?.regions.find((r) => r.regionId === id);
    return region ? localize(region.name, lang) : id;
  };

  return (
    <section data-testid="page-prices">
      <PageHeader title={t('shell.pages.prices.title')} intro={t('shell.pages.prices.intro')} />
      <div className="card">
        <PriceFilters form={form} onChange={setForm} read={read} gpuModels={result?.gpuModels ?? []} />
        <div className="scan-status">
          {(scan.scanning || (activity && activity.regionsDone < activity.regionsTotal)) && (
            <div className="scan-progress" data-testid="scan-progress">
              <span>
                {scan.progress?.regionId
                  ? t('prices.scanning', {
                      done: scan.progress.regionsDone,
                      total: scan.progress.regionsTotal,
                      found: scan.progress.offersFound,
                    })
                  : t('prices.scanStarting')}
              </span>
              <ProgressBar
                value={scan.progress ? scan.progress.regionsDone / Math.max(1, scan.progress.regionsTotal) : 0}
                label={t('prices.scanStarting')}
              />
            </div>
          )}
          {result && !scan.scanning && (
            <div className="scan-summary">
              <span className="muted" data-testid="cache-age">
                {t('prices.age', { age: duration(age, lang) })}
                {' · '}
                {result.offers.length === result.total
                  ? t('prices.countAll', { total: result.total })
                  : t('prices.countMatching', { shown: result.offers.length, total: result.total })}
              </span>
              <ExactStatus result={result} />
            </div>
          )}
          <button
            type="button"
            data-testid="refresh-prices"
            disabled={scan.scanning || !!activity}
            onClick={scan.refresh}
          >
            {t('prices.refresh')}
          </button>
        </div>
        {form.regionGroup === 'mainland' && <p className="hint">{t('prices.mainlandHint')}</p>}
      </div>

      <ErrorNote error={scan.error} onRetry={scan.refresh} />
      {result && result.failedRegions.length > 0 && (
        <div className="warning-note" role="status" data-testid="failed-regions">
          <strong>{t('prices.failedRegions', { count: result.failedRegions.length })}</strong>
          <ul>
            {result.failedRegions.map((f) => (
              <li key={f.regionId}>
                {regionName(f.regionId)} <span className="mono muted">{f.regionId}</span>:{' '}
                {localize(f.error.text, lang)}
              </li>
            ))}
          </ul>
        </div>
      )}

      {result && result.offers.length === 0 && (
        <div className="empty" role="status" data-testid="prices-empty">
          <strong>{t('prices.emptyTitle')}</strong>
          <p>{result.emptyReason ? localize(result.emptyReason, lang) : t('prices.emptyGeneric')}</p>
          <button type="button" onClick={() => setForm({ ...initialPriceForm, sort: form.sort })}>
            {t('prices.clearFilters')}
          </button>
        </div>
      )}
      {!result && !scan.error && <p className="muted">{t('shell.common.loading')}</p>}
      {result && result.offers.length > 0 && (
        <PriceTable
          offers={result.offers}
          answerAt={result.at}
          best={result.cheapestConfirmed ? form.sort : null}
          onLaunch={(offer) => go('launch', { region: offer.regionId, zone: offer.zoneId, type: offer.instanceType })}
        />
      )}
    </section>
  );
}
