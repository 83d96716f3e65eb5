import type { Ticker } from '../../../shared/clock';
import type { BusyWork, Notice, Settings, UpdateStatus } from '../../../shared/contract';
import { AppError } from '../../../shared/errors';
import { inBoth, msg } from '../../../shared/words/message';
import { toErrorInfo } from '../../log/error-info';
import type { Logger } from '../../log/logger';
import { workText } from './busy-work';
import type { FoundUpdate, InstallerPort, UpdateFeed, UpdaterPort } from './update-ports';

const HOUR_MS = 60 * 60 * 1000;
const DAY_MS = 24 * HOUR_MS;

export interface UpdateControllerDeps {
  /** The running version. */
  version: string;
  updater: UpdaterPort;
  /** Absent where nothing can be installed (the browser bridge). */
  installer?: InstallerPort;
  settings: () => Pick<Settings, 'updateChecks' | 'updateFeedUrl'>;
  /** The work a restart would cut short now (a launch, release, transfer…). */
  busy: () => Promise<BusyWork[]>;
  onChange: (status: UpdateStatus) => void;
  notify: (notice: Notice) => void;
  /** Wakes the daily check (hourly, so a computer that slept catches up). */
  ticker: Ticker;
  now: () => number;
  log: Logger;
}

type State = Omit<UpdateStatus, 'current' | 'feed' | 'automatic'>;

/** The feed the settings name: the mirror when one is set, else GitHub Releases. */
export function feedOf(settings: Pick<Settings, 'updateFeedUrl'>): UpdateFeed {
  return settings.updateFeedUrl ? { kind: 'mirror', url: settings.updateFeedUrl } : { kind: 'github' };
}

/**
 * The update policy: check at start and daily while the setting is on (and whenever asked),
 * download in the background, and hand the verified download to the installer only when no
 * launch, release or transfer is in progress (the sessions say which run; a transfer holds the
 * restart itself) — at a restart the person chose, or as Danlu quits. A check or download that
 * fails leaves Danlu where it stood, saying why.
 */
export class UpdateController {
  private state: State;
  private cycle: Promise<void> | null = null;
  private checked: Promise<void> | null = null;
  private nextDue = 0;
  /** The feed the last check read. */
  private checkedFeed: string | undefined;
  private stopTicker: (() => void) | null = null;
  private readonly restartListeners: Array<() => void> = [];
  /** The version the window was told about, once. */
  private announced: string | undefined;
  /** Work outside the sessions that a restart would cut short (file transfers). */
  private readonly held = new Set<BusyWork>();

  constructor(private readonly deps: UpdateControllerDeps) {
    const unavailable = deps.updater.unavailable();
    this.state = unavailable ? { phase: 'unavailable', unavailable } : { phase: 'idle' };
  }

  status(): UpdateStatus {
    const settings = this.deps.settings();
    return {
      ...structuredClone(this.state),
      current: this.deps.version,
      feed: feedOf(settings),
      automatic: settings.updateChecks,
    };
  }

  /** Checks now when the setting is on, then daily. */
  start(): void {
    this.stopTicker?.();
    this.stopTicker = this.deps.ticker.every(HOUR_MS, () => void this.automaticCheck());
    void this.automaticCheck();
  }

  /** The settings changed: the switch or the mirror. Turning checks on checks at once when one is due. */
  settingsChanged(): void {
    this.deps.onChange(this.status());
    void this.automaticCheck();
  }

  /** Reads the feed ("Check now"); resolves once it answered, while a newer version downloads on. */
  async check(): Promise<UpdateStatus> {
    if (this.state.phase === 'idle') this.begin();
    await this.checked;
    return this.status();
  }

  /** Resolves once the running check and download have ended (tests, shutdown). */
  async settled(): Promise<void> {
    await this.cycle;
  }

  /** Sessions changed: a restart that waited for work to end may be offered now. */
  async workChanged(): Promise<void> {
    if (this.state.phase !== 'ready') return;
    const work = await this.busyNow();
    if (this.state.phase !== 'ready') return;
    if (!sameWork(work, this.state.waitingFor ?? [])) this.set({ waitingFor: work.length > 0 ? work : undefined });
    this.announce();
  }

  /**
   * Work the sessions do not show (a file transfer) holds back the restart until the returned
   * function is called, as a launch or release does.
   */
  hold(work: BusyWork): () => void {
    const entry = { kind: work.kind, name: work.name };
    this.held.add(entry);
    void this.workChanged();
    return () => {
      if (this.held.delete(entry)) void this.workChanged();
    };
  }

  /** Called just before the installer quits Danlu to restart it (the quit question must not stand in its way). */
  onRestart(listener: () => void): void {
    this.restartListeners.push(listener);
  }

