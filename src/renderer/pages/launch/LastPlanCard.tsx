import { useTranslation } from 'react-i18next';
import type { Plan } from '../../../shared/session';
import { Id } from '../../components/Id';

/** The last plan, with what becomes of the work: the disk it kept or its snapshot comes back with it. */
export function LastPlanCard({
  plan,
  asked,
  busy,
  onLaunch,
}: {
  plan: Plan;
  /** The person asked for it and only the password is missing. */
  asked: boolean;
  busy: boolean;
  onLaunch(): void;
}) {
  const { t } = useTranslation();
  const disk = plan.disk;
  return (
    <div className="card last-plan" data-testid="last-plan" data-disk={disk.kind}>
      <div>
        <strong>{t('launch.lastPlan')}</strong>
        <div className="muted small-print">
          {t('launch.lastPlanSummary', {
            name: plan.name,
            type: plan.instanceTypes.join(', '),
            region: plan.regionId,
          })}
        </div>
        <div className="small-print" data-testid="last-plan-disk">
          {disk.kind === 'new' && t('launch.lastPlanNewDisk', { size: disk.sizeGiB })}
          {disk.kind === 'existing' && (
            <>
              {t('launch.lastPlanKeptDisk')} <Id text={disk.diskId} />
            </>
          )}
          {disk.kind === 'snapshot' && (
            <>
              {t('launch.lastPlanSnapshot')} <Id text={disk.snapshotId} />
            </>
          )}
        </div>
        {asked && (
          <div className="small-print strong" role="status">
            {t('launch.lastPlanNeeds')}
          </div>
        )}
      </div>
      <button type="button" data-testid="launch-last" disabled={busy} onClick={onLaunch}>
        {t('launch.launchLast')}
      </button>
    </div>
  );
}
