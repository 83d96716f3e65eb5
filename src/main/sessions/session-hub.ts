import { type Clock, systemClock } from '../../shared/clock';
import type { Emit, Settings } from '../../shared/contract';
import type { CpuSetupQuote, PrunePreview } from '../../shared/contract/sessions';
import type { ReconcileResult } from '../../shared/resources';
import type { Plan, SessionView } from '../../shared/session';
import { type Message, msg, renderMessage } from '../../shared/words/message';
import type { SshConnector, SshTarget } from '../bootstrap/ssh-runner';
import type { Logger } from '../log/logger';
import type { SshConfigFile } from '../ssh-config/ssh-config-file';
import { SessionJournal } from './journal/journal';
import { SessionLog } from './journal/session-log';
import type { SessionRecord } from './journal/session-record';
import { cpuSetupQuote } from './launch/cpu-setup';
import { ensureLocalKey, type LocalKey, localKeyPath } from './local-key';
import type { AddressSource } from './network/address-lookup';
import type { ReleaseOptions } from './operations/release';
import { deleteResource, type ResourceTarget } from './reconcile/delete-resource';
import { orphanNotice, type ReconcileDeps, reconcileResources } from './reconcile/reconcile-resources';
import type { SessionCloudApi } from './session-cloud-api';
import type { AutoReason, BootstrapPort, HostKeyKeeper, SessionDeps, SessionNotice } from './session-deps';
import { SessionManager } from './session-manager';
import { journalMovedNotice, sessionNotice } from './session-notices';
import { refusals } from './session-refusals';

/** The cloud a set of sessions lives in: the account's, or the demo simulator. */
export interface SessionCloud {
  /** Keeps the journals of different clouds apart ("demo", "sim", "aliyun:<key id>"). */
  key: string;
  demo: boolean;
  api: SessionCloudApi;
  /** The cloud's time: every wait and timestamp of its sessions uses it. */
  clock: Clock;
  /** Demo only: the simulated cloud reclaims an instance now, with the usual notice. */
  simulateReclaim?(instanceId: string): void;
}

/** A session's machine as the workbench reaches it: the pinned login (none without an address and a pin) and the connector. */
export interface SessionMachine {
  session: SessionView;
  demo: boolean;
  ssh: SshConnector;
  login: SshTarget | undefined;
}

/** How the sessions of one cloud reach their machines: the real network, or demo stand-ins. */
export interface MachineAccess {
  /** Where the user is: the only source SSH and the notebook are opened to. */
  address: AddressSource;
  ssh: SshConnector;
  /** The bootstrap once SSH answers; undefined: launches stop once SSH answers. */
  bootstrap: BootstrapPort | undefined;
}

export interface SessionHubOptions {
  /** The cloud in use (the account's, or the demo simulator). */
  cloud: () => Promise<SessionCloud>;
  /** How that cloud's machines are reached. */
  machines: (cloud: SessionCloud) => MachineAccess;
  /** Where journals and Danlu's SSH key live. */
  dataDir: string;
  /** This install's id, which everything Danlu creates carries (see store/install-id). */
  installId?: string;
  log: Logger;
  emit: Emit;
  settings: () => Pick<Settings, 'keepSnapshots' | 'leaseHours' | 'keepChargingStop'>;
  /** What compute cost over a span, as the meter prices it (for the log line of a stop nobody asked for). */
  computeCost?: SessionDeps['computeCost'];
  /** ~/.ssh/config, kept in step with real sessions. */
  sshConfig: SshConfigFile;
  /** What each resource bills per hour now, as the cost meter counts it. */
  rates: ReconcileDeps['rates'];
  /** Where a launch keeps its host key's private half until the instance answered SSH (the keychain). */
  hostKeys?: HostKeyKeeper;
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

  /** The sessions of the cloud in use, newest first. */
  async list(): Promise<SessionView[]> {
    return (await this.manager()).list();
  }

  async get(id: string): Promise<SessionView> {
    return (await this.manager()).get(id);
  }

  /** Every journal record of the cloud in use (the meter bills from them). */
  async records(): Promise<SessionRecord[]> {
    return (await this.manager()).records();
  }

  /** Starts a launch in the background and returns the new session at once. */
  async launch(plan: Plan, notebookPassword?: string, confirmForeign: readonly string[] = []): Promise<SessionView> {
    return (await this.manager()).launch(plan, notebookPassword, confirmForeign);
  }

  async cancel(id: string): Promise<SessionView> {
    return (await this.manager()).cancel(id);
  }

  /** Stops a ready session; with `reason`, Danlu does it on its own and says why (log and notices). */
  async stop(id: string, reason?: AutoReason): Promise<SessionView> {
    return (await this.manager()).stop(id, reason);
  }

  /**
   * Something Danlu does on its own to a session (a budget, the idle guard, a reclaim, a changed
   * stop mode): what and why, with the figure that set it off, go to its log and the notices.
   */
  async announce(id: string, action: Message, reason: AutoReason): Promise<void> {
    (await this.manager()).announce(id, action, reason);
  }

  async start(id: string): Promise<SessionView> {
    return (await this.manager()).start(id);
  }

  async release(id: string, options: ReleaseOptions): Promise<SessionView> {
    return (await this.manager()).release(id, options);
  }

  async saveImage(id: string, imageName: string): Promise<SessionView> {
    return (await this.manager()).saveImage(id, imageName);
  }

  /** A new session with a reclaimed one's disk; `afterMove`: what becomes of that disk if it must move zones. */
  async recover(id: string, afterMove: 'delete' | 'keep' = 'delete'): Promise<SessionView> {
    return (await this.manager()).recover(id, afterMove);
  }

