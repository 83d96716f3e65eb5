import { useTranslation } from 'react-i18next';
import type { SessionPhase } from '../../../shared/session';
import { PHASE_LABELS } from '../../../shared/session-phases';
import { renderMessage } from '../../../shared/words/message';
import { Badge, type Tone } from '../../components/Badge';

const tones: Record<SessionPhase, Tone> = {
  launching: 'info',
  ready: 'ok',
  stopping: 'info',
  stopped: 'muted',
  starting: 'info',
  releasing: 'info',
  released: 'muted',
  failed: 'bad',
  cancelled: 'muted',
  interrupted: 'warn',
};

export function PhaseBadge({ phase }: { phase: SessionPhase }) {
  const { i18n } = useTranslation();
  return (
    <Badge tone={tones[phase]} testId="phase">
      <span data-phase={phase}>{renderMessage(PHASE_LABELS[phase], i18n.language)}</span>
    </Badge>
  );
}
