import { useTranslation } from 'react-i18next';
import type { SessionView } from '../../../shared/session';
import type { Go } from '../../app/use-page';

/**
 * A CPU set-up and the GPU session that took its disk over are two sessions, each with its own
 * part of the bill: each page says what the other is and opens it.
 */
export function SwitchLink({ session, go }: { session: SessionView; go: Go }) {
  const { t } = useTranslation();
  const gpuTypes = session.plan.instanceTypes.join(' → ');
  if (session.switchedTo) {
    const id = session.switchedTo;
    return (
      <p className="muted small-print" data-testid="switched-to">
        {t('session.cpuSetup.switchedTo', { type: gpuTypes })}{' '}
        <button type="button" className="link" onClick={() => go('session', { id })}>
          {id}
        </button>
      </p>
    );
  }
  if (session.switchedFrom) {
    const id = session.switchedFrom;
    return (
      <p className="muted small-print" data-testid="switched-from">
        {t('session.cpuSetup.switchedFrom')}{' '}
        <button type="button" className="link" onClick={() => go('session', { id })}>
          {id}
        </button>
      </p>
    );
  }
  if (session.plan.setupOnCpu) {
    return (
      <p className="muted small-print" data-testid="cpu-setup-note">
        {t('session.cpuSetup.note', { type: gpuTypes })}
      </p>
    );
  }
  return null;
}
