import type { SessionView } from '../../shared/session';
import { sessionRoute } from './deep-link';
import type { DesktopSessions } from './ports';
import type { TrayAction } from './tray-model';

/** What the tray's actions may do; the desktop controller provides it. */
export interface TrayActionContext {
  showMain(route: string): void;
  /** The session the tray shows (null: none, or it could not be read). */
  session(): Promise<SessionView | null>;
  sessions: DesktopSessions;
  /** Opens the session's notebook in its pinned window; false when there is none to open here. */
  openNotebook(session: SessionView): Promise<boolean>;
  copySsh(session: SessionView): void;
  quit(): Promise<void>;
  /** The Help menu's actions (and the restart into a downloaded version). */
  help: Record<HelpAction, () => Promise<void>>;
}

export type HelpAction = 'checkUpdates' | 'restartToUpdate' | 'exportDiagnostics' | 'reportProblem';

export type TrayActionTable = Record<TrayAction, () => Promise<void>>;

/**
 * Every tray item and what it does. Items that act on the session show the Session page when
 * there is no session any more (the menu may be older than the state).
 */
export function trayActions(ctx: TrayActionContext): TrayActionTable {
  const withSession = (run: (session: SessionView) => unknown) => async () => {
    const session = await ctx.session();
    if (!session) {
      ctx.showMain('#/session');
      return;
    }
    await run(session);
  };
  return {
    open: async () => ctx.showMain(''),
    prices: async () => ctx.showMain('#/prices'),
    launchLast: async () => ctx.showMain('#/launch?last=1'),
    quit: () => ctx.quit(),
    // Releasing asks what to keep: the window's dialog does that, never the tray alone.
    release: withSession((s) => ctx.showMain(sessionRoute(s.id, '&release=1'))),
    openNotebook: withSession(async (s) => {
      if (!(await ctx.openNotebook(s))) ctx.showMain(`#/notebook?id=${encodeURIComponent(s.id)}`);
    }),
    copySsh: withSession((s) => ctx.copySsh(s)),
    stop: withSession((s) => ctx.sessions.stop(s.id)),
    start: withSession((s) => ctx.sessions.start(s.id)),
    cancel: withSession((s) => ctx.sessions.cancel(s.id)),
    // Recovering asks what becomes of the disk if it must move zones: the window's dialog does that.
    recover: withSession((s) => ctx.showMain(sessionRoute(s.id, '&recover=1'))),
    ...ctx.help,
  };
}
