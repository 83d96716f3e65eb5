import { useTranslation } from 'react-i18next';
import type { OperationView } from '../../../shared/session';
import { Badge, type Tone } from '../../components/Badge';
import { ProgressBar } from '../../components/ProgressBar';
import { ErrorNote } from '../../lib/ErrorNote';
import { duration, timeOfDay } from '../../lib/format';
import { progressShare } from '../../lib/progress-share';
import { useNow } from '../../lib/use-now';
import { useWords } from '../../lib/use-words';
import { StepList } from './StepList';

const tones: Record<OperationView['state'], Tone> = { running: 'info', done: 'ok', failed: 'bad' };

/**
 * The latest stop, start, release or image of a session (or the Resources page's reconcile): its
 * steps as they happen, a bar of how far it is, and how it ended. Being part of the session,
 * it is still there after leaving the page and coming back, or after a restart.
 */
export function OperationPanel({
  operation,
  progress = true,
  now: cloudNow,
}: {
  operation: OperationView;
  /** False where the page shows the progress elsewhere (the session's header). */
  progress?: boolean;
  /** The cloud's time, when known (the operation's times are the cloud's). */
  now?: number;
}) {
  const { t } = useTranslation();
  const { say, lang } = useWords();
  const wall = useNow(1000);
  const now = cloudNow ?? wall;
  const running = operation.state === 'running';
  const took = (operation.endedAt ? Date.parse(operation.endedAt) : now) - Date.parse(operation.startedAt);
  const current = operation.steps.find((s) => s.state === 'running');
  const share = progressShare(operation.steps, now);
  return (
    <div
      className={`op-panel op-${operation.state}`}
      data-testid="op-panel"
      data-kind={operation.kind}
      data-state={operation.state}
      aria-live="polite"
    >
      <div className="op-head">
        <strong>{t(`operation.name.${operation.kind}`)}</strong>
        <Badge tone={tones[operation.state]}>{t(`session.operationState.${operation.state}`)}</Badge>
        <span className="muted small-print">
          {running
            ? t('session.operationRunning', { since: timeOfDay(operation.startedAt, lang) })
            : t('session.operationEnded', {
                at: timeOfDay(operation.endedAt ?? operation.startedAt, lang),
                took: duration(Math.max(0, took), lang),
              })}
        </span>
      </div>
      {operation.reason && (
        <p className="small-print op-reason" data-testid="op-reason">
          {t('session.autoReason', { why: say(operation.reason) })}
        </p>
      )}
      {running && progress && (
        <div className="op-progress" data-testid="op-progress" data-share={Math.round(share * 100)}>
          <ProgressBar value={share} label={t(`operation.name.${operation.kind}`)} />
          <span className="small-print">
            {current
              ? t('session.operationStep', {
                  n: operation.steps.indexOf(current) + 1,
                  total: operation.steps.length,
                  step: say(current.label),
                })
              : t('session.operationStarting')}
          </span>
        </div>
      )}
      <StepList steps={operation.steps} label={(s) => say(s.label)} over={!running} testId="op-steps" />
      {operation.error && (
        <div data-testid="op-error">
          <ErrorNote error={operation.error} />
        </div>
      )}
    </div>
  );
}
