import type { AliyunApi } from '../aliyun';

/** The part of the cloud client the session lifecycle uses. */
export type SessionCloudApi = Pick<
  AliyunApi,
  | 'describeRegions'
  | 'describeAccountAttributes'
  | 'describeAvailableResource'
  | 'describeInstanceTypes'
  | 'describeSpotPriceHistory'
  | 'describeImages'
  | 'describeAllVpcs'
  | 'createVpc'
  | 'deleteVpc'
  | 'describeAllVSwitches'
  | 'createVSwitch'
  | 'deleteVSwitch'
  | 'describeAllSecurityGroups'
  | 'createSecurityGroup'
  | 'authorizeSecurityGroup'
  | 'revokeSecurityGroup'
  | 'describeAllSecurityGroupPermissions'
  | 'deleteSecurityGroup'
  | 'describeAllKeyPairs'
  | 'importKeyPair'
  | 'deleteKeyPairs'
  | 'createDisk'
  | 'attachDisk'
  | 'detachDisk'
  | 'describeDisks'
  | 'describeAllDisks'
  | 'modifyDiskAttribute'
  | 'deleteDisk'
  | 'runInstances'
  | 'describeInstances'
  | 'describeAllInstances'
  | 'startInstance'
  | 'stopInstance'
  | 'deleteInstance'
  | 'createSnapshot'
  | 'describeSnapshots'
  | 'describeAllSnapshots'
  | 'deleteSnapshot'
  | 'createImage'
  | 'describeAllImages'
  | 'deleteImage'
>;

/** Calls made through a counted api, split into work and waiting (polls). */
export interface CallCount {
  work: number;
  polls: number;
}

/**
 * Wraps the api so every call is counted as work or as a poll (the calls that only wait for
 * the cloud), to report "calls per launch" honestly.
 */
export function countedApi(api: SessionCloudApi, count: CallCount, kind: keyof CallCount): SessionCloudApi {
  return new Proxy(api, {
    get(target, property, receiver) {
      const value = Reflect.get(target, property, receiver) as unknown;
      if (typeof value !== 'function') return value;
      return (...args: unknown[]) => {
        count[kind]++;
        return (value as (...a: unknown[]) => unknown).apply(target, args);
      };
    },
  });
}
