import type { sessionsRequests } from '../../../shared/contract/sessions';
import type { SessionView } from '../../../shared/session';
import type { Redactor } from '../../log/redactor';
import type { SessionHub } from '../../sessions';
import type { AreaHandlers } from '../handler';

export interface SessionsHandlerDeps {
  sessions: SessionHub;
  redactor: Redactor;
  /** True in demo mode: demo machines have no notebook to show. */
  demo: () => Promise<boolean>;
  /** The desktop app opens the notebook in its own pinned window; true when it did. */
  openNotebook?: (session: SessionView) => Promise<boolean>;
}

/** The session lifecycle, its log, and its notebook. */
export function sessionsHandlers({
  sessions,
  redactor,
  demo,
  openNotebook,
}: SessionsHandlerDeps): AreaHandlers<typeof sessionsRequests> {
  return {
    'sessions.list': () => sessions.list(),
    'sessions.get': ({ id }) => sessions.get(id),
    'sessions.launch': ({ plan, notebookPassword, confirmForeign }) => {
      redactor.addSecret(notebookPassword);
      return sessions.launch(plan, notebookPassword, confirmForeign);
    },
    'sessions.cancel': ({ id }) => sessions.cancel(id),
    'sessions.stop': ({ id }) => sessions.stop(id),
    'sessions.start': ({ id }) => sessions.start(id),
    'sessions.release': ({ id, snapshot, keepDisk }) => sessions.release(id, { snapshot, keepDisk }),
    'sessions.saveImage': ({ id, imageName }) => sessions.saveImage(id, imageName),
    'sessions.recover': ({ id, afterMove }) => sessions.recover(id, afterMove),
    'sessions.switchToGpu': ({ id, afterMove }) => sessions.switchToGpu(id, afterMove),
    'sessions.cpuSetupQuote': async ({ plan }) => (await sessions.cpuSetupQuote(plan)) ?? null,
    'sessions.prunePreview': ({ id }) => sessions.prunePreview(id),
    'sessions.lastPlan': (input) => sessions.lastPlan(input?.id),
    'sessions.log': ({ id }) => sessions.log.get(id),
    'sessions.simulateReclaim': ({ id }) => sessions.simulateReclaim(id),
    'notebook.open': async ({ id }, { transport }) => {
      const { session, notebook } = await sessions.readyNotebook(id);
      // Demo machines have no notebook to show: the window says so instead of opening one.
      const opened = (await demo()) ? false : ((await openNotebook?.(session)) ?? false);
      // Only the development bridge, which has no pinned window, lets the page browse there itself.
      return { opened, browser: transport === 'bridge', url: notebook.url, fingerprint256: notebook.fingerprint256 };
    },
  };
}
