import type { EventName, Notice, PayloadOf, Settings, UpdateStatus } from '../../shared/contract';
import { AppError } from '../../shared/errors';
import type { GpuUpdate } from '../../shared/gpu';
import { localize } from '../../shared/localized';
import type { MeterView } from '../../shared/meter';
import type { PinnedPage } from '../../shared/ports';
import type { SessionView } from '../../shared/session';
import { msg, renderMessage } from '../../shared/words/message';
import { toErrorInfo } from '../log/error-info';
import { pageLink, sessionLink, sessionRoute } from './deep-link';
import { DesktopStart } from './desktop-start';
import { type HelpNotice, helpActions } from './help-actions';
import type { DesktopPorts, DesktopSources } from './ports';
import { type QuitKnowledge, quitQuestion } from './quit-policy';
import { type HelpAction, type TrayActionTable, trayActions } from './tray-actions';
import { type TrayAction, type TrayGpu, type TrayModel, type TrayState, trayModel } from './tray-model';
import { sshCommand, trayState } from './tray-state';
import { UpdateOffer } from './update-offer';

/** How long the services may take to say which sessions run before Quit asks without knowing. */
const QUIT_CHECK_MS = 3000;
/** The installer quits Danlu itself once it has the update; if it has not by then, Danlu quits anyway. */
const INSTALL_GRACE_MS = 30_000;

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
  /** Each running session's last GPU reading (or why there is none), from the readings' events. */
  private readonly gpu = new Map<string, TrayGpu>();
  private requested = 0;
  private rendered = 0;
  private quitAllowed = false;
  private deciding: Promise<void> | null = null;
  private readonly actions: TrayActionTable;
  /** What the tray last showed, to draw it again when only the Help menu changed. */
  private shown: TrayState;
  private update: UpdateStatus;
  private readonly offer: UpdateOffer;
  /** Danlu's start, second starts, links and start at login. */
  private readonly entry: DesktopStart;

  constructor(
    private readonly ports: DesktopPorts,
    private readonly sources: DesktopSources,
  ) {
    this.update = sources.updates.status();
    this.shown = this.withHelp(unknown('checking'));
    this.model = trayModel(this.shown, sources.language());
    this.offer = new UpdateOffer(ports, sources, () => sources.language());
    this.entry = new DesktopStart(ports, sources, (notification, onClick) => this.show(notification, onClick));
    // A restart into a new version quits Danlu: the question before quitting must not stop it.
    sources.updates.onRestart(() => {
      this.quitAllowed = true;
    });
    const help = helpActions(ports, sources, () => sources.language());
    const tell = (run: () => Promise<HelpNotice | null>) => async () => {
      const notice = await run();
      if (notice) this.show(notice.notification, notice.onClick ?? (() => {}));
    };
    const helpTable: Record<HelpAction, () => Promise<void>> = {
      checkUpdates: tell(help.checkUpdates),
      restartToUpdate: tell(help.restartToUpdate),
      exportDiagnostics: tell(help.exportDiagnostics),
      reportProblem: tell(help.reportProblem),
    };
    this.actions = trayActions({
      showMain: (route) => this.ports.windows.showMain(route),
      session: async () => this.state?.session ?? (await this.readState()).session,
      sessions: sources.sessions,
      openNotebook: (session) => this.openNotebook(session),
      copySsh: (session) => this.copySsh(session),
      quit: () => this.requestQuit(),
      help: helpTable,
    });
  }

  /**
   * Danlu has started: the window opens (on the page a danlu:// link among the arguments names),
   * unless Danlu was started at login to the tray — and a desktop without a tray always gets the
   * window, kept visible, with how to get a tray. Start at login is brought in line with the setting.
   */
  launched(start: { argv: readonly string[]; openedAtLogin?: boolean }): Promise<void> {
    return this.entry.launched(start);
  }

  /** Another start of Danlu handed over its arguments: this one comes forward, on the page a link names. */
  secondInstance(argv: readonly string[]): void {
    this.entry.secondInstance(argv);
  }

  /** A danlu:// link (from a notification, another start, the system): the window on the page it names. */
  openLink(link: string): void {
    this.entry.openLink(link);
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
    this.draw(state);
  }

  private draw(state: TrayState): void {
    this.shown = this.withHelp(state);
    this.model = trayModel(this.shown, this.sources.language());
    this.ports.tray.render(this.model);
  }

  private withHelp(state: TrayState): TrayState {
    return { ...state, help: { version: this.sources.version, update: this.update } };
  }

  /** Events from the services: meter ticks and session changes refresh the tray; notices notify. */
  onEvent<E extends EventName>(name: E, payload: PayloadOf<E>): void {
    if (name === 'meter.tick') void this.refresh(payload as MeterView);
    else if (name === 'sessions.changed') {
      const session = payload as SessionView;
      // The pinned notebook is reachable only while the session is ready (a start may bring a new address).
      if (session.phase !== 'ready') this.ports.windows.closeNotebook(session.id);
      void this.refresh();
    } else if (name === 'gpu.readings') {
      const update = payload as GpuUpdate;
      this.gpu.set(update.sessionId, { state: update.state, gpus: update.sample?.gpus ?? [] });
      void this.refresh();
    } else if (name === 'app.notice') this.notify(payload as Notice);
    else if (name === 'updates.changed') {
      this.update = payload as UpdateStatus;
      this.draw(this.shown);
      void this.offer.consider(this.update);
    } else if (name === 'settings.changed') this.entry.settingsChanged(payload as Settings);
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

  /** Shows a forwarded HTTPS page in a window of its own that trusts exactly its certificate. */
  openPinned(page: PinnedPage): boolean {
    this.ports.windows.openNotebook({ ...page, token: null });
    return true;
  }

  private async readState(): Promise<TrayState> {
    const { sessions, demo, meter } = this.sources;
    const state = await trayState(
      { sessions: () => sessions.list(), hasLastPlan: () => sessions.hasLastPlan(), demo, meter },
      this.meter,
    );
    return { ...state, gpu: state.session ? this.gpu.get(state.session.id) : null };
  }

  private copySsh(session: SessionView): void {
    const ip = session.resources.publicIp;
    if (!ip) {
      throw new AppError(msg('tray.noAddress', { name: session.name }));
    }
    this.ports.clipboard.writeText(sshCommand(session.name, ip, this.sources.sshKeyPath, this.sources.sshAliases()));
  }

  private notify(notice: Notice): void {
    // A downloaded version is offered by its own question, not by a notification as well.
    if (notice.kind === 'update') return;
    const lang = this.sources.language();
    const link = notice.sessionId
      ? sessionLink(notice.sessionId)
      : notice.kind === 'orphans'
        ? pageLink('resources')
        : pageLink('session');
    this.show(
      { title: localize(notice.title, lang), body: localize(notice.body, lang), urgent: notice.level !== 'info' },
      () => this.openLink(link),
    );
  }

  /** A system notification; clicking it shows the window (on `route`), or does what `onClick` says. */
  private show(notification: { title: string; body: string; urgent: boolean }, onClick: string | (() => void)): void {
    const click = typeof onClick === 'string' ? () => this.ports.windows.showMain(onClick) : onClick;
    try {
      this.ports.notifications.show(notification, click);
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
    // A downloaded version is installed now, unless work is in progress (then at a later quit).
    const installing = await this.sources.updates.installOnQuit().catch((error: unknown) => {
      this.sources.log.warn('could not hand the update to the installer', { error });
      return false;
    });
    if (installing) await (this.sources.wait ?? realWait)(INSTALL_GRACE_MS);
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
