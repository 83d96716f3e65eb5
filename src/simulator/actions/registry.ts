import type { ActionSpec, Product } from '../api/action';
import { keyPairActions } from './access/key-pairs';
import { securityGroupActions } from './access/security-groups';
import { accountActions } from './discovery/account-attributes';
import { availableResourceActions } from './discovery/available-resource';
import { callerIdentityActions } from './discovery/caller-identity';
import { instanceTypeActions } from './discovery/instance-types';
import { regionZoneActions } from './discovery/regions-zones';
import { describeInstanceActions } from './instances/describe-instances';
import { powerActions } from './instances/power-actions';
import { releaseActions } from './instances/release-actions';
import { runInstancesActions } from './instances/run-instances';
import { vpcActions } from './network/vpcs';
import { vSwitchActions } from './network/vswitches';
import { priceActions } from './pricing/describe-price';
import { spotHistoryActions } from './pricing/spot-history';
import { describeDiskActions } from './storage/describe-disks';
import { diskActions } from './storage/disk-actions';
import { imageActions } from './storage/image-actions';
import { snapshotActions } from './storage/snapshot-actions';
import { tagActions } from './tags/tag-actions';

const ALL: ActionSpec[] = [
  ...regionZoneActions,
  ...availableResourceActions,
  ...instanceTypeActions,
  ...accountActions,
  ...callerIdentityActions,
  ...spotHistoryActions,
  ...priceActions,
  ...vpcActions,
  ...vSwitchActions,
  ...securityGroupActions,
  ...keyPairActions,
  ...runInstancesActions,
  ...describeInstanceActions,
  ...powerActions,
  ...releaseActions,
  ...diskActions,
  ...describeDiskActions,
  ...snapshotActions,
  ...imageActions,
  ...tagActions,
];

const BY_KEY = new Map(ALL.map((spec) => [`${spec.product}:${spec.name}`, spec]));

/** The action of a product, or undefined when the API has no such action. */
export function findAction(product: Product, name: string): ActionSpec | undefined {
  return BY_KEY.get(`${product}:${name}`);
}

/** Every simulated action, by product. */
export function listActions(): Array<{ product: Product; name: string }> {
  return ALL.map(({ product, name }) => ({ product, name }));
}
