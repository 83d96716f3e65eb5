import type { EventName, Notice, PayloadOf } from '../../shared/contract';
import { AppError } from '../../shared/errors';
import { localize } from '../../shared/localized';
import type { MeterView } from '../../shared/meter';
import type { SessionView } from '../../shared/session';
import { msg, renderMessage } from '../../shared/words/message';
import { toErrorInfo } from '../log/error-info';
import type { DesktopPorts, DesktopSources } from './ports';
import { type QuitKnowledge, quitQuestion } from './quit-policy';
import { sessionRoute, type TrayActionTable, trayActions } from './tray-actions';
import { type TrayAction, type TrayModel, type TrayState, trayModel } from './tray-model';
import { sshCommand, trayState } from './tray-state';

/** How long the services may take to say which sessions run before Quit asks without knowing. */
const QUIT_CHECK_MS = 3000;

const unknown = (why: TrayState['unknown']): TrayState => ({
  session: null,
  cost: null,
  hasLastPlan: false,
  demo: false,
  unknown: why,
});

function realWait(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms).unref?.());
}

/**
 * What the tray, the windows, the notifications and Quit do, decided here and carried out
 * through small ports. Every path survives a service that throws: the tray still renders,
 * Open still opens, Quit still quits.
 */
export class DesktopController {
  private state: TrayState | null = null;
  private model: TrayModel;
  private meter: MeterView | undefined;
  private requested = 0;
  private rendered = 0;
  private quitAllowed = false;
  private deciding: Promise<void> | null = null;
  private readonly actions: TrayActionTable;

  constructor(
    private readonly ports: DesktopPorts,
    private readonly sources: DesktopSources,
  ) {
    this.model = trayModel(unknown('checking'), sources.language());
    this.actions = trayActions({
      showMain: (route) => this.ports.windows.showMain(route),
      session: async () => this.state?.session ?? (await this.readState()).session,
      sessions: sources.sessions,
      openNotebook: (session) => this.openNotebook(session),
      copySsh: (session) => this.copySsh(session),
      quit: () => this.requestQuit(),
    });
  }

  /** The tray as last rendered. */
  tray(): TrayModel {
    return this.model;
  }

  /** Builds the tray at once (saying it is still checking), then fills it from the services. */
  start(): Promise<void> {
    this.ports.tray.render(this.model);
    return this.refresh();
  }

  /** Rebuilds the tray from the services (with the meter's newest view when one came). */
  async refresh(meter?: MeterView): Promise<void> {
    if (meter) this.meter = meter;
    const ticket = ++this.requested;
    let state: TrayState;
    try {
      state = await this.readState();
    } catch (error) {
      this.sources.log.warn('the tray could not read the sessions', { error });
      state = unknown('unreadable');
    }
    // A slower, older read must not overwrite a newer one.
    if (ticket < this.rendered) return;
    this.rendered = ticket;
    this.state = state.unknown ? null : state;
    this.model = trayModel(state, this.sources.language());
    this.ports.tray.render(this.model);
  }

  /** Events from the services: meter ticks and session changes refresh the tray; notices notify. */
  onEvent<E extends EventName>(name: E, payload: PayloadOf<E>): void {
    if (name === 'meter.tick') void this.refresh(payload as MeterView);
    else if (name === 'sessions.changed') {
      const session = payload as SessionView;
      // The pinned notebook is reachable only while the session is ready (a start may bring a new address).
      if (session.phase !== 'ready') this.ports.windows.closeNotebook(session.id);
      void this.refresh();
    } else if (name === 'app.notice') this.notify(payload as Notice);
  }

  /** A tray item was clicked. A failure is told, and the window shows where things stand. */
  async trayAction(action: TrayAction): Promise<void> {
    try {
      await this.actions[action]();
    } catch (error) {
      const info = toErrorInfo(error, this.sources.log, `tray ${action}`);
      this.sources.log.warn('tray action failed', { action, code: info.code });
      const session = this.state?.session;
      this.ports.windows.showMain(session ? sessionRoute(session.id) : '');
      const lang = this.sources.language();
      this.show(
        { title: renderMessage(msg('tray.actionFailed'), lang), body: localize(info.text, lang), urgent: true },
        '',
      );
      void this.refresh();
    }
  }

