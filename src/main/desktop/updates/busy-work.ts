import type { BusyWork } from '../../../shared/contract';
import type { Localized } from '../../../shared/localized';
import type { SessionView } from '../../../shared/session';
import { inBoth } from '../../../shared/words/message';

const BY_PHASE: Partial<Record<SessionView['phase'], BusyWork['kind']>> = {
  launching: 'launch',
  stopping: 'stop',
  starting: 'start',
  releasing: 'release',
};

/** The work a restart would cut short: sessions changing state, and images being saved. */
export function busyWork(sessions: readonly SessionView[]): BusyWork[] {
  return sessions.flatMap((s): BusyWork[] => {
    const operation = s.operation?.state === 'running' ? s.operation.kind : undefined;
    const kind = BY_PHASE[s.phase] ?? (operation === 'reconcile' ? undefined : operation);
    return kind ? [{ kind, name: s.name }] : [];
  });
}

/** The work in both languages, for "… is still in progress". */
export function workText(work: readonly BusyWork[]): Localized {
  const each = work.map((w) => inBoth(`update.work.${w.kind}`, { name: w.name }));
  return { en: each.map((t) => t.en).join(', '), zh: each.map((t) => t.zh).join('、') };
}
