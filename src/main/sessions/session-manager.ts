import type { AppError } from '../../shared/errors';
import type { OwnedResource } from '../../shared/resources';
import type { OperationKind, Plan, SessionPhase, SessionView } from '../../shared/session';
import { type Message, msg } from '../../shared/words/message';
import type { SshTarget } from '../bootstrap/ssh-runner';
import { toErrorInfo } from '../log/error-info';
import { isAbort } from './cloud-checks';
import { lastLaunchPlan, lastSession } from './journal/last-plan';
import { newSessionId, newSessionRecord, otherLiveInRegion, type SessionRecord } from './journal/session-record';
import { toView } from './journal/session-view';
import { runBootstrap, scrubMachine } from './launch/bootstrap-step';
import { checkBrought } from './launch/brought-resources';
import { finishMove } from './launch/disk-move';
import { runLaunch } from './launch/launcher';
import { again } from './launch/step-states';
import { followAddress, refreshAccess, removeSessionGroup } from './network/access-rules';
import type { SourceAddress } from './network/address-lookup';
import { KeyedLock } from './network/region-lock';
import { beginOperation, endOperation, opStep, type PlannedStep, planned } from './operations/operation-steps';
import { STOP_STEPS, startSession, startSteps, stopSession } from './operations/power';
import { type PrunePreview, prunePreview } from './operations/prune-preview';
import { type ReleaseOptions, releaseSession, releaseSteps } from './operations/release';
import { undoLaunch } from './operations/rollback';
import { IMAGE_STEPS, saveImage } from './operations/save-image';
import { deletedByUser } from './reconcile/deleted-by-user';
import type { CallCount } from './session-cloud-api';
import type { AutoReason, SessionDeps, SessionNotice } from './session-deps';
import { refusals } from './session-refusals';
import { StepScope } from './step-scope';
import { announceAuto, logAuto, stopModeReason } from './watch/auto-reason';
import { InstanceWatch } from './watch/instance-watch';
import { holdLease, leaseOrSay } from './watch/lease';

interface Running {
  controller: AbortController;
  done: Promise<void>;
  /** `rollback`: a launch being undone (a cancel has nothing left to stop; a shutdown does). */
  kind: string;
}

/**
 * The session lifecycle: launch (journaled, resumable, with failover), cancel, stop, start,
 * release, save as image, recover after a reclaim, and the spot watch. One operation at a time
 * per session; long ones run in the background and report through `onChange`.
 */
export class SessionManager {
  private readonly running = new Map<string, Running>();
  private readonly passwords = new Map<string, string>();
  private readonly counts = new Map<string, CallCount>();
  private readonly followed = new Set<string>();
  private readonly regionLock = new KeyedLock();
  /** Set at shutdown: work still finishing (a switch past its release) starts nothing new. */
  private disposed = false;
  private readonly instances: InstanceWatch;

  constructor(private readonly deps: SessionDeps) {
    this.instances = new InstanceWatch(deps, {
      scope: (id, signal) => this.scope(id, signal),
      record: (id) => this.record(id),
      notice: (kind, id, reason) => this.notice(kind, id, reason),
      operate: (id, kind, steps, work) => this.operate(id, kind, steps, undefined, work),
      release: async (id, options) => {
        await this.releaseQuietly(id, options);
      },
    });
  }

  list(): SessionView[] {
    return this.deps.journal.list().map(toView);
  }

  get(id: string): SessionView {
    return toView(this.record(id));
  }

  /** The plan of the most recent session, for "launch last plan". */
  lastPlan(): Plan | undefined {
    return this.deps.journal.list()[0]?.plan;
  }

  /**
   * The plan of the newest session that worked (or of the session named, for "launch again"),
   * updated by what it left: its saved image, kept disk or newest snapshot, the type it ran on.
   */
  lastLaunch(sessionId?: string): Promise<Plan | undefined> {
    const source = sessionId ? this.record(sessionId) : lastSession(this.deps.journal.list());
    return lastLaunchPlan(this.deps.api, source);
  }

  /** Cloud calls made for a session so far, split into work and waiting. */
  calls(id: string): CallCount {
    return { ...(this.counts.get(id) ?? { work: 0, polls: 0 }) };
  }