  /**
   * Electron's before-quit: true lets the quit go on; false holds it while the quit policy
   * decides (and quits by itself once it may).
   */
  beforeQuit(): boolean {
    if (this.quitAllowed) return true;
    void this.requestQuit();
    return false;
  }

  /** Quits, after asking when a GPU bills or when that cannot be known. Cancel keeps Danlu running. */
  requestQuit(): Promise<void> {
    if (this.quitAllowed) {
      this.ports.app.quit();
      return Promise.resolve();
    }
    this.deciding ??= this.decideQuit().finally(() => {
      this.deciding = null;
    });
    return this.deciding;
  }

  /** Opens a session's notebook in its pinned window; false when there is none to open (demo, not ready). */
  async openNotebook(session: SessionView): Promise<boolean> {
    const instanceId = session.resources.instanceId;
    if (session.phase !== 'ready' || !session.notebook || !instanceId) return false;
    // Demo machines are records in the simulator: there is no notebook behind them.
    if (await this.sources.demo().catch(() => true)) return false;
    const token = await this.sources.notebookToken(instanceId).catch((error: unknown) => {
      // Without the keychain the notebook's own password page still works.
      this.sources.log.warn('no notebook token', { error });
      return null;
    });
    this.ports.windows.openNotebook({
      sessionId: session.id,
      instanceId,
      title: `${session.name} — Jupyter (${session.instanceType ?? session.plan.instanceTypes[0]})`,
      url: session.notebook.url,
      fingerprint256: session.notebook.fingerprint256,
      token,
    });
    return true;
  }

  private async readState(): Promise<TrayState> {
    const { sessions, demo, meter } = this.sources;
    return trayState(
      { sessions: () => sessions.list(), hasLastPlan: () => sessions.hasLastPlan(), demo, meter },
      this.meter,
    );
  }

  private copySsh(session: SessionView): void {
    const ip = session.resources.publicIp;
    if (!ip) {
      throw new AppError(msg('tray.noAddress', { name: session.name }));
    }
    this.ports.clipboard.writeText(sshCommand(session.name, ip, this.sources.sshKeyPath, this.sources.sshAliases()));
  }

  private notify(notice: Notice): void {
    const lang = this.sources.language();
    const route = notice.sessionId
      ? sessionRoute(notice.sessionId)
      : notice.kind === 'orphans'
        ? '#/resources'
        : '#/session';
    this.show(
      { title: localize(notice.title, lang), body: localize(notice.body, lang), urgent: notice.level !== 'info' },
      route,
    );
  }

  private show(notification: { title: string; body: string; urgent: boolean }, route: string): void {
    try {
      this.ports.notifications.show(notification, () => this.ports.windows.showMain(route));
    } catch (error) {
      this.sources.log.warn('could not show a notification', { error });
    }
  }

  private async decideQuit(): Promise<void> {
    const knowledge = await this.knowWhatRuns();
    const question = quitQuestion(knowledge, this.sources.language());
    let quit = true;
    if (question) {
      try {
        quit = await this.ports.dialogs.confirmQuit(question);
      } catch (error) {
        // No way to ask: the user asked to quit, and an app that cannot be quit is worse.
        this.sources.log.warn('could not ask before quitting', { error });
      }
    }
    if (!quit) return;
    this.quitAllowed = true;
    this.ports.app.quit();
  }

  private async knowWhatRuns(): Promise<QuitKnowledge> {
    const wait = this.sources.wait ?? realWait;
    const unknown: QuitKnowledge = { unknown: true };
    try {
      return await Promise.race([
        this.sources.sessions.list().then((sessions): QuitKnowledge => ({ sessions })),
        wait(QUIT_CHECK_MS).then(() => unknown),
      ]);
    } catch (error) {
      this.sources.log.warn('could not read the sessions before quitting', { error });
      return unknown;
    }
  }
}
