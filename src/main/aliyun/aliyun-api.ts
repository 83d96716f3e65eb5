import { describeAccountAttributes } from './actions/account';
import {
  attachDisk,
  createDisk,
  deleteDisk,
  describeAllDisks,
  describeDisks,
  detachDisk,
  modifyDiskAttribute,
} from './actions/disks';
import { createImage, deleteImage, describeAllImages, describeImages } from './actions/images';
import {
  deleteInstance,
  modifyInstanceAutoReleaseTime,
  rebootInstance,
  startInstance,
  stopInstance,
} from './actions/instance-lifecycle';
import { describeAllInstanceTypes, describeInstanceTypes } from './actions/instance-types';
import {
  describeAllInstanceStatus,
  describeAllInstances,
  describeInstanceStatus,
  describeInstances,
} from './actions/instances';
import { deleteKeyPairs, describeAllKeyPairs, describeKeyPairs, importKeyPair } from './actions/key-pairs';
import { describePrice } from './actions/price';
import { describeAvailableResource, describeRegions, describeZones } from './actions/regions-zones';
import { runInstances } from './actions/run-instances';
import {
  authorizeSecurityGroup,
  createSecurityGroup,
  deleteSecurityGroup,
  describeAllSecurityGroupPermissions,
  describeAllSecurityGroups,
  describeSecurityGroupAttribute,
  describeSecurityGroups,
  revokeSecurityGroup,
} from './actions/security-groups';
import { createSnapshot, deleteSnapshot, describeAllSnapshots, describeSnapshots } from './actions/snapshots';
import { describeAllSpotPriceHistory, describeSpotAdvice, describeSpotPriceHistory } from './actions/spot-prices';
import { listAllTagResources, listTagResources, tagResources } from './actions/tags';
import {
  createVpc,
  createVSwitch,
  deleteVpc,
  deleteVSwitch,
  describeAllVpcs,
  describeAllVSwitches,
  describeVpcs,
  describeVSwitches,
} from './actions/vpc';
import { CloudCaller, type CloudCallerOptions } from './cloud-caller';

const ACTION_FUNCTIONS = {
  describeRegions,
  describeZones,
  describeAvailableResource,
  describeInstanceTypes,
  describeAllInstanceTypes,
  describeSpotPriceHistory,
  describeAllSpotPriceHistory,
  describeSpotAdvice,
  describePrice,
  describeAccountAttributes,
  createVpc,
  describeVpcs,
  describeAllVpcs,
  deleteVpc,
  createVSwitch,
  describeVSwitches,
  describeAllVSwitches,
  deleteVSwitch,
  createSecurityGroup,
  authorizeSecurityGroup,
  revokeSecurityGroup,
  describeSecurityGroups,
  describeAllSecurityGroups,
  describeSecurityGroupAttribute,
  describeAllSecurityGroupPermissions,
  deleteSecurityGroup,
  importKeyPair,
  describeKeyPairs,
  describeAllKeyPairs,
  deleteKeyPairs,
  runInstances,
  describeInstances,
  describeAllInstances,
  describeInstanceStatus,
  describeAllInstanceStatus,
  startInstance,
  stopInstance,
  rebootInstance,
  deleteInstance,
  modifyInstanceAutoReleaseTime,
  createDisk,
  attachDisk,
  detachDisk,
  describeDisks,
  describeAllDisks,
  modifyDiskAttribute,
  deleteDisk,
  createSnapshot,
  describeSnapshots,
  describeAllSnapshots,
  deleteSnapshot,
  createImage,
  describeImages,
  describeAllImages,
  deleteImage,
  tagResources,
  listTagResources,
  listAllTagResources,
};

type ActionFunctions = typeof ACTION_FUNCTIONS;
type Bound<F> = F extends (caller: CloudCaller, ...args: infer A) => infer R ? (...args: A) => R : never;

/**
 * The typed Alibaba Cloud client: one method per action, each `(input, options?) => Promise<output>`,
 * plus `caller` (the shared limiter/retry/observer machinery) and `close()`.
 */
export type AliyunApi = { readonly [K in keyof ActionFunctions]: Bound<ActionFunctions[K]> } & {
  readonly caller: CloudCaller;
  close(): void;
};

/** Builds the client. Services receive it through their constructors. */
export function createAliyunApi(options: CloudCallerOptions): AliyunApi {
  const caller = new CloudCaller(options);
  const api: Record<string, unknown> = { caller, close: () => caller.close() };
  for (const [name, fn] of Object.entries(ACTION_FUNCTIONS)) {
    api[name] = (...args: unknown[]) => (fn as (c: CloudCaller, ...a: unknown[]) => unknown)(caller, ...args);
  }
  return api as AliyunApi;
}