  /**
   * Checks the disk, snapshot or image the plan brings (read from the cloud: one Danlu did not
   * make needs the user's confirmation by id), then starts the launch in the background and
   * returns the new session at once.
   */
  async launch(plan: Plan, notebookPassword?: string, confirmForeign: readonly string[] = []): Promise<SessionView> {
    const { foreign } = await checkBrought(this.deps.api, plan, confirmForeign);
    return this.begin(plan, notebookPassword, { confirmedForeign: foreign });
  }

  private begin(plan: Plan, notebookPassword: string | undefined, inherited: Partial<SessionRecord>): SessionView {
    if (this.disposed) throw refusals.shutdown();
    const record = newSessionRecord(plan, this.deps.clock.now(), inherited);
    const { id } = record;
    this.deps.journal.put(record);
    if (notebookPassword) this.passwords.set(id, notebookPassword);
    this.startLaunch(id);
    return toView(record);
  }

  /** Cancels a launch in progress: it stops and rolls back, leaving nothing behind. */
  async cancel(id: string): Promise<SessionView> {
    const current = this.running.get(id);
    if (current?.kind !== 'launch') throw refusals.notLaunching();
    current.controller.abort(refusals.cancelled());
    await current.done;
    return this.get(id);
  }

  /**
   * Stops a ready session. `reason`: Danlu stops it on its own (a budget, the idle guard); why,
   * with its figure, goes to the log and the notices before anything is done, and stays on the
   * operation.
   */
  async stop(id: string, reason?: AutoReason): Promise<SessionView> {
    this.expect(id, ['ready'], 'stop');
    if (reason) this.announce(id, msg('session.auto.stop'), reason);
    this.instances.unwatch(id);
    let modeChanged: AutoReason | undefined;
    await this.operate(id, 'stop', STOP_STEPS, reason?.why, async (scope) => {
      scope.update((s) => {
        s.phase = 'stopping';
      });
      try {
        modeChanged = await this.stopMachine(scope);
      } catch (error) {
        // The stop did not happen as asked: the machine still runs, so the watch resumes.
        scope.update((s) => {
          if (s.phase === 'stopping') s.phase = 'ready';
        });
        this.startWatch(id);
        throw error;
      }
    });
    this.notice('stopped', id, reason ?? modeChanged);
    return this.get(id);
  }

  /**
   * Stops the machine; when the cloud stopped it in another mode than the economical one asked
   * for, the log says so with the mode, and the reason is returned for the notice that follows.
   */
  private async stopMachine(scope: StepScope): Promise<AutoReason | undefined> {
    const outcome = await stopSession(scope);
    if (outcome.billingStopped) return undefined;
    const { id, instanceType, plan } = scope.record;
    const reason = stopModeReason(instanceType ?? plan.instanceTypes[0] ?? '—', outcome.mode);
    logAuto(this.deps, id, msg('session.auto.stopMode'), reason);
    return reason;
  }

  /** Something Danlu does on its own, said with why: written to the session log and told to the user. */
  announce(id: string, action: Message, reason: AutoReason): void {
    announceAuto(this.deps, this.get(id), action, reason);
  }

  async start(id: string): Promise<SessionView> {
    this.expect(id, ['stopped'], 'start');
    await this.operate(id, 'start', startSteps(Boolean(this.deps.bootstrap)), undefined, async (scope) => {
      scope.update((s) => {
        s.phase = 'starting';
        s.error = undefined;
      });
      try {
        // Before the machine runs (and bills): the rules follow the user to a new address.
        await refreshAccess(scope);
        await startSession(scope);
      } catch (error) {
        scope.update((s) => {
          s.phase = 'stopped';
        });
        throw error;
      }
      // A start may bring a new public IP: the bootstrap renews the certificate for it (idempotent, quick).
      const bootstrap = this.deps.bootstrap;
      if (bootstrap) await opStep(scope, 'startNotebook', () => runBootstrap(scope, bootstrap, this.passwords.get(id)));
      scope.update((s) => {
        s.phase = 'ready';
      });
    });
    this.startWatch(id);
    this.notice('started', id);
    return this.get(id);
  }

