import { useTranslation } from 'react-i18next';
import type { SessionCost } from '../../../shared/meter';
import { ProgressBar } from '../../components/ProgressBar';
import { clock, percent, yuan } from '../../lib/format';

/** What the session has cost so far and costs now, from the meter: the same figures as the sidebar and the tray. */
export function CostPanel({ cost }: { cost: SessionCost | undefined }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  return (
    <div className="figures" data-testid="cost-panel">
      <div className="figure">
        <span className="figure-label">{t('session.cost.elapsed')}</span>
        <span className="figure-value mono" data-testid="elapsed">
          {cost === undefined ? '—' : clock(cost.elapsedMs)}
        </span>
      </div>
      <div className="figure">
        <span className="figure-label">{t('session.cost.soFar')}</span>
        <span className="figure-value" data-testid="cost-so-far" data-value={cost?.costSoFar ?? ''}>
          {cost ? yuan(cost.costSoFar, lang) : '—'}
        </span>
      </div>
      <div className="figure">
        <span className="figure-label">{t('session.cost.perHour')}</span>
        <span className="figure-value" data-testid="cost-per-hour" data-value={cost?.perHourNow ?? ''}>
          {cost ? yuan(cost.perHourNow, lang) : '—'}
        </span>
      </div>
      {cost && (
        <div className="figure wide">
          <span className="figure-label">{t('session.cost.breakdown')}</span>
          <span className="small-print">
            {t('session.cost.parts', {
              compute: yuan(cost.breakdown.compute, lang, 4),
              disk: yuan(cost.breakdown.disk, lang, 4),
              snapshot: yuan(cost.breakdown.snapshot, lang, 4),
            })}
          </span>
          {cost.budget !== null && cost.budgetUsed !== null && (
            <>
              <span className="small-print">
                {t('session.cost.budget', { used: percent(cost.budgetUsed, lang), budget: yuan(cost.budget, lang, 2) })}
              </span>
              <ProgressBar value={cost.budgetUsed} label={t('session.cost.budgetLabel')} />
            </>
          )}
        </div>
      )}
    </div>
  );
}
