import { lazy, Suspense, useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { GpuHistory } from '../../../shared/gpu';
import { ProgressBar } from '../../components/ProgressBar';
import { danlu } from '../../lib/danlu';
import { ErrorNote } from '../../lib/ErrorNote';
import { num } from '../../lib/format';
import { useDanluEvent } from '../../lib/use-event';

// uPlot is loaded only when a chart is drawn, as for the price history.
const GpuChart = lazy(() => import('../../components/GpuChart').then((m) => ({ default: m.GpuChart })));

/** How far back the chart reaches (the history main keeps). */
const WINDOW_MINUTES = 10;

/** GPU use at a glance: each GPU's utilisation and memory now, and a chart of the last minutes. */
export function GpuPanel({ sessionId }: { sessionId: string }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const [history, setHistory] = useState<GpuHistory | null>(null);
  const [error, setError] = useState<unknown>(null);

  useEffect(() => {
    let live = true;
    setHistory(null);
    danlu()
      .gpu.history({ id: sessionId })
      .then((h) => live && setHistory(h))
      .catch((e: unknown) => live && setError(e));
    return () => {
      live = false;
    };
  }, [sessionId]);

  useDanluEvent('gpu.readings', (update) => {
    if (update.sessionId !== sessionId) return;
    setHistory((h) => {
      const samples = h && update.state !== 'starting' ? h.samples : [];
      const oldest = Date.now() - WINDOW_MINUTES * 60_000;
      return {
        sessionId,
        state: update.state,
        demo: update.demo,
        samples: update.sample ? [...samples.filter((s) => Date.parse(s.at) >= oldest), update.sample] : samples,
      };
    });
  });

  const labels = useCallback(
    (index: number) => ({
      utilization: t('gpu.chartLabel', { index }),
      memory: t('gpu.chartMemoryLabel', { index }),
    }),
    [t],
  );

  const latest = history?.samples.at(-1);
  const state = history?.state ?? 'starting';
  return (
    <div data-testid="gpu-panel" data-state={state}>
      <ErrorNote error={error} />
      {history?.demo && <p className="muted small-print">{t('gpu.demo')}</p>}
      {state !== 'reading' && (
        <p className={state === 'starting' ? 'muted' : 'warning-note'} data-testid="gpu-state">
          {t(`gpu.state.${state}`)}
        </p>
      )}
      {latest && state === 'reading' && (
        <div className="figures">
          {latest.gpus.map((gpu) => (
            <div className="figure wide" key={gpu.index} data-testid="gpu-figure" data-index={gpu.index}>
              <span className="figure-label">
                GPU {gpu.index} · {gpu.name}
              </span>
              <span className="small-print">
                {t('gpu.utilization')}: <strong data-testid="gpu-utilization">{gpu.utilization} %</strong>
              </span>
              <ProgressBar value={gpu.utilization / 100} label={t('gpu.utilization')} />
              <span className="small-print">
                {t('gpu.memory')}:{' '}
                {t('gpu.memoryOf', {
                  used: num(gpu.memoryUsedMiB / 1024, lang, 1),
                  total: num(gpu.memoryTotalMiB / 1024, lang, 1),
                })}
              </span>
              <ProgressBar value={gpu.memoryUsedMiB / gpu.memoryTotalMiB} label={t('gpu.memory')} />
            </div>
          ))}
        </div>
      )}
      {history && history.samples.length > 0 && state === 'reading' && (
        <Suspense fallback={null}>
          <GpuChart samples={history.samples} labels={labels} lang={lang} />
          <p className="muted small-print">{t('gpu.chartNote', { minutes: WINDOW_MINUTES })}</p>
        </Suspense>
      )}
    </div>
  );
}