  async release(id: string, options: ReleaseOptions): Promise<SessionView> {
    if (await this.releaseQuietly(id, options)) this.notice('released', id);
    return this.get(id);
  }

  /**
   * The release, without its notice (a caller with more to say gives its own): true when it
   * released, false when it finished a held launch's undo instead (which gives its own notices).
   */
  private async releaseQuietly(id: string, options: ReleaseOptions, keepNetwork = false): Promise<boolean> {
    this.expect(id, ['ready', 'stopped', 'interrupted', 'failed', 'releasing'], 'release');
    this.instances.unwatch(id);
    const record = this.record(id);
    // A launch whose undo the cloud held up: releasing it means finishing that undo.
    if (record.rollback) {
      const current = this.running.get(id);
      if (current && current.kind !== 'rollback') throw refusals.busy();
      // Under way already: pressing Release again waits for it.
      await (current ?? this.startRollback(id, record.rollback.phase)).done;
      return false;
    }
    const release = record.release ?? options;
    await this.operate(id, 'release', releaseSteps(record, release), undefined, async (scope) => {
      scope.update((s) => {
        s.phase = 'releasing';
        s.release ??= { ...options, startedAt: scope.now() };
      });
      await again(scope, () =>
        releaseSession(scope, release, {
          // A switch launches again in the region at once: its network stays for that launch.
          otherLiveSessions: this.otherLive(id) + (keepNetwork ? 1 : 0),
          keepSnapshots: this.deps.keepSnapshots?.() ?? 3,
        }),
      );
    });
    this.passwords.delete(id);
    return true;
  }

  /**
   * Saves the machine's system disk as an image, after removing every secret from it: the
   * machine must run for that (a stopped one is started for the minute it takes), then it is
   * stopped and imaged. It stays usable: the next start gives it its keys back.
   */
  async saveImage(id: string, imageName: string): Promise<SessionView> {
    this.expect(id, ['ready', 'stopped'], 'snapshot');
    const stopped = this.record(id).phase === 'stopped';
    const steps = [...(stopped ? startSteps(false) : []), planned('imageScrub'), ...STOP_STEPS, ...IMAGE_STEPS];
    this.instances.unwatch(id);
    let modeChanged: AutoReason | undefined;
    await this.operate(id, 'image', steps, undefined, async (scope) => {
      let running = !stopped;
      try {
        if (!running) {
          scope.log(msg('trust.imageStartToScrub'));
          scope.update((s) => {
            s.phase = 'starting';
          });
          await refreshAccess(scope);
          await startSession(scope);
          running = true;
        }
        scope.update((s) => {
          s.phase = 'stopping';
        });
        await opStep(scope, 'imageScrub', () => scrubMachine(scope));
        modeChanged = await this.stopMachine(scope);
        running = false;
      } catch (error) {
        scope.update((s) => {
          s.phase = running ? 'ready' : 'stopped';
        });
        if (running) this.startWatch(id);
        throw error;
      }
      await saveImage(scope, imageName);
    });
    this.notice('imageSaved', id, modeChanged);
    return this.get(id);
  }

  /**
   * After a reclaim: a new session with the same plan and the surviving data disk (learning the
   * user's address afresh); the reclaimed session's own security group and rules go.
   */
  async recover(id: string, afterMove: 'delete' | 'keep' = 'delete'): Promise<SessionView> {
    const record = this.record(id);
    const diskId = record.resources.diskId;
    if (record.phase !== 'interrupted' || !diskId) throw refusals.notRecoverable();
    const plan: Plan = { ...record.plan, zoneId: null, disk: { kind: 'existing', diskId, afterMove } };
    // Its instance is gone: nothing uses its rules any more.
    await removeSessionGroup(this.scope(id, new AbortController().signal)).catch((error: unknown) =>
      this.deps.log.warn('the reclaimed session keeps its security group for now', { id, error }),
    );
    const next = await this.beginOnDisk(record, plan, this.passwords.get(id));
    this.deps.journal.update(id, (s) => {
      s.phase = 'released';
      s.resources.diskId = undefined;
      s.diskZoneId = undefined;
      s.endedAt = new Date(this.deps.clock.now()).toISOString();
    });
    this.log(id, msg('session.recoverStarted', { sessionId: next.id, diskId }));
    this.deps.onChange(this.get(id));
    return this.get(next.id);
  }

