import { useTranslation } from 'react-i18next';
import type { SessionPhase, SessionView } from '../../../shared/session';
import { phaseLabel } from '../../../shared/session-phases';
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

/**
 * The session's phase as a badge: an instance gone by its lease reads so, not as reclaimed, and
 * releasing with something still billed reads so, in the warning tone.
 */
export function PhaseBadge({ session }: { session: Pick<SessionView, 'phase' | 'goneBy' | 'stillBilled'> }) {
  const { i18n } = useTranslation();
  const billed = session.phase === 'releasing' && session.stillBilled === true;
  return (
    <Badge tone={billed ? 'warn' : tones[session.phase]} testId="phase">
      <span data-phase={session.phase} data-still-billed={billed ? 'true' : undefined}>
        {renderMessage(phaseLabel(session), i18n.language)}
      </span>
    </Badge>
  );
}
