import { useTranslation } from 'react-i18next';
import type { StepPartView } from '../../../shared/session';
import { preciseDuration } from '../../lib/format';
import { useWords } from '../../lib/use-words';

/**
 * The bootstrap's own timeline: each part as a bar placed where it ran between the first start
 * and the last end, so parts that ran side by side show as overlapping bars, with its duration.
 */
export function StepParts({ parts }: { parts: StepPartView[] }) {
  const { t } = useTranslation();
  const { lang } = useWords();
  const start = Math.min(...parts.map((p) => Date.parse(p.startedAt)));
  const end = Math.max(...parts.map((p) => Date.parse(p.endedAt ?? p.startedAt)));
  const span = Math.max(1, end - start);
  return (
    <ol className="step-parts" data-testid="step-parts">
      {parts.map((part, i) => {
        const from = Date.parse(part.startedAt) - start;
        const took = part.endedAt ? Date.parse(part.endedAt) - Date.parse(part.startedAt) : undefined;
        return (
          <li
            // A part may appear twice (a second reboot), so its place keys it.
            // biome-ignore lint/suspicious/noArrayIndexKey: the timeline only grows
            key={i}
            className={`step-part part-${part.state}`}
            data-testid={`part-${part.id}`}
            data-state={part.state}
            data-ms={took}
          >
            <span className="part-label">{t(`bootstrap.title.${part.id}`)}</span>
            <span className="part-track" aria-hidden="true">
              <span
                className="part-bar"
                style={{
                  left: `${(from / span) * 100}%`,
                  width: `${Math.max(0.8, ((took ?? end - start - from) / span) * 100)}%`,
                }}
              />
            </span>
            <span className="part-time muted small-print">
              {took !== undefined ? preciseDuration(took, lang) : t('session.stepState.running')}
            </span>
          </li>
        );
      })}
    </ol>
  );
}