  /**
   * A session set up on a CPU moves to its plan's GPU types: the CPU instance is released with
   * the disk kept, then a new session launches the GPU on that disk in the same zone (in another
   * zone, through a snapshot, only when that one has no stock: the original stays until the GPU
   * session is ready, then goes as `afterMove` says). Journaled before anything is done, so a
   * restart carries it on; each part of the bill stays in its own session.
   */
  async switchToGpu(id: string, afterMove: 'delete' | 'keep' = 'delete'): Promise<SessionView> {
    const record = this.record(id);
    if (!record.switchToGpu) {
      const { diskId } = record.resources;
      if (!record.plan.setupOnCpu || !diskId || !['ready', 'stopped'].includes(record.phase)) {
        throw refusals.notSwitchable();
      }
      if (this.running.has(id)) throw refusals.busy();
      const nextId = newSessionId(this.deps.clock.now());
      this.deps.journal.update(id, (s) => {
        s.switchToGpu = { nextId, afterMove, startedAt: new Date(this.deps.clock.now()).toISOString() };
      });
      const instanceType = record.plan.instanceTypes[0] as string;
      this.log(
        id,
        msg('session.switchStarted', { instanceType, diskId, sessionId: nextId, zoneId: record.zoneId ?? '—' }),
      );
    }
    return this.carryOnSwitch(id);
  }

  /**
   * A new session on the disk another session leaves behind (a recover, a switch to the GPU): the
   * brought resources checked again, and the disk keeps what Danlu knew of it: whether Danlu made
   * it, and whether it is still blank.
   */
  private async beginOnDisk(
    from: SessionRecord,
    plan: Plan,
    password: string | undefined,
    extra: Partial<SessionRecord> = {},
  ): Promise<SessionView> {
    const { foreign } = await checkBrought(this.deps.api, plan, from.confirmedForeign ?? []);
    return this.begin(plan, password, {
      ...extra,
      confirmedForeign: foreign,
      diskOwned: from.diskOwned,
      diskBlank: from.diskBlank,
    });
  }

  /** The switch from where the journal says it is: release the CPU instance, then launch the GPU once. */
  private async carryOnSwitch(id: string): Promise<SessionView> {
    const password = this.passwords.get(id);
    const switching = this.record(id).switchToGpu;
    if (!switching) return this.get(id);
    if (this.record(id).phase !== 'released') {
      await this.releaseQuietly(id, { snapshot: false, keepDisk: true }, true);
    }
    const record = this.record(id);
    const diskId = record.resources.diskId;
    if (!this.deps.journal.get(switching.nextId) && diskId) {
      const plan: Plan = {
        ...record.plan,
        setupOnCpu: false,
        zoneId: record.zoneId ?? record.plan.zoneId,
        disk: { kind: 'existing', diskId, afterMove: switching.afterMove },
      };
      await this.beginOnDisk(record, plan, password, { id: switching.nextId, switchedFrom: id });
    }
    // The GPU session holds the disk now: it takes its billing over when it adopts it.
    this.deps.journal.update(id, (s) => {
      s.switchedTo = switching.nextId;
      s.switchToGpu = undefined;
      s.resources.diskId = undefined;
      s.diskZoneId = undefined;
    });
    this.deps.onChange(this.get(id));
    return this.get(switching.nextId);
  }

