import { useTranslation } from 'react-i18next';
import { localize } from '../../../shared/localized';
import type { AttemptView } from '../../../shared/session';
import { Badge, type Tone } from '../../components/Badge';
import { timeOfDay } from '../../lib/format';

const tones: Record<AttemptView['outcome'], Tone> = {
  running: 'ok',
  current: 'info',
  no_stock: 'warn',
  price_limit: 'warn',
  failed: 'bad',
};

/** Every zone and type tried, so a failover to the next zone or type is never hidden. */
export function AttemptList({ attempts, launching }: { attempts: AttemptView[]; launching: boolean }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  if (attempts.length === 0) return <p className="muted">{t('session.noAttempts')}</p>;
  return (
    <table className="data compact" data-testid="attempts">
      <thead>
        <tr>
          <th>{t('session.attempt.at')}</th>
          <th>{t('prices.col.zone')}</th>
          <th>{t('prices.col.type')}</th>
          <th>{t('session.attempt.outcome')}</th>
        </tr>
      </thead>
      <tbody>
        {attempts.map((a) => (
          <tr key={`${a.at}-${a.zoneId}-${a.instanceType}`} data-testid="attempt">
            <td className="num">{timeOfDay(a.at, lang)}</td>
            <td className="mono">{a.zoneId}</td>
            <td className="mono">{a.instanceType}</td>
            <td>
              {a.outcome === 'current' && !launching ? (
                <Badge tone="muted">{t('session.attempt.ended')}</Badge>
              ) : (
                <Badge tone={tones[a.outcome]}>{t(`session.attempt.${a.outcome}`)}</Badge>
              )}
              {a.lowStock && (
                <>
                  {' '}
                  <Badge tone="warn">{t('session.attempt.lowStock')}</Badge>
                </>
              )}
              {a.message && <span className="muted small-print"> {localize(a.message, lang)}</span>}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
