import type { MeterView } from '../../shared/meter';
import type { Services } from '../runtime/services';
import { type TrayState, traySession } from './tray-model';

/** Gathers what the tray shows from the services (the meter's last view when one is at hand). */
export async function trayState(services: Services, meter?: MeterView): Promise<TrayState> {
  const [manager, link] = await Promise.all([services.sessions(), services.cloud.get()]);
  const sessions = manager.list();
  const session = traySession(sessions);
  const view = meter ?? (session ? await services.meter.view() : undefined);
  return {
    session,
    cost: (session && view?.sessions.find((s) => s.sessionId === session.id)) ?? null,
    hasLastPlan: manager.lastPlan() !== undefined,
    demo: link.demo,
  };
}

/** The SSH command for a session: the ~/.ssh/config alias when written, else the full form. */
export function sshCommand(name: string, ip: string, keyPath: string, aliasWritten: boolean): string {
  return aliasWritten ? `ssh danlu-${name}` : `ssh -i "${keyPath}" ml@${ip}`;
}
