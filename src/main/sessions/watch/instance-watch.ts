import { AppError } from '../../../shared/errors';
import { msg } from '../../../shared/words/message';
import type { SessionRecord } from '../journal/session-record';
import type { PlannedStep } from '../operations/operation-steps';
import type { ReleaseOptions } from '../operations/release';
import {
  noteUnaskedStop,
  RESTOP_STEPS,
  restopEconomical,
  sayUnaskedStopEnded,
  showWhatRuns,
} from '../operations/unasked-stop';
import type { AutoReason, SessionDeps, SessionNotice } from '../session-deps';
import type { StepScope } from '../step-scope';
import { logAuto, reclaimedReason, reclaimReason } from './auto-reason';
import { instanceGone } from './instance-gone';
import { LeaseKeeper } from './lease-keeper';
import { applyReclaimNotice, type SpotWatchEvent, type StoppedEvent } from './spot-watch';
import { SpotWatchers } from './spot-watchers';

/** Refusals after which an unasked stop is left as it is: another operation runs, it was cancelled, or the app closes. */
const LEFT_ALONE = ['session.busy', 'session.cancelled', 'session.shutdown'];

/** What the instance watch needs of the session manager. */
export interface InstanceWatchPorts {
  scope(sessionId: string, signal: AbortSignal): StepScope;
  record(sessionId: string): SessionRecord;
  /** `reason`: what the cloud did on its own, with its figure. */
  notice(kind: SessionNotice['kind'], sessionId: string, reason?: AutoReason): void;
  /** Runs one operation on the session, refused while another runs. */
  operate(
    sessionId: string,
    kind: 'stop',
    steps: PlannedStep[],
    work: (scope: StepScope) => Promise<void>,
  ): Promise<void>;
  /** Releases the session, without the release's own notice. */
  release(sessionId: string, options: ReleaseOptions): Promise<void>;
}

/**
 * What the cloud does to instances while Danlu runs: each running one is watched for a reclaim
 * notice, its release and a stop nobody asked for (whose compute bill is then ended as the user
 * chose); every lease is kept; an instance gone is recognised as reclaimed or released by its lease.
 */
export class InstanceWatch {
  private readonly watchers: SpotWatchers;
  private readonly leases: LeaseKeeper;
  /** Sessions whose vanished instance is being looked into (the watch and the lease keeper may both find it). */
  private readonly going = new Set<string>();

  constructor(
    private readonly deps: SessionDeps,
    private readonly ports: InstanceWatchPorts,
  ) {
    this.watchers = new SpotWatchers(deps, (id, event) => this.onEvent(id, event));
    this.leases = new LeaseKeeper(deps, {
      scope: (id, signal) => ports.scope(id, signal),
      gone: (id) => this.gone(id),
    });
  }

  /** Watches the session's running instance (nothing when it has none or is watched already). */
  watch(sessionId: string): void {
    const record = this.ports.record(sessionId);
    this.watchers.start(sessionId, record.plan.regionId, record.resources.instanceId);
  }

  /** Stops watching one session's instance (Danlu is about to act on it). */
  unwatch(sessionId: string): void {
    this.watchers.stop(sessionId);
  }

  /** Keeps the leases from now on (at once, then every few minutes). */
  keepLeases(): void {
    this.leases.start();
  }

  dispose(): void {
    this.watchers.stopAll();
    this.leases.stop();
  }

  private onEvent(id: string, event: SpotWatchEvent): void {
    if (event.kind === 'notice') {
      const view = applyReclaimNotice(this.deps, id, event.deadline);
      // The cloud's reclaim, what it means and when: in the session log and the notice.
      const reason = reclaimReason(view.plan, event.seenAt, event.deadline);
      logAuto(this.deps, id, msg('session.auto.reclaimNotice'), reason);
      this.ports.notice('reclaim', id, reason);
    } else if (event.kind === 'released') {
      void this.gone(id);
    } else {
      void this.unaskedStop(id, event);
    }
  }

  /** The cloud no longer lists the session's instance: reclaimed, or released by its lease. */
  private async gone(id: string): Promise<void> {
    if (this.going.has(id)) return;
    this.going.add(id);
    try {
      this.watchers.stop(id);
      const by = await instanceGone(this.ports.scope(id, new AbortController().signal));
      if (by === 'lease') this.ports.notice('leaseEnded', id);
      if (by === 'reclaim') {
        const reason = reclaimedReason(this.ports.record(id).goneAt ?? new Date(this.deps.clock.now()).toISOString());
        logAuto(this.deps, id, msg('session.auto.reclaimed'), reason);
        this.ports.notice('interrupted', id, reason);
      }
    } catch (error) {
      // Looked into again by the lease keeper's next round.
      this.deps.log.warn('a vanished instance could not be looked into', { id, error });
    } finally {
      this.going.delete(id);
    }
  }

  /** A stop Danlu did not ask for: noted, and if compute still bills, its bill ended as the settings say. */
  private async unaskedStop(id: string, event: StoppedEvent): Promise<void> {
    const billed = noteUnaskedStop(this.ports.scope(id, new AbortController().signal), event);
    if (billed) await this.endUnaskedStop(id);
    else this.ports.notice('stopped', id);
  }

  /**
   * Ends the compute bill of a stop nobody asked for: stopped again in economical mode, or (as
   * chosen, or where economical mode does not apply) released with the data disk kept. If it
   * cannot, the session shows what the machine is now; the lease bounds a bill left running.
   */
  async endUnaskedStop(id: string): Promise<void> {
    const record = this.ports.record(id);
    const stop = record.stopSeen;
    if (!stop) return;
    const scope = this.ports.scope(id, new AbortController().signal);
    try {
      let release = this.deps.keepChargingStop?.() === 'release';
      if (!release && stop.mode === 'Not-applicable') {
        scope.log(msg('session.unaskedStop.notApplicable', { instanceType: record.instanceType ?? '—' }));
        release = true;
      }
      if (!release) {
        const economical = await this.restop(id, scope);
        if (economical === 'running') return;
        if (economical) await sayUnaskedStopEnded(scope, stop, 'economical');
        else scope.log(msg('session.unaskedStop.stillBilled'));
        release = !economical;
      }
      if (release) {
        await this.ports.release(id, { snapshot: false, keepDisk: true });
        await sayUnaskedStopEnded(scope, stop, 'released');
      }
      this.ports.notice('unaskedStop', id);
    } catch (error) {
      // The operation said why (its notice and log).
      this.deps.log.warn('the bill of an unasked stop could not be ended', { id, error });
      if (await showWhatRuns(scope)) this.watch(id);
    }
  }

  /**
   * Starts the instance and stops it again in economical mode: true when compute no longer bills.
   * If that fails midway and the machine is stopped, billed, it is to be released instead (false);
   * if it runs again, the stop is over and it is watched again ('running'). A refusal because
   * another operation runs, or the app closing, is thrown: the user or the next start decides.
   */
  private async restop(id: string, scope: StepScope): Promise<boolean | 'running'> {
    try {
      let economical = false;
      await this.ports.operate(id, 'stop', RESTOP_STEPS, async (s) => {
        economical = await restopEconomical(s);
      });
      return economical;
    } catch (error) {
      if (error instanceof AppError && LEFT_ALONE.includes(error.code)) throw error;
      if (await showWhatRuns(scope)) {
        this.watch(id);
        return 'running';
      }
      const reason = error instanceof AppError ? error.text : { en: String(error), zh: String(error) };
      scope.log(msg('session.unaskedStop.restopFailed', { reason }));
      return false;
    }
  }
}
