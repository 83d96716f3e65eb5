import { useTranslation } from 'react-i18next';
import type { StepPartView, StepState } from '../../../shared/session';
import type { Message } from '../../../shared/words/message';
import { ProgressBar } from '../../components/ProgressBar';
import { duration, timeOfDay } from '../../lib/format';
import { useWords } from '../../lib/use-words';
import { StepParts } from './StepParts';

const marks: Record<StepState, string> = {
  pending: '○',
  running: '◐',
  done: '✓',
  failed: '✕',
  skipped: '–',
  cancelled: '■',
};

/** A step of the launch or of another operation, as the list shows it. */
export interface ListedStep {
  id: string;
  state: StepState;
  startedAt?: string;
  endedAt?: string;
  detail?: Message;
  percent?: number;
  /** The step's own timeline (the bootstrap's parts). */
  parts?: StepPartView[];
}

/**
 * Each step with its state, when it ran, how long it took and what it found or did. Once the
 * work has ended (`over`), steps it never reached say so instead of "waiting".
 */
export function StepList<S extends ListedStep>({
  steps,
  label,
  over = false,
  testId = 'steps',
}: {
  steps: S[];
  label: (step: S) => string;
  over?: boolean;
  testId?: string;
}) {
  const { t } = useTranslation();
  const { say, lang } = useWords();
  return (
    <ol className="steps" data-testid={testId}>
      {steps.map((step) => {
        const took = step.startedAt && step.endedAt ? Date.parse(step.endedAt) - Date.parse(step.startedAt) : undefined;
        const state = over && step.state === 'pending' ? 'notReached' : step.state;
        return (
          <li
            key={step.id}
            className={`step step-${step.state}`}
            data-testid={`step-${step.id}`}
            data-state={step.state}
          >
            <span className="step-mark" aria-hidden="true">
              {marks[step.state]}
            </span>
            <div className="step-body">
              <div className="step-title">
                <span>{label(step)}</span>
                <span className="muted small-print">{t(`session.stepState.${state}`)}</span>
              </div>
              {step.detail && <div className="step-detail">{say(step.detail)}</div>}
              {step.parts && step.parts.length > 0 && <StepParts parts={step.parts} />}
              {step.state === 'running' && step.percent !== undefined && (
                <div className="step-percent" data-testid="step-percent" data-percent={step.percent}>
                  <ProgressBar value={step.percent / 100} label={label(step)} />
                  <span className="small-print">{t('session.percent', { percent: step.percent })}</span>
                </div>
              )}
            </div>
            <div className="step-time muted small-print">
              {step.startedAt && timeOfDay(step.startedAt, lang)}
              {took !== undefined && ` · ${duration(took, lang)}`}
            </div>
          </li>
        );
      })}
    </ol>
  );
}
