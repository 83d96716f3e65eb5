import { type Plan, planSchema } from '../../shared/session';
import { type AliyunApi, expectDryRunPass, newClientToken } from '../aliyun';
import { CATEGORY_ORDER, refusedCategory, spotInstanceRequest } from '../sessions';

/** Where a dry-run launch goes, and with what. */
export interface DryLaunch {
  regionId: string;
  zoneId: string;
  instanceType: string;
  vSwitchId: string;
  securityGroupId: string;
  keyPairName?: string;
  imageId: string;
  spot: Plan['spot'];
  userData?: string;
}

/**
 * Dry-runs a RunInstances as a launch sends it, trying system disk categories in the order a
 * launch does: a GPU family that refuses one (gn5 takes no ESSD) is not a failed check. Answers
 * the category the cloud accepted.
 */
export async function dryRunLaunch(api: AliyunApi, launch: DryLaunch): Promise<string> {
  const { regionId, zoneId, instanceType } = launch;
  const plan = planSchema.parse({
    name: 'smoke',
    regionId,
    zoneId,
    instanceTypes: [instanceType],
    spot: launch.spot,
    disk: { kind: 'new', sizeGiB: 40 },
    image: { kind: 'ubuntu', version: '22.04' },
  });
  for (const systemDiskCategory of CATEGORY_ORDER) {
    try {
      await expectDryRunPass(
        api.runInstances({
          ...spotInstanceRequest({
            ...launch,
            sessionId: 'ses-smoke',
            sessionName: 'smoke',
            plan,
            keyPairName: launch.keyPairName ?? '',
            clientToken: newClientToken(),
            systemDiskCategory,
          }),
          keyPairName: launch.keyPairName,
          userData: launch.userData === undefined ? undefined : { text: launch.userData },
          dryRun: true,
        }),
      );
      return systemDiskCategory;
    } catch (error) {
      if (refusedCategory(error) !== 'system' || systemDiskCategory === CATEGORY_ORDER.at(-1)) throw error;
    }
  }
  throw new Error('no system disk category to try');
}
