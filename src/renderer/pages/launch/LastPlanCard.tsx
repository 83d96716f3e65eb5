import { useTranslation } from 'react-i18next';
import type { Plan } from '../../../shared/session';

/** What a plan launched before brings back, in one line: type and region, image, and the data. */
export function broughtBack(plan: Plan, t: (key: string, params?: Record<string, unknown>) => string): string {
  const { disk, image } = plan;
  return t('launch.bringsBack', {
    type: plan.instanceTypes[0],
    region: plan.regionId,
    image:
      image.kind === 'custom'
        ? t('launch.brought.image', { imageId: image.imageId })
        : t('launch.brought.ubuntu', { version: image.version }),
    disk:
      disk.kind === 'existing'
        ? t('launch.brought.keptDisk', { diskId: disk.diskId })
        : disk.kind === 'snapshot'
          ? t('launch.brought.snapshot', { snapshotId: disk.snapshotId })
          : t('launch.brought.newDisk', { size: disk.sizeGiB }),
  });
}

/**
 * The last plan that worked (or the plan of the session "Launch again" came from), with what it
 * brings back of the work: the image saved, the disk kept or the newest snapshot.
 */
export function LastPlanCard({
  plan,
  again,
  asked,
  busy,
  onLaunch,
}: {
  plan: Plan;
  /** Opened by "Launch again" from this session: its plan is already in the form. */
  again: boolean;
  /** The person asked for it and only the password is missing. */
  asked: boolean;
  busy: boolean;
  onLaunch(): void;
}) {
  const { t } = useTranslation();
  return (
    <div
      className="card last-plan"
      data-testid="last-plan"
      data-disk={plan.disk.kind}
      data-image={plan.image.kind === 'custom' ? plan.image.imageId : ''}
    >
      <div>
        <strong>{again ? t('launch.againTitle', { name: plan.name }) : t('launch.lastPlan')}</strong>
        <div className="small-print" data-testid="last-plan-brings">
          {broughtBack(plan, t)}
        </div>
        {asked && (
          <div className="small-print strong" role="status">
            {t('launch.lastPlanNeeds')}
          </div>
        )}
      </div>
      {!again && (
        <button type="button" data-testid="launch-last" disabled={busy} onClick={onLaunch}>
          {t('launch.launchLast')}
        </button>
      )}
    </div>
  );
}
