import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SessionProgress } from '../../../shared/contract/sessions';
import { localize } from '../../../shared/localized';
import type { SessionCost } from '../../../shared/meter';
import type { SessionView } from '../../../shared/session';
import type { Go } from '../../app/use-page';
import { ProgressBar } from '../../components/ProgressBar';
import { dateTime } from '../../lib/format';
import { useDanluEvent } from '../../lib/use-event';
import { useNow } from '../../lib/use-now';
import { AttemptList } from './AttemptList';
import { ConnectPanel } from './ConnectPanel';
import { CostPanel } from './CostPanel';
import { PhaseBadge } from './PhaseBadge';
import { ReclaimBanner } from './ReclaimBanner';
import { SessionActions } from './SessionActions';
import { SessionLog } from './SessionLog';
import { StepList } from './StepList';

export interface SessionDetailProps {
  session: SessionView;
  cost: SessionCost | undefined;
  go: Go;
  onChanged(s: SessionView): void;
}

/** One session: banner, figures, actions, steps, attempts, how to connect, and its live log. */
export function SessionDetail({ session, cost, go, onChanged }: SessionDetailProps) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const [progress, setProgress] = useState<SessionProgress>();
  useDanluEvent('sessions.progress', (p) => {
    if (p.id === session.id) setProgress(p);
  });
  // Before the meter knows the session (nothing billed yet), elapsed time counts from its creation.
  const now = useNow(1000);
  const elapsed = cost?.elapsedMs ?? (session.phase === 'launching' ? now - Date.parse(session.createdAt) : undefined);
  const showProgress = progress && progress.percent < 100 && ['releasing', 'stopped'].includes(session.phase);
  const plan = session.plan;

  return (
    <div data-testid="session-detail" data-session={session.id} data-phase={session.phase}>
      {session.reclaimDeadline && ['ready', 'launching'].includes(session.phase) && (
        <ReclaimBanner deadline={session.reclaimDeadline} />
      )}
      <div className="card">
        <div className="session-head">
          <div>
            <h2>
              {session.name} <PhaseBadge phase={session.phase} />
            </h2>
            <p className="muted small-print">
              {t('session.summary', {
                type: session.instanceType ?? plan.instanceTypes.join(' → '),
                zone: session.zoneId ?? plan.zoneId ?? t('launch.cheapestZone'),
                region: plan.regionId,
                created: dateTime(session.createdAt, lang),
              })}
            </p>
          </div>
          <SessionActions session={session} go={go} onChanged={onChanged} />
        </div>
        <CostPanel cost={cost} elapsedMs={elapsed} />
        {showProgress && (
          <div className="op-progress" data-testid="op-progress">
            <span className="small-print">
              {t(`session.progress.${progress.operation}`, { percent: Math.round(progress.percent) })}
            </span>
            <ProgressBar
              value={progress.percent / 100}
              label={t(`session.progress.${progress.operation}`, { percent: '' })}
            />
          </div>
        )}
        {session.phase === 'stopped' && session.billingStopped !== undefined && (
          <p
            className={session.billingStopped ? 'ok-note' : 'warning-note'}
            data-testid="billing-stopped"
            data-stopped={String(session.billingStopped)}
          >
            {session.billingStopped ? t('session.billingStopped') : t('session.billingContinues')}
          </p>
        )}
        {session.error && (
          <div className="error-note" role="alert" data-testid="session-error" data-code={session.error.code}>
            <strong>{t(`session.errorTitle.${session.phase === 'failed' ? 'failed' : 'other'}`)}</strong>{' '}
            {localize(session.error.text, lang)} <code>{session.error.code}</code>
            {session.error.cloudCode && <code>{session.error.cloudCode}</code>}
            {session.error.requestId && <code>RequestId {session.error.requestId}</code>}
          </div>
        )}
      </div>
      <div className="columns">
        <div className="card">
          <h2>{t('session.steps')}</h2>
          <StepList steps={session.steps} />
        </div>
        <div>
          {(session.resources.publicIp || session.notebook) &&
            !['released', 'failed', 'cancelled'].includes(session.phase) && (
              <div className="card">
                <h2>{t('session.connect.title')}</h2>
                <ConnectPanel session={session} />
              </div>
            )}
          <div className="card">
            <h2>{t('session.attempts')}</h2>
            <AttemptList attempts={session.attempts} launching={session.phase === 'launching'} />
          </div>
        </div>
      </div>
      <div className="card">
        <h2>{t('session.log')}</h2>
        <SessionLog id={session.id} />
      </div>
    </div>
  );
}
