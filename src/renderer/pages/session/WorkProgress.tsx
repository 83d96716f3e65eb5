import { useTranslation } from 'react-i18next';
import type { SessionView } from '../../../shared/session';
import type { Message } from '../../../shared/words/message';
import { ProgressBar } from '../../components/ProgressBar';
import { FROM_IMAGE, progressShare, type TimedStep } from '../../lib/progress-share';
import { useWords } from '../../lib/use-words';

interface Work {
  kind: string;
  name: string;
  steps: Array<TimedStep & { label: string; detail?: Message }>;
  typical?: Readonly<Record<string, number>>;
  reason?: Message;
}

/** What the session is busy with: the launch, or an operation that runs. */
function workOf(session: SessionView, t: (key: string) => string, say: (m: Message) => string): Work | null {
  if (session.phase === 'launching') {
    return {
      kind: 'launch',
      name: t('session.phase.launching'),
      steps: session.steps.map((s) => ({ ...s, label: t(`session.step.${s.id}`) })),
      typical: session.plan.image.kind === 'custom' ? FROM_IMAGE : undefined,
    };
  }
  const op = session.operation;
  if (op?.state !== 'running') return null;
  return {
    kind: op.kind,
    name: t(`operation.name.${op.kind}`),
    steps: op.steps.map((s) => ({ ...s, label: say(s.label) })),
    reason: op.reason,
  };
}

/**
 * The session's work in progress, at the top of its page: which step runs (n of all), what it
 * is doing, a bar that follows time and the cloud's percentage, and why Danlu does it when it
 * acts on its own. Nothing when the session is not busy.
 */
export function WorkProgress({ session, now }: { session: SessionView; now: number }) {
  const { t } = useTranslation();
  const { say } = useWords();
  const work = workOf(session, t, say);
  if (!work) return null;
  const current = work.steps.find((s) => s.state === 'running');
  const share = progressShare(work.steps, now, work.typical);
  return (
    <div
      className="work-progress"
      data-testid="session-progress"
      data-kind={work.kind}
      data-step={current?.id ?? ''}
      data-share={Math.round(share * 100)}
      aria-live="polite"
    >
      <div className="work-line">
        <strong>{work.name}</strong>
        <span data-testid="session-progress-step">
          {current
            ? t('session.operationStep', {
                n: work.steps.indexOf(current) + 1,
                total: work.steps.length,
                step: current.label,
              })
            : t('session.operationStarting')}
        </span>
        {current?.percent !== undefined && (
          <span className="muted">{t('session.percent', { percent: current.percent })}</span>
        )}
      </div>
      <ProgressBar value={share} label={work.name} />
      {current?.detail && <div className="muted small-print step-detail">{say(current.detail)}</div>}
      {work.reason && (
        <div className="small-print" data-testid="session-progress-reason">
          {t('session.autoReason', { why: say(work.reason) })}
        </div>
      )}
    </div>
  );
}
