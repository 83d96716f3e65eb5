import { type Clock, systemClock } from '../../shared/clock';
import type { Emit, Settings } from '../../shared/contract';
import { renderMessage } from '../../shared/messages/message';
import type { ReconcileResult } from '../../shared/resources';
import type { SessionView } from '../../shared/session';
import type { AddressSource } from '../address/address-lookup';
import type { SshConnector } from '../bootstrap/ssh-runner';
import type { CloudLink } from '../cloud/cloud-connection';
import { DEMO_EGRESS_IP, demoAddress, demoBootstrap, demoSsh } from '../cloud/demo-machine';
import type { Logger } from '../log/logger';
import type { SshConfigFile } from '../ssh-config/ssh-config-file';
import { SessionJournal } from './journal';
import type { BootstrapPort, SessionNotice } from './launch-deps';
import { ensureLocalKey, type LocalKey, localKeyPath } from './local-key';
import { orphanNotice, type ReconcileDeps, reconcileResources } from './reconcile-resources';
import { SessionLog } from './session-log';
import { SessionManager } from './session-manager';
import { journalMovedNotice, sessionNotice } from './session-notices';

export interface SessionHubOptions {
  /** The cloud in use (the account's, or the demo simulator). */
  cloud: () => Promise<CloudLink>;
  /** Where journals and Danlu's SSH key live. */
  dataDir: string;
  log: Logger;
  emit: Emit;
  settings: () => Pick<Settings, 'keepSnapshots'>;
  /** ~/.ssh/config, kept in step with real sessions. */
  sshConfig: SshConfigFile;
  /** SSH to real machines. */
  ssh: SshConnector;
  /** Where the user is (real accounts): the only source SSH and the notebook are opened to. */
  address: AddressSource;
  /** The bootstrap of real machines for a cloud link; undefined: launches stop once SSH answers. */
  bootstrap: (link: CloudLink) => BootstrapPort | undefined;
  /** The last known spot price of a type in a zone (from the latest price scan). */
  spotPrice: ReconcileDeps['spotPrice'];
  /** After every change of a session, once the window was told (the meter and guards follow). */
  onChange?: (session: SessionView) => void;
  onNotice?: (notice: SessionNotice) => void;
}

/**
 * The sessions capability as the rest of the app sees it: one session manager per cloud link
 * (demo sessions are kept apart from real ones), each with its journal, the session log, the
 * ~/.ssh/config entries and the notices that follow every change.
 */
export class SessionHub {
  /** The last lines of each session's log, for the Session page. */
  readonly log = new SessionLog();
  private readonly managers = new Map<string, Promise<SessionManager>>();
  private readonly reconciling = new Map<string, Promise<ReconcileResult>>();
  private localKey: LocalKey | undefined;
  private lastClock: Clock = systemClock;

  constructor(private readonly options: SessionHubOptions) {}

  /** The session manager of the cloud in use. */
  async manager(): Promise<SessionManager> {
    const link = await this.options.cloud();
    let manager = this.managers.get(link.key);
    if (!manager) {
      manager = Promise.resolve(this.build(link));
      this.managers.set(link.key, manager);
    }
    return manager;
  }

  /** The clock of the cloud last connected (wall time until one is). */
  clock(): Clock {
    return this.lastClock;
  }

  /** Stops every running session, or just the one named (a budget was reached). */
  async stopRunning(sessionId?: string): Promise<void> {
    const manager = await this.manager();
    const targets = manager.list().filter((s) => s.phase === 'ready' && (!sessionId || s.id === sessionId));
    for (const session of targets) {
      await manager
        .stop(session.id)
        .catch((error: unknown) => this.options.log.warn('could not stop a session', { session: session.id, error }));
    }
  }

  /**
   * What the cloud holds against the journal; unfinished work is taken up again. Its progress
   * goes to the window; a second ask while one runs gets the same answer.
   */
  reconcile(allRegions: boolean): Promise<ReconcileResult> {
    const key = allRegions ? 'all' : 'journal';
    const running = this.reconciling.get(key);
    if (running) return running;
    const { cloud, spotPrice, log, emit } = this.options;
    const work = reconcileResources(
      {
        manager: () => this.manager(),
        cloud,
        spotPrice,
        log,
        onProgress: (operation) => emit('resources.progress', operation),
        now: () => new Date(this.lastClock.now()).toISOString(),
      },
      allRegions,
    ).finally(() => this.reconciling.delete(key));
    this.reconciling.set(key, work);
    return work;
  }

  /** At start: finish interrupted work and tell the user when something is left that costs money. */
  async startupCheck(): Promise<void> {
    try {
      const notice = orphanNotice(await this.reconcile(false));
      if (notice) this.options.emit('app.notice', notice);
    } catch (error) {
      this.options.log.warn('startup reconcile failed', { error });
    }
  }

  async dispose(): Promise<void> {
    for (const manager of this.managers.values()) await (await manager).dispose();
  }

  private build(link: CloudLink): SessionManager {
    this.lastClock = link.clock;
    const { dataDir, log, emit } = this.options;
    const journal = new SessionJournal(
      dataDir,
      log,
      () => new Date(link.clock.now()),
      link.demo ? 'demo-journal.json' : 'journal.json',
    );
    if (journal.movedAside) emit('app.notice', journalMovedNotice(journal.movedAside));
    const manager = new SessionManager({
      api: link.api,
      clock: link.clock,
      journal,
      log,
      localKey: () => {
        this.localKey ??= ensureLocalKey(dataDir);
        return this.localKey;
      },
      address: link.demo ? demoAddress : this.options.address,
      ssh: link.demo ? demoSsh : this.options.ssh,
      bootstrap: link.demo
        ? demoBootstrap((ms, signal) => systemClock.sleep(ms, signal))
        : this.options.bootstrap(link),
      keepSnapshots: () => this.options.settings().keepSnapshots,
      onChange: (session) => {
        emit('sessions.changed', session);
        if (!link.demo) this.syncSshConfig(session, journal.get(session.id)?.hostPublicKey);
        this.options.onChange?.(session);
      },
      onLog: (id, message) => {
        const entry = { id, at: new Date(link.clock.now()).toISOString(), message };
        this.log.add(entry);
        emit('sessions.log', entry);
        log.info(`session ${id}: ${renderMessage(message, 'en')}`);
      },
      onNotice: (notice) => {
        emit('app.notice', sessionNotice(notice));
        this.options.onNotice?.(notice);
      },
    });
    manager.resume();
    if (link.demo) log.info(`demo mode: the simulator sees you as ${DEMO_EGRESS_IP}`);
    return manager;
  }

  /** Keeps "Host danlu-<name>" in ~/.ssh/config, and its pinned host key, in step with the session. */
  private syncSshConfig(session: SessionView, hostPublicKey: string | undefined): void {
    try {
      if (session.phase === 'ready' && session.resources.publicIp) {
        this.options.sshConfig.write({
          name: session.name,
          hostName: session.resources.publicIp,
          identityFile: localKeyPath(this.options.dataDir),
          user: 'ml',
          hostPublicKey,
        });
      } else if (['released', 'failed', 'cancelled', 'interrupted'].includes(session.phase)) {
        this.options.sshConfig.remove(session.name);
      }
    } catch (error) {
      this.options.log.warn('could not update ~/.ssh/config', { error });
    }
  }
}
