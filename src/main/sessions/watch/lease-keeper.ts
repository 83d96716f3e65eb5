import type { SessionPhase } from '../../../shared/session';
import { isAbort } from '../cloud-checks';
import { isDanlus } from '../reconcile/ownership';
import type { SessionDeps } from '../session-deps';
import type { StepScope } from '../step-scope';
import { holdLease, LEASE_RENEW_MS, leaseOrSay, liftLease } from './lease';

/** Phases in which a session's instance exists and its compute may bill. */
const HELD: readonly SessionPhase[] = ['ready', 'stopped', 'starting', 'stopping'];

export interface LeaseKeeperPorts {
  scope: (sessionId: string, signal: AbortSignal) => StepScope;
  /** The cloud no longer lists the session's instance. */
  gone: (sessionId: string) => Promise<void>;
}

/**
 * While Danlu runs: at once, then every few minutes, each session whose instance may bill
 * compute has its lease moved on and is seen running or not; one stopped in economical mode has
 * its lease lifted; one whose instance the cloud no longer lists is handed on as gone. A session
 * keeps its data disk with DeleteWithInstance=false, checked once per run, as the lease relies on it.
 */
export class LeaseKeeper {
  private controller: AbortController | undefined;
  private readonly checkedDisks = new Set<string>();
  /** Sessions whose last renewal failed: said once until one succeeds. */
  private readonly failing = new Set<string>();

  constructor(
    private readonly deps: SessionDeps,
    private readonly ports: LeaseKeeperPorts,
  ) {}

  start(): void {
    if (this.controller) return;
    const controller = new AbortController();
    this.controller = controller;
    void (async () => {
      while (!controller.signal.aborted) {
        await this.pass(controller.signal);
        await this.deps.clock.sleep(LEASE_RENEW_MS, controller.signal).catch(() => undefined);
      }
    })();
  }

  stop(): void {
    this.controller?.abort();
    this.controller = undefined;
  }

  /** One round over the journal's sessions, region by region. */
  async pass(signal: AbortSignal): Promise<void> {
    const held = this.deps.journal.list().filter((r) => HELD.includes(r.phase) && r.resources.instanceId);
    for (const regionId of new Set(held.map((r) => r.plan.regionId))) {
      const sessions = held.filter((r) => r.plan.regionId === regionId);
      try {
        const listed = await this.deps.api.describeInstances(
          { regionId, instanceIds: sessions.map((r) => r.resources.instanceId as string) },
          { signal },
        );
        for (const record of sessions) {
          const instance = listed.instances.find((i) => i.instanceId === record.resources.instanceId);
          if (!instance) await this.ports.gone(record.id);
          else await this.keep(this.ports.scope(record.id, signal), instance.status === 'Running');
        }
      } catch (error) {
        if (isAbort(error, signal)) return;
        this.deps.log.warn('the leases of a region could not be looked at', { regionId, error });
      }
    }
  }

  private async keep(scope: StepScope, running: boolean): Promise<void> {
    const id = scope.sessionId;
    const record = scope.record;
    try {
      if (running) {
        scope.update((s) => {
          s.seenRunningAt = scope.now();
        });
      }
      if (record.phase === 'stopped' && record.billingStopped === true) {
        if (record.leaseUntil) await liftLease(scope);
        return;
      }
      await this.keepDisk(scope);
      await holdLease(scope);
      this.failing.delete(id);
    } catch (error) {
      if (isAbort(error, scope.signal)) throw error;
      if (this.failing.has(id)) return;
      this.failing.add(id);
      await leaseOrSay(scope, () => Promise.reject(error));
    }
  }

  /** The data disk must outlive the instance: a lease ending would otherwise take it along. */
  private async keepDisk(scope: StepScope): Promise<void> {
    const diskId = scope.record.resources.diskId;
    if (!diskId || this.checkedDisks.has(diskId)) return;
    const disk = (
      await scope.api.describeDisks({ regionId: scope.region, diskIds: [diskId] }, { signal: scope.signal })
    ).disks[0];
    const mayChange = disk && (isDanlus(disk.tags) || scope.record.confirmedForeign?.includes(diskId));
    if (disk?.deleteWithInstance && mayChange) {
      await scope.api.modifyDiskAttribute(
        { regionId: scope.region, diskId, deleteWithInstance: false },
        { signal: scope.signal },
      );
    }
    this.checkedDisks.add(diskId);
  }
}
