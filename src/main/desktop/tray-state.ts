import type { MeterView } from '../../shared/meter';
import type { SessionView } from '../../shared/session';
import { type TrayState, traySession } from './tray-model';

/** What the tray reads, and nothing more: the sessions, whether a plan can be relaunched, the mode, the meter. */
export interface TraySources {
  sessions(): Promise<SessionView[]>;
  hasLastPlan(): Promise<boolean>;
  demo(): Promise<boolean>;
  meter(): Promise<MeterView>;
}

/** Gathers what the tray shows (the meter's last view when one is at hand). */
export async function trayState(sources: TraySources, meter?: MeterView): Promise<TrayState> {
  const [sessions, hasLastPlan, demo] = await Promise.all([sources.sessions(), sources.hasLastPlan(), sources.demo()]);
  const session = traySession(sessions);
  const view = meter ?? (session ? await sources.meter() : undefined);
  const setup = session?.switchedFrom ? view?.sessions.find((s) => s.sessionId === session.switchedFrom) : undefined;
  return {
    session,
    cost: (session && view?.sessions.find((s) => s.sessionId === session.id)) ?? null,
    ...(setup ? { setupCost: setup.costSoFar } : {}),
    hasLastPlan,
    demo,
  };
}

/** The SSH command for a session: the ~/.ssh/config alias when written, else the full form. */
export function sshCommand(name: string, ip: string, keyPath: string, aliasWritten: boolean): string {
  return aliasWritten ? `ssh danlu-${name}` : `ssh -i "${keyPath}" ml@${ip}`;
}
