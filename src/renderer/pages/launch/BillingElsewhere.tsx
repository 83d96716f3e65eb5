import { useTranslation } from 'react-i18next';
import { gpuBills } from '../../../shared/session-phases';
import type { Go } from '../../app/use-page';
import { yuan } from '../../lib/format';
import { useMeter } from '../../lib/use-meter';
import { useSessions } from '../../lib/use-sessions';

/** Before a second GPU is bought: which sessions already bill, and at what rate, so it is a choice. */
export function BillingElsewhere({ go }: { go: Go }) {
  const { t, i18n } = useTranslation();
  const { sessions } = useSessions();
  const meter = useMeter();
  const billing = (sessions ?? []).filter(gpuBills);
  if (billing.length === 0) return null;
  return (
    <div className="warning-note" role="status" data-testid="billing-elsewhere">
      <strong>{t('launch.billingElsewhere', { count: billing.length })}</strong>
      <ul>
        {billing.map((s) => {
          const rate = meter?.sessions.find((c) => c.sessionId === s.id)?.perHourNow;
          return (
            <li key={s.id}>
              {t('launch.billingSession', {
                name: s.name,
                rate: rate === undefined ? '—' : yuan(rate, i18n.language),
              })}{' '}
              <button type="button" className="small" onClick={() => go('session', { id: s.id })}>
                {t('launch.openSession')}
              </button>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
