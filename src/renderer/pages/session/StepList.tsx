import { useTranslation } from 'react-i18next';
import type { StepView } from '../../../shared/session';
import { duration, timeOfDay } from '../../lib/format';

const marks: Record<StepView['state'], string> = { pending: '○', running: '◐', done: '✓', failed: '✕', skipped: '–' };

/** Each launch step with its state, when it ran, how long it took and what it found or did. */
export function StepList({ steps }: { steps: StepView[] }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  return (
    <ol className="steps" data-testid="steps">
      {steps.map((step) => {
        const took = step.startedAt && step.endedAt ? Date.parse(step.endedAt) - Date.parse(step.startedAt) : undefined;
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
                <span>{t(`session.step.${step.id}`)}</span>
                <span className="muted small-print">{t(`session.stepState.${step.state}`)}</span>
              </div>
              {step.detail && <div className="step-detail mono">{step.detail}</div>}
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