  /**
   * After a restart: launches that were under way are resumed, releases are finished, and
   * ready sessions get their spot watch back.
   */
  resume(): string[] {
    const resumed: string[] = [];
    for (const record of this.deps.journal.list()) {
      if (this.running.has(record.id)) continue;
      if (record.switchToGpu) {
        void this.carryOnSwitch(record.id).catch(() => {});
        resumed.push(record.id);
      } else if (record.phase === 'launching') {
        this.startLaunch(record.id);
        resumed.push(record.id);
      } else if (record.phase === 'releasing' && record.rollback) {
        this.startRollback(record.id, record.rollback.phase);
        resumed.push(record.id);
      } else if (record.phase === 'releasing' && record.release) {
        void this.release(record.id, record.release).catch(() => {});
        resumed.push(record.id);
      } else if (record.phase === 'ready') {
        this.startWatch(record.id);
        this.followAddress(record.id);
        if (record.move) void finishMove(this.scope(record.id, new AbortController().signal));
      } else if (record.phase === 'stopped' && record.stopSeen) {
        // A stop nobody asked for whose bill was not ended yet when the app last closed.
        void this.instances.endUnaskedStop(record.id);
      }
    }
    this.instances.keepLeases();
    return resumed;
  }

  /** Once per run of the app, for a session that is up: the user may have moved to another network since. */
  private followAddress(id: string): void {
    if (this.followed.has(id)) return;
    this.followed.add(id);
    void followAddress(this.scope(id, new AbortController().signal));
  }

  /**
   * While sessions run, their rules follow the user (a periodic check, a change of network):
   * the address is learned once for all of them, and each session up and not in an operation
   * moves its rules when it differs, with a notice. Returns how many moved.
   */
  async followAddresses(): Promise<number> {
    const up = () => this.deps.journal.list().filter((r) => r.phase === 'ready' && !this.running.has(r.id));
    if (up().length === 0) return 0;
    let source: SourceAddress;
    try {
      source = await this.deps.address();
    } catch (error) {
      // Unknown now (offline, services disagreeing): the rules stay as they were, and the next check tries again.
      this.deps.log.warn('address not checked', { error });
      return 0;
    }
    let moved = 0;
    for (const record of up()) {
      const move = await followAddress(this.scope(record.id, new AbortController().signal), source);
      if (!move) continue;
      moved += 1;
      this.deps.onNotice?.({ kind: 'addressMoved', session: this.get(record.id), moved: move });
    }
    return moved;
  }

  /** What a release with a snapshot would prune now: the older snapshots of the session's data, per lineage. */
  prunePreview(id: string): Promise<PrunePreview> {
    return prunePreview(this.deps, this.record(id), this.deps.keepSnapshots?.() ?? 3);
  }

  /** How to log in to the session's machine as `ml` with Danlu's key and the pinned host key; undefined without both. */
  login(id: string): SshTarget | undefined {
    const record = this.record(id);
    const host = record.resources.publicIp;
    if (!host || !record.hostKeySha256) return undefined;
    return {
      host,
      username: 'ml',
      privateKey: this.deps.localKey().privateKey,
      hostKeySha256: record.hostKeySha256,
      hostKeyType: record.hostPublicKey?.split(' ')[0],
    };
  }

  /** The journal's records (for reconciling with what the cloud holds). */
  records(): SessionRecord[] {
    return this.deps.journal.list();
  }

  /** A disk or snapshot the user deleted on the Resources page no longer bills in any session. */
  deletedByUser(kind: OwnedResource['kind'], id: string): void {
    deletedByUser(this.deps, kind, id);
  }

  /** Waits for the background work of a session (tests, shutdown). */
  async settled(id: string): Promise<void> {
    await this.running.get(id)?.done;
  }

  /** Stops all background work (watchers and operations) without cleaning anything up. */
  async dispose(): Promise<void> {
    this.disposed = true;
    this.instances.dispose();
    const all = [...this.running.values()];
    for (const r of all) r.controller.abort(refusals.shutdown());
    await Promise.allSettled(all.map((r) => r.done));
  }

  private startLaunch(id: string): void {
    const controller = new AbortController();
    const running: Running = { controller, done: Promise.resolve(), kind: 'launch' };
    running.done = (async () => {
      try {
        await runLaunch(this.scope(id, controller.signal), this.passwords.get(id));
        // Created with its lease; moved on now it runs, and said in the log (the session is free meanwhile).
        void leaseOrSay(this.scope(id, new AbortController().signal), (s) => holdLease(s, true));
        this.notice('ready', id);
        this.startWatch(id);
      } catch (error) {
        const cancelled = isAbort(error, controller.signal);
        if (cancelled && (controller.signal.reason as AppError | undefined)?.code === 'session.shutdown') return;
        // From here the launch is being undone, under a signal of its own that only a shutdown aborts.
        running.kind = 'rollback';
        running.controller = new AbortController();
        await this.undo(id, running.controller.signal, { phase: cancelled ? 'cancelled' : 'failed', cause: error });
      } finally {
        if (this.running.get(id) === running) this.running.delete(id);
      }
    })();
    this.running.set(id, running);
  }

