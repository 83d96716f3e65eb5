import { useTranslation } from 'react-i18next';
import type { SessionPhase } from '../../../shared/session';
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
  const { t } = useTranslation();
  return (
    <Badge tone={tones[phase]} testId="phase">
      <span data-phase={phase}>{t(`session.phase.${phase}`)}</span>
    </Badge>
  );
}
