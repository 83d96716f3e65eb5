import { AppError } from '../../shared/errors';
import type { SessionPhase } from '../../shared/session';
import { PHASE_LABELS } from '../../shared/session-phases';
import { msg } from '../../shared/words/message';
import { VERBS } from './reconcile/ownership';

/** Why the session lifecycle refuses or ends a request. */
export const refusals = {
  notLaunching: () => new AppError(msg('session.notLaunching')),
  cancelled: () => new AppError(msg('session.cancelled')),
  notRecoverable: () => new AppError(msg('session.notRecoverable')),
  notSwitchable: () => new AppError(msg('session.notSwitchable'), { code: 'session.notSwitchable' }),
  shutdown: () => new AppError(msg('session.shutdown')),
  busy: () => new AppError(msg('session.busyWithOther'), { code: 'session.busy' }),
  notFound: (id: string) => new AppError(msg('session.notFound', { id })),
  notebookNotReady: () => new AppError(msg('notebook.noneReady'), { code: 'notebook.notReady' }),
  reclaimDemoOnly: () => new AppError(msg('session.reclaimDemoOnly')),
  wrongPhase: (verb: keyof typeof VERBS, phase: SessionPhase) =>
    new AppError(
      msg('session.wrongPhase', { verb: { msg: VERBS[verb] }, phase: { msg: PHASE_LABELS[phase], lower: true } }),
    ),
};
