import type { Notice } from '../../../shared/contract';
import type { ReconcileResult } from '../../../shared/resources';
import type { OperationStepView, OperationView } from '../../../shared/session';
import { msg } from '../../../shared/words/message';
import { toErrorInfo } from '../../log/error-info';
import type { Logger } from '../../log/logger';
import type { SessionRecord } from '../journal/session-record';
import type { SessionCloudApi } from '../session-cloud-api';
import { noticeOf } from '../session-notices';
import { listRegion, type ResourceRates } from './reconcile';

/** The sessions of the cloud in use, as the reconcile needs them. */
export interface ReconciledSessions {
  records(): SessionRecord[];
  /** Takes interrupted work up again; returns the ids of the sessions resumed. */
  resume(): string[];
}

export interface ReconcileDeps {
  sessions: () => Promise<ReconciledSessions>;
  cloud: () => Promise<{ api: SessionCloudApi }>;
  /** What each resource bills per hour now, as the cost meter counts it. */
  rates: () => Promise<ResourceRates>;
  log: Logger;
  /** How far the check is, after every region: the Resources page shows it as it goes. */
  onProgress?: (operation: OperationView) => void;
  /** The time of the cloud, for the steps' times. */
  now?: () => string;
  /** This install's id (see store/install-id). */
  installId?: string;
}

/** The reconcile as an operation the window follows: a step for the interrupted work, one per region. */
class ReconcileProgress {
  private readonly operation: OperationView;

  constructor(
    private readonly deps: Pick<ReconcileDeps, 'onProgress' | 'now'>,
    regions: string[],
  ) {
    const at = this.now();
    this.operation = {
      kind: 'reconcile',
      state: 'running',
      startedAt: at,
      steps: [
        { id: 'resume', label: msg('operation.step.reconcileResume'), state: 'done', startedAt: at, endedAt: at },
        ...regions.map(
          (regionId): OperationStepView => ({
            id: `region:${regionId}`,
            label: msg('operation.step.reconcileRegion', { regionId }),
            state: 'running',
            startedAt: at,
          }),
        ),
      ],
    };
  }

  private now(): string {
    return this.deps.now?.() ?? new Date().toISOString();
  }

  resumed(count: number): void {
    const step = this.operation.steps[0] as OperationStepView;
    step.detail =
      count > 0 ? msg('operation.reconcile.resumed', { count }) : msg('operation.reconcile.nothingToResume');
    this.send();
  }

  region(regionId: string, found: number | undefined): void {
    const step = this.operation.steps.find((s) => s.id === `region:${regionId}`);
    if (!step) return;
    step.state = found === undefined ? 'failed' : 'done';
    step.endedAt = this.now();
    if (found !== undefined) step.detail = msg('operation.reconcile.found', { count: found });
    this.send();
  }

  end(): void {
    this.operation.state = this.operation.steps.some((s) => s.state === 'failed') ? 'failed' : 'done';
    this.operation.endedAt = this.now();
    this.send();
  }

  private send(): void {
    this.deps.onProgress?.(structuredClone(this.operation));
  }
}

/**
 * Matches what the cloud holds (everything tagged danlu=managed) with the journal: interrupted
 * launches and releases are taken up again, and every resource is listed as in use, kept or
 * orphaned, with its monthly cost. The journal's regions by default, every region on request.
 */
export async function reconcileResources(deps: ReconcileDeps, allRegions: boolean): Promise<ReconcileResult> {
  const sessions = await deps.sessions();
  const link = await deps.cloud();
  const records = sessions.records();
  const resumed = sessions.resume();
  const regions = allRegions
    ? (await link.api.describeRegions()).regions.map((r) => r.regionId)
    : [...new Set(records.map((s) => s.plan.regionId))];
  const result: ReconcileResult = { resources: [], regions, failedRegions: [], resumed, orphanMonthlyCost: 0 };
  const rates = await deps.rates();
  const progress = new ReconcileProgress(deps, regions);
  progress.resumed(resumed.length);
  await Promise.all(
    regions.map(async (regionId) => {
      try {
        const found = await listRegion(link.api, regionId, records, rates, undefined, deps.installId);
        result.resources.push(...found);
        progress.region(regionId, found.length);
      } catch (error) {
        result.failedRegions.push({ regionId, error: toErrorInfo(error, deps.log, `reconcile ${regionId}`) });
        progress.region(regionId, undefined);
      }
    }),
  );
  progress.end();
  result.resources.sort((a, b) => a.regionId.localeCompare(b.regionId) || a.kind.localeCompare(b.kind));
  result.orphanMonthlyCost = result.resources
    .filter((r) => r.use === 'orphan')
    .reduce((sum, r) => sum + r.monthlyCost, 0);
  return result;
}

/** The notice for resources no session needs (they cost money), or null when there are none. */
export function orphanNotice(result: ReconcileResult): Notice | null {
  const orphans = result.resources.filter((r) => r.use === 'orphan');
  if (orphans.length === 0) return null;
  return noticeOf(
    'warning',
    msg('notice.orphans.title'),
    msg('notice.orphans.body', { count: orphans.length, monthly: { yuan: result.orphanMonthlyCost } }),
    { kind: 'orphans', key: 'orphans' },
  );
}
