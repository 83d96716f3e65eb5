import { msg } from '../../shared/messages/message';
import type { ReconcileResult } from '../../shared/resources';
import { toErrorInfo } from '../errors/error-info';
import { listRegion } from '../sessions/reconcile';
import { noticeOf } from './notices';
import type { Services } from './services';

/**
 * Matches what the cloud holds (everything tagged danlu=managed) with the journal: interrupted
 * launches and releases are taken up again, and every resource is listed as in use, kept or
 * orphaned, with its monthly cost. The journal's regions by default, every region on request.
 */
export async function reconcileResources(services: Services, allRegions: boolean): Promise<ReconcileResult> {
  const manager = await services.sessions();
  const link = await services.cloud.get();
  const records = manager.records();
  const resumed = manager.resume();
  const regions = allRegions
    ? (await link.api.describeRegions()).regions.map((r) => r.regionId)
    : [...new Set(records.map((s) => s.plan.regionId))];
  const offers = services.prices.lastOffers();
  const result: ReconcileResult = { resources: [], regions, failedRegions: [], resumed, orphanMonthlyCost: 0 };
  await Promise.all(
    regions.map(async (regionId) => {
      try {
        const price = (zoneId: string, type: string) =>
          offers.find((o) => o.regionId === regionId && o.zoneId === zoneId && o.instanceType === type)?.spotPrice;
        result.resources.push(...(await listRegion(link.api, regionId, records, price)));
      } catch (error) {
        result.failedRegions.push({ regionId, error: toErrorInfo(error, services.log, `reconcile ${regionId}`) });
      }
    }),
  );
  result.resources.sort((a, b) => a.regionId.localeCompare(b.regionId) || a.kind.localeCompare(b.kind));
  result.orphanMonthlyCost = result.resources
    .filter((r) => r.use === 'orphan')
    .reduce((sum, r) => sum + r.monthlyCost, 0);
  return result;
}

/** At start: finish interrupted work and tell the user when something is left that costs money. */
export async function startupCheck(services: Services): Promise<void> {
  try {
    const result = await reconcileResources(services, false);
    const orphans = result.resources.filter((r) => r.use === 'orphan');
    if (orphans.length === 0) return;
    services.events.emit(
      'app.notice',
      noticeOf(
        'warning',
        msg('notice.orphans.title'),
        msg('notice.orphans.body', { count: orphans.length, monthly: { yuan: result.orphanMonthlyCost } }),
        { kind: 'orphans', key: 'orphans' },
      ),
    );
  } catch (error) {
    services.log.warn('startup reconcile failed', { error });
  }
}
