import { useTranslation } from 'react-i18next';
import { isCurrent, phaseLabel } from '../../shared/session-phases';
import { renderMessage } from '../../shared/words/message';
import { clock, yuan } from '../lib/format';
import { useMeter } from '../lib/use-meter';
import { useSessions } from '../lib/use-sessions';

/** The sidebar's cost glance: each live session with ¥ so far, ¥/h and elapsed time, and this month's total. */
export function MeterGlance({ onOpen }: { onOpen(id: string): void }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const meter = useMeter();
  const { sessions } = useSessions();
  if (!meter) return null;
  // Phases come from the sessions themselves (they change between two ticks); figures from the meter.
  const live = (sessions ?? []).filter(isCurrent);
  return (
    <div className="glance" data-testid="meter-glance">
      {live.map((s) => {
        const cost = meter.sessions.find((c) => c.sessionId === s.id);
        return (
          <button type="button" key={s.id} className="glance-session" onClick={() => onOpen(s.id)}>
            <span className="glance-name">
              {s.name} · {renderMessage(phaseLabel(s), lang)}
            </span>
            {cost && (
              <span className="glance-figures" data-testid="glance-figures">
                {yuan(cost.costSoFar, lang)} · {t('shell.meter.perHour', { price: yuan(cost.perHourNow, lang) })} ·{' '}
                <span data-testid="glance-elapsed">{clock(cost.elapsedMs)}</span>
              </span>
            )}
          </button>
        );
      })}
      <div className="glance-month">
        {t('shell.meter.month', { cost: yuan(meter.monthCost, lang, 2) })}
        {meter.monthBudget !== null && ` / ${yuan(meter.monthBudget, lang, 0)}`}
      </div>
    </div>
  );
}