  /** Restarts into the downloaded version; refused while work is in progress or before a download is verified. */
  async restart(): Promise<UpdateStatus> {
    const installer = this.deps.installer;
    if (this.state.phase !== 'ready' || !installer) {
      throw new AppError(msg('update.notReady'));
    }
    const work = await this.busyNow();
    if (work.length > 0) {
      this.set({ waitingFor: work });
      throw new AppError(msg('update.busy', { work: workText(work) }));
    }
    this.set({ phase: 'installing', waitingFor: undefined });
    for (const listener of this.restartListeners) listener();
    installer.restartNow();
    return this.status();
  }

  /**
   * Danlu is quitting: hands the downloaded version to the installer, unless work is in
   * progress (then it waits for a later quit). True when the installer takes over the quit.
   */
  async installOnQuit(): Promise<boolean> {
    const installer = this.deps.installer;
    if (this.state.phase !== 'ready' || !installer) return false;
    const work = await this.busyNow();
    if (work.length > 0) {
      this.deps.log.info('update kept for a later quit: work in progress', { work });
      return false;
    }
    this.set({ phase: 'installing', waitingFor: undefined });
    installer.installOnQuit();
    return true;
  }

  dispose(): void {
    this.stopTicker?.();
    this.stopTicker = null;
  }

  /** A check when the switch is on and one is due: daily, an hour after a failure, at once for a new feed. */
  private automaticCheck(): Promise<UpdateStatus> | undefined {
    const settings = this.deps.settings();
    const newFeed = JSON.stringify(feedOf(settings)) !== this.checkedFeed;
    if (!settings.updateChecks || (this.deps.now() < this.nextDue && !newFeed)) return undefined;
    return this.check();
  }

  private begin(): void {
    let answered = () => {};
    this.checked = new Promise<void>((resolve) => {
      answered = resolve;
    });
    this.cycle = this.run(answered).finally(() => {
      answered();
      this.cycle = null;
    });
  }

  private async run(answered: () => void): Promise<void> {
    const { updater, now } = this.deps;
    const feed = feedOf(this.deps.settings());
    this.checkedFeed = JSON.stringify(feed);
    this.set({ phase: 'checking' });
    let found: FoundUpdate | null;
    try {
      found = await updater.check(feed);
    } catch (error) {
      this.fail(error);
      return;
    }
    const checkedAt = new Date(now()).toISOString();
    this.nextDue = now() + DAY_MS;
    if (!found) {
      this.set({ phase: 'idle', checkedAt, error: undefined });
      return;
    }
    this.set({ phase: 'downloading', next: found, percent: 0, checkedAt, error: undefined });
    answered();
    try {
      await updater.download((percent) => {
        const whole = Math.max(0, Math.min(100, Math.floor(percent)));
        if (this.state.phase === 'downloading' && whole !== this.state.percent) this.set({ percent: whole });
      });
    } catch (error) {
      this.fail(error);
      return;
    }
    this.deps.log.info('update downloaded and verified', { version: found.version });
    // Whether work runs is known before anyone hears the update is ready, so nothing is offered mid-launch.
    const work = await this.busyNow();
    this.set({ phase: 'ready', percent: undefined, waitingFor: work.length > 0 ? work : undefined });
    this.announce();
  }

  /** Tells the window once that the new version waits for a restart. */
  private announce(): void {
    const version = this.state.next?.version;
    if (this.state.phase !== 'ready' || this.state.waitingFor || !version || this.announced === version) return;
    this.announced = version;
    this.deps.notify({
      level: 'info',
      kind: 'update',
      key: 'update',
      title: inBoth('update.readyTitle', { version }),
      body: inBoth('update.readyBody'),
    });
  }

  /** Nothing was replaced: Danlu stays where it stood, with the reason; a failed check is tried again in an hour. */
  private fail(error: unknown): void {
    const info = toErrorInfo(error, this.deps.log, 'update');
    this.deps.log.warn('update check or download failed', { code: info.code });
    this.nextDue = this.deps.now() + HOUR_MS;
    this.state = { phase: 'idle', checkedAt: this.state.checkedAt, error: info };
    this.deps.onChange(this.status());
  }

  /** Work in progress now; sessions that cannot be read mean none could have been started. */
  private async busyNow(): Promise<BusyWork[]> {
    const held = [...this.held];
    try {
      return [...(await this.deps.busy()), ...held];
    } catch (error) {
      this.deps.log.warn('could not tell whether work is in progress', { error });
      return held;
    }
  }

  private set(change: Partial<State>): void {
    this.state = { ...this.state, ...change };
    for (const key of Object.keys(change) as Array<keyof State>) {
      if (change[key] === undefined) delete this.state[key];
    }
    this.deps.onChange(this.status());
  }
}

function sameWork(a: readonly BusyWork[], b: readonly BusyWork[]): boolean {
  return a.length === b.length && a.every((w, i) => w.kind === b[i]?.kind && w.name === b[i]?.name);
}