  /** A CPU set-up moves to its GPU on the same disk (see SessionManager.switchToGpu); returns the GPU session. */
  async switchToGpu(id: string, afterMove: 'delete' | 'keep' = 'delete'): Promise<SessionView> {
    return (await this.manager()).switchToGpu(id, afterMove);
  }

  /** What setting the plan up on a CPU first saves an hour, from the cloud's current spot prices; undefined when it gives none. */
  async cpuSetupQuote(plan: Plan): Promise<CpuSetupQuote | undefined> {
    return cpuSetupQuote((await this.options.cloud()).api, plan, {});
  }

  /** The older snapshots a release of the session with a snapshot would delete, read now. */
  async prunePreview(id: string): Promise<PrunePreview> {
    return (await this.manager()).prunePreview(id);
  }

  /**
   * Demo only: asks the simulated cloud to take the session's spot instance back, as Alibaba
   * Cloud may at any time; the reclaim then runs as it would (notice, release, recover). Refused
   * with a real account, where only the cloud decides.
   */
  async simulateReclaim(id: string): Promise<SessionView> {
    const link = await this.options.cloud();
    if (!link.demo || !link.simulateReclaim) throw refusals.reclaimDemoOnly();
    const manager = await this.manager();
    const session = manager.get(id);
    const instanceId = session.resources.instanceId;
    if (session.phase !== 'ready' || !instanceId) throw refusals.wrongPhase('reclaim', session.phase);
    link.simulateReclaim(instanceId);
    manager.log(id, msg('session.reclaimSimulated', { instanceId }));
    return session;
  }

  /** True when a session was ever launched (the tray offers "launch last plan"). */
  async hasLastPlan(): Promise<boolean> {
    return (await this.manager()).lastPlan() !== undefined;
  }

  /**
   * The last plan that worked with what its session left (saved image, kept disk or newest
   * snapshot), or that of the session named ("launch again"); null when there is none.
   */
  async lastPlan(sessionId?: string): Promise<Plan | null> {
    return (await (await this.manager()).lastLaunch(sessionId)) ?? null;
  }

  /** The session's notebook, when the session is ready and has one; refused otherwise. */
  async readyNotebook(id: string): Promise<{ session: SessionView; notebook: NonNullable<SessionView['notebook']> }> {
    const session = await this.get(id);
    if (!session.notebook || session.phase !== 'ready') throw refusals.notebookNotReady();
    return { session, notebook: session.notebook };
  }

  /** How to reach a session's machine over the SSH connection it pinned (files in and out, forwarded ports). */
  async machine(id: string): Promise<SessionMachine> {
    const link = await this.options.cloud();
    const manager = await this.manager();
    return {
      session: manager.get(id),
      demo: link.demo,
      ssh: this.options.machines(link).ssh,
      login: manager.login(id),
    };
  }

  /** Deletes one of Danlu's resources the user named on the Resources page (never one a live session needs). */
  async deleteResource(target: ResourceTarget): Promise<ReconcileResult> {
    const { api } = await this.options.cloud();
    const manager = await this.manager();
    return deleteResource(
      api,
      target,
      () => this.reconcile(false),
      (kind, id) => manager.deletedByUser(kind, id),
      this.options.installId,
    );
  }

  /** Waits for the background work of a session (tests, shutdown). */
  async settled(id: string): Promise<void> {
    await (await this.manager()).settled(id);
  }

  /** The session manager of the cloud in use, made on first use. */
  private async manager(): Promise<SessionManager> {
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

  /**
   * Stops every running session, or just the one named, for `reason` (a budget was reached);
   * answers how many it began to stop once they are stopped.
   */
  async stopRunning(sessionId: string | undefined, reason: AutoReason): Promise<number> {
    const manager = await this.manager();
    const targets = manager.list().filter((s) => s.phase === 'ready' && (!sessionId || s.id === sessionId));
    for (const session of targets) {
      await manager
        .stop(session.id, reason)
        .catch((error: unknown) => this.options.log.warn('could not stop a session', { session: session.id, error }));
    }
    return targets.length;
  }

  /**
   * Moves the rules of the sessions that are up to the user's address when it changed; only the
   * session managers already made are asked (a check never connects a cloud by itself).
   */
  async followAddresses(): Promise<number> {
    let moved = 0;
    for (const manager of this.managers.values()) moved += await (await manager).followAddresses();
    return moved;
  }

  /**
   * What the cloud holds against the journal; unfinished work is taken up again. Its progress
   * goes to the window; a second ask while one runs gets the same answer.
   */
  reconcile(allRegions: boolean): Promise<ReconcileResult> {
    const key = allRegions ? 'all' : 'journal';
    const running = this.reconciling.get(key);
    if (running) return running;
    const { cloud, rates, log, emit } = this.options;
    const work = reconcileResources(
      {
        sessions: () => this.manager(),
        cloud,
        rates,
        log,
        onProgress: (operation) => emit('resources.progress', operation),
        now: () => new Date(this.lastClock.now()).toISOString(),
        ...(this.options.installId ? { installId: this.options.installId } : {}),
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

  private build(link: SessionCloud): SessionManager {
    const machines = this.options.machines(link);
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
      address: machines.address,
      ssh: machines.ssh,
      bootstrap: machines.bootstrap,
      hostKeys: this.options.hostKeys,
      keepSnapshots: () => this.options.settings().keepSnapshots,
      leaseHours: () => this.options.settings().leaseHours,
      keepChargingStop: () => this.options.settings().keepChargingStop,
      computeCost: this.options.computeCost,
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
