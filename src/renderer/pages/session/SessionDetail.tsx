import { useTranslation } from 'react-i18next';
import type { SessionCost } from '../../../shared/meter';
import type { SessionView } from '../../../shared/session';
import { useAppInfo } from '../../app/app-info';
import type { Go } from '../../app/use-page';
import { ErrorNote } from '../../lib/ErrorNote';
import { dateTime, duration } from '../../lib/format';
import { AttemptList } from './AttemptList';
import { ConnectPanel } from './ConnectPanel';
import { CostPanel } from './CostPanel';
import { DataPanel } from './DataPanel';
import { GpuPanel } from './GpuPanel';
import { OperationPanel } from './OperationPanel';
import { PhaseBadge } from './PhaseBadge';
import { ReclaimBanner } from './ReclaimBanner';
import { lostMachine, RemainsPanel } from './RemainsPanel';
import { SessionActions } from './SessionActions';
import { SessionLog } from './SessionLog';
import { StepList } from './StepList';
import { SwitchLink } from './SwitchLink';
import { WorkProgress } from './WorkProgress';
import { FilesPanel } from './workbench/FilesPanel';
import { PortsPanel } from './workbench/PortsPanel';

export interface SessionDetailProps {
  session: SessionView;
  cost: SessionCost | undefined;
  go: Go;
  onChanged(s: SessionView): void;
  /** Opened from the tray's "Release…": the release dialog shows at once. */
  askRelease?: boolean;
  /** Opened from the tray's "Recover": the recover dialog shows at once. */
  askRecover?: boolean;
  /** The cloud's time now (step times are the cloud's). */
  now: number;
}

/** One session: banner, figures, actions, steps, attempts, how to connect, and its live log. */
export function SessionDetail({ session, cost, go, onChanged, askRelease, askRecover, now }: SessionDetailProps) {
  const { t, i18n } = useTranslation();
  const info = useAppInfo();
  const lang = i18n.language;
  const plan = session.plan;
  const { demo } = useAppInfo();

  return (
    <div data-testid="session-detail" data-session={session.id} data-phase={session.phase}>
      {session.reclaimDeadline && ['ready', 'launching'].includes(session.phase) && (
        <ReclaimBanner deadline={session.reclaimDeadline} now={now} />
      )}
      <div className="card">
        <div className="session-head">
          <div>
            <h2>
              {session.name} <PhaseBadge session={session} />
            </h2>
            <p className="muted small-print">
              {t('session.summary', {
                type: session.instanceType ?? plan.instanceTypes.join(' → '),
                zone: session.zoneId ?? plan.zoneId ?? t('launch.cheapestZone'),
                region: plan.regionId,
                created: dateTime(session.createdAt, lang),
              })}
            </p>
            <SwitchLink session={session} go={go} />
            <WorkProgress session={session} now={now} />
          </div>
          <SessionActions
            session={session}
            go={go}
            onChanged={onChanged}
            askRelease={askRelease}
            askRecover={askRecover}
          />
        </div>
        <CostPanel cost={cost} />
        {/* Where the data is; once the machine is gone, the panel below says it with what else remains. */}
        {!lostMachine(session) && <DataPanel session={session} />}
        {session.operation && <OperationPanel operation={session.operation} progress={false} now={now} />}
        {session.phase === 'stopped' && session.billingStopped !== undefined && (
          <p
            className={session.billingStopped ? 'ok-note' : 'warning-note'}
            data-testid="billing-stopped"
            data-stopped={String(session.billingStopped)}
          >
            {session.billingStopped ? t('session.billingStopped') : t('session.billingContinues')}
          </p>
        )}
        {session.leaseUntil && session.resources.instanceId && (
          <p className="muted small-print" data-testid="lease-until">
            {t('session.lease.until', { until: dateTime(session.leaseUntil, lang) })}
          </p>
        )}
        {session.error && !session.operation?.error && (
          <div data-testid="session-error" data-code={session.error.code}>
            <ErrorNote error={session.error} />
          </div>
        )}
      </div>
      {/* The machine is gone: say so, and what is left of the session, before its history. */}
      {lostMachine(session) && (
        <div className="card">
          <RemainsPanel session={session} />
        </div>
      )}
      {session.phase === 'ready' && (
        <div className="card">
          <h2>{t('gpu.title')}</h2>
          <GpuPanel sessionId={session.id} />
        </div>
      )}
      <div className="columns">
        <div className="card">
          <h2>{t('session.steps')}</h2>
          {session.readyAt && (
            <p
              className="muted small-print"
              data-testid="time-to-ready"
              data-ms={Date.parse(session.readyAt) - Date.parse(session.createdAt)}
            >
              {t('session.timeToReady', {
                duration: duration(Date.parse(session.readyAt) - Date.parse(session.createdAt), lang),
              })}
            </p>
          )}
          {info.demo && (info.demoSpeed ?? 1) > 1 && (
            // The demo's times are its simulated cloud's: say how much faster it runs, and what
            // the wait was in real time, so no duration reads as a measured launch.
            <p className="muted small-print" data-testid="demo-time">
              {session.readyAt
                ? t('session.demoTime.ready', {
                    speed: info.demoSpeed,
                    wall: duration(
                      (Date.parse(session.readyAt) - Date.parse(session.createdAt)) / (info.demoSpeed ?? 1),
                      lang,
                    ),
                  })
                : t('session.demoTime.running', { speed: info.demoSpeed })}
            </p>
          )}
          <StepList
            steps={session.steps}
            label={(step) => t(`session.step.${step.id}`)}
            over={session.phase !== 'launching'}
          />
        </div>
        <div>
          {!lostMachine(session) &&
            session.resources.instanceId &&
            (session.resources.publicIp || session.notebook) &&
            session.phase !== 'releasing' && (
              <div className="card">
                <h2>{t('session.connect.title')}</h2>
                <ConnectPanel session={session} />
              </div>
            )}
          {session.phase === 'ready' && !demo && (
            <div className="card">
              <h2>{t('ports.title')}</h2>
              <PortsPanel session={session} />
            </div>
          )}
          <div className="card">
            <h2>{t('session.attempts')}</h2>
            <AttemptList attempts={session.attempts} launching={session.phase === 'launching'} />
          </div>
        </div>
      </div>
      {session.phase === 'ready' && (
        <div className="card">
          <h2>{t('files.title')}</h2>
          {/* A demo session has no machine to copy to or forward from: said once, quietly. */}
          {demo ? (
            <p className="muted" data-testid="workbench-demo">
              {t('machine-link.demo')}
            </p>
          ) : (
            <FilesPanel session={session} />
          )}
        </div>
      )}
      <div className="card">
        <h2>{t('session.log')}</h2>
        <SessionLog id={session.id} />
      </div>
    </div>
  );
}
