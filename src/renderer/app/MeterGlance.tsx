import { useTranslation } from 'react-i18next';
import { clock, yuan } from '../lib/format';
import { useMeter } from '../lib/use-meter';

const billing = ['launching', 'ready', 'stopping', 'stopped', 'starting', 'releasing'];

/** The sidebar's cost glance: what is running now, ¥/h, and this month's total. */
export function MeterGlance({ onOpen }: { onOpen(id: string): void }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const meter = useMeter();
  if (!meter) return null;
  const live = meter.sessions.filter((s) => billing.includes(s.phase));
  return (
    <div className="glance" data-testid="meter-glance">
      {live.map((s) => (
        <button type="button" key={s.sessionId} className="glance-session" onClick={() => onOpen(s.sessionId)}>
          <span className="glance-name">
            {s.name} · {t(`session.phase.${s.phase}`)}
          </span>
          <span className="glance-figures">
            {yuan(s.costSoFar, lang, 2)} · {yuan(s.perHourNow, lang, 2)}/h · {clock(s.elapsedMs)}
          </span>
        </button>
      ))}
      <div className="glance-month">
        {t('meter.month', { cost: yuan(meter.monthCost, lang, 2) })}
        {meter.monthBudget !== null && ` / ${yuan(meter.monthBudget, lang, 0)}`}
      </div>
    </div>
  );
}
