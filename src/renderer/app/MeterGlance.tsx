import { useTranslation } from 'react-i18next';
import type { SessionView } from '../../shared/session';
import { isCurrent, phaseLabel } from '../../shared/session-phases';
import { renderMessage } from '../../shared/words/message';
import { clock, yuan } from '../lib/format';
import { useMeter } from '../lib/use-meter';
import { useSessions } from '../lib/use-sessions';

/** What of an ended session still bills, named: the kept disk, else the newest snapshot, else the image. */
function billingStorage(session: SessionView): { key: string; id: string } | null {
  const { diskId, snapshotIds, imageId } = session.resources;
  const snapshotId = snapshotIds?.at(-1);
  if (diskId) return { key: 'shell.meter.keptDisk', id: diskId };
  if (snapshotId) return { key: 'shell.meter.keptSnapshot', id: snapshotId };
  if (imageId) return { key: 'shell.meter.keptImage', id: imageId };
  return null;
}

/**
 * The sidebar's cost glance: each live session with ¥ so far, ¥/h and elapsed time; each ended
 * one whose storage still bills, with what it is and its rate; and this month's total.
 */
export function MeterGlance({ onOpen }: { onOpen(id: string): void }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const meter = useMeter();
  const { sessions } = useSessions();
  if (!meter) return null;
  // Phases come from the sessions themselves (they change between two ticks); figures from the meter.
  const live = (sessions ?? []).filter(isCurrent);
  const costOf = (id: string) => meter.sessions.find((c) => c.sessionId === id);
  const stored = (sessions ?? []).flatMap((s) => {
    const cost = costOf(s.id);
    const storage = billingStorage(s);
    return !isCurrent(s) && cost && cost.perHourNow > 0 && storage ? [{ session: s, cost, storage }] : [];
  });
  return (
    <div className="glance" data-testid="meter-glance">
      {live.map((s) => {
        const cost = costOf(s.id);
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
      {stored.map(({ session, cost, storage }) => (
        <button
          type="button"
          key={session.id}
          className="glance-session glance-storage"
          data-testid="glance-storage"
          data-session={session.id}
          onClick={() => onOpen(session.id)}
        >
          <span className="glance-name">
            {session.name} · {renderMessage(phaseLabel(session), lang)}
          </span>
          <span className="glance-kept">
            {t(storage.key)} <span translate="no">{storage.id}</span>
          </span>
          <span className="glance-figures" data-value={cost.perHourNow}>
            {t('shell.meter.perHour', { price: yuan(cost.perHourNow, lang) })}
          </span>
        </button>
      ))}
      <div className="glance-month">
        {t('shell.meter.month', { cost: yuan(meter.monthCost, lang, 2) })}
        {meter.monthBudget !== null && ` / ${yuan(meter.monthBudget, lang, 0)}`}
      </div>
    </div>
  );
}