  /** Takes up the undo of a launch (after a restart, or when the user presses Release on a held one). */
  private startRollback(id: string, phase: 'failed' | 'cancelled'): Running {
    const controller = new AbortController();
    const running: Running = { controller, done: Promise.resolve(), kind: 'rollback' };
    running.done = this.undo(id, controller.signal, { phase }).finally(() => {
      if (this.running.get(id) === running) this.running.delete(id);
    });
    this.running.set(id, running);
    return running;
  }

  /**
   * Rolls a failed or cancelled launch back. The session shows "releasing" (and what still bills)
   * meanwhile; one the cloud keeps refusing stays so, with a notice, until the next start or Release.
   */
  private async undo(
    id: string,
    signal: AbortSignal,
    undo: { phase: 'failed' | 'cancelled'; cause?: unknown },
  ): Promise<void> {
    const ended = await undoLaunch(this.scope(id, signal), undo, () => this.otherLive(id));
    if (ended === 'held') this.notice('stillBilled', id);
    else if (ended === 'done' && this.record(id).phase === 'failed') this.notice('failed', id);
  }

  private startWatch(id: string): void {
    this.instances.watch(id);
  }

  /**
   * Runs one operation on a session, one at a time: its planned steps are shown from the start,
   * and it ends done or failed (with the error on the session and a notice) either way.
   */
  private async operate(
    id: string,
    kind: Exclude<OperationKind, 'reconcile'>,
    steps: PlannedStep[],
    reason: Message | undefined,
    work: (scope: StepScope) => Promise<void>,
  ): Promise<void> {
    if (this.running.has(id)) throw refusals.busy();
    const controller = new AbortController();
    const scope = this.scope(id, controller.signal);
    beginOperation(scope, kind, steps, reason);
    const done = work(scope);
    this.running.set(id, {
      controller,
      done: done.then(
        () => undefined,
        () => undefined,
      ),
      kind,
    });
    try {
      await done;
      endOperation(scope, 'done');
    } catch (error) {
      const info = toErrorInfo(error, this.deps.log, kind);
      scope.update((s) => {
        s.error = info;
      });
      endOperation(scope, 'failed', info);
      // Only a shutdown ends an operation without telling: it is taken up again at the next start.
      // A release the cloud held up says what still bills.
      if (!isAbort(error, controller.signal))
        this.notice(this.get(id).stillBilled ? 'stillBilled' : 'operationFailed', id);
      throw error;
    } finally {
      this.running.delete(id);
    }
  }

  private scope(id: string, signal: AbortSignal): StepScope {
    let count = this.counts.get(id);
    if (!count) {
      count = { work: 0, polls: 0 };
      this.counts.set(id, count);
    }
    return new StepScope(this.deps, id, signal, count, this.regionLock);
  }

  private record(id: string): SessionRecord {
    const record = this.deps.journal.get(id);
    if (!record) throw refusals.notFound(id);
    return record;
  }

  private expect(id: string, phases: SessionPhase[], verb: 'stop' | 'start' | 'release' | 'snapshot'): void {
    const phase = this.record(id).phase;
    if (!phases.includes(phase)) throw refusals.wrongPhase(verb, phase);
  }

  private otherLive(id: string): number {
    return otherLiveInRegion(this.deps.journal.list(), this.record(id));
  }

  /** A line for the session's log. */
  log(id: string, message: Message): void {
    this.deps.onLog(id, message);
  }

  private notice(kind: SessionNotice['kind'], id: string, reason?: AutoReason): void {
    this.deps.onNotice?.({ kind, session: this.get(id), ...(reason ? { reason } : {}) });
  }
}
