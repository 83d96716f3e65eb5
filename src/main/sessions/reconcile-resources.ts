import type { Notice } from '../../shared/contract';
import { msg } from '../../shared/messages/message';
import type { ReconcileResult } from '../../shared/resources';
import type { CloudLink } from '../cloud/cloud-connection';
import { toErrorInfo } from '../errors/error-info';
import type { Logger } from '../log/logger';
import { listRegion } from './reconcile';
import type { SessionManager } from './session-manager';
import { noticeOf } from './session-notices';

export interface ReconcileDeps {
  manager: () => Promise<SessionManager>;
  cloud: () => Promise<CloudLink>;
  /** The last known spot price of a type in a zone, to put a monthly cost on a forgotten instance. */
  spotPrice: (regionId: string, zoneId: string, instanceType: string) => number | undefined;
  log: Logger;
}

/**
 * Matches what the cloud holds (everything tagged danlu=managed) with the journal: interrupted
 * launches and releases are taken up again, and every resource is listed as in use, kept or
 * orphaned, with its monthly cost. The journal's regions by default, every region on request.
 */
export async function reconcileResources(deps: ReconcileDeps, allRegions: boolean): Promise<ReconcileResult> {
  const manager = await deps.manager();
  const link = await deps.cloud();
  const records = manager.records();
  const resumed = manager.resume();
  const regions = allRegions
    ? (await link.api.describeRegions()).regions.map((r) => r.regionId)
    : [...new Set(records.map((s) => s.plan.regionId))];
  const result: ReconcileResult = { resources: [], regions, failedRegions: [], resumed, orphanMonthlyCost: 0 };
  await Promise.all(
    regions.map(async (regionId) => {
      try {
        const price = (zoneId: string, type: string) => deps.spotPrice(regionId, zoneId, type);
        result.resources.push(...(await listRegion(link.api, regionId, records, price)));
      } catch (error) {
        result.failedRegions.push({ regionId, error: toErrorInfo(error, deps.log, `reconcile ${regionId}`) });
      }
    }),
  );
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
