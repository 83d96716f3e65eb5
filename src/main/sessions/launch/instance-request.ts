import { hostNameFor } from '../../../shared/cloud-rules';
import type { Plan } from '../../../shared/session';
import { SYSTEM_DISK } from '../../../shared/storage-prices';
import { type RunInstancesInput, sessionTag, withDanluTags } from '../../aliyun';

/** What a launch knows when it asks for its instance. */
export interface InstanceRequestInputs {
  regionId: string;
  sessionId: string;
  sessionName: string;
  plan: Plan;
  zoneId: string;
  instanceType: string;
  vSwitchId: string;
  securityGroupId: string;
  keyPairName: string;
  imageId: string;
  clientToken: string;
  /** The lease: the cloud releases the instance then unless Danlu, running, moves it on. */
  autoReleaseTime?: string;
  /** The system disk's category when the family does not take the default (see disk-categories.ts). */
  systemDiskCategory?: string;
}

/**
 * The RunInstances request of a session: spot with the plan's strategy and limit, the protection
 * hour asked for explicitly, released rather than stopped on a reclaim, a public IP, its lease
 * (AutoReleaseTime), and the session's tags. One builder for the launch and for `npm run smoke:aliyun`'s dry run.
 */
export function spotInstanceRequest(i: InstanceRequestInputs): RunInstancesInput {
  const { plan } = i;
  return {
    regionId: i.regionId,
    zoneId: i.zoneId,
    imageId: i.imageId,
    instanceType: i.instanceType,
    securityGroupId: i.securityGroupId,
    vSwitchId: i.vSwitchId,
    instanceName: `danlu-${i.sessionName}`,
    hostName: hostNameFor(i.sessionName),
    spotStrategy: plan.spot.strategy,
    spotPriceLimit: plan.spot.strategy === 'SpotWithPriceLimit' ? plan.spot.priceLimit : undefined,
    spotDuration: 1,
    spotInterruptionBehavior: 'Terminate',
    systemDisk: { category: i.systemDiskCategory ?? SYSTEM_DISK.category, size: SYSTEM_DISK.sizeGiB },
    internetChargeType: 'PayByTraffic',
    internetMaxBandwidthOut: plan.bandwidthMbps,
    keyPairName: i.keyPairName,
    clientToken: i.clientToken,
    autoReleaseTime: i.autoReleaseTime === undefined ? undefined : new Date(i.autoReleaseTime),
    tags: withDanluTags([sessionTag(i.sessionId), { key: 'danlu:name', value: i.sessionName }]),
  };
}
