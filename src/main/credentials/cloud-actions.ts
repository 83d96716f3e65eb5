/** A cloud API action Danlu calls, by product (the RAM action is "<product>:<action>"). */
export interface CloudAction {
  product: 'ecs' | 'vpc';
  action: string;
}

const ecs = (...actions: string[]): CloudAction[] => actions.map((action) => ({ product: 'ecs', action }));
const vpc = (...actions: string[]): CloudAction[] => actions.map((action) => ({ product: 'vpc', action }));

/**
 * Every ECS and VPC action Danlu calls, grouped by what it is for. The RAM policy is built from
 * this list, and its test checks the two agree: a new call goes here first.
 */
export const cloudActionGroups = {
  /** Reads only: prices, stock, quotas, and finding Danlu's own resources again. */
  read: [
    ...ecs(
      'DescribeRegions',
      'DescribeZones',
      'DescribeAvailableResource',
      'DescribeInstanceTypes',
      'DescribeSpotPriceHistory',
      'DescribeSpotAdvice',
      'DescribePrice',
      'DescribeAccountAttributes',
      'DescribeSecurityGroups',
      'DescribeSecurityGroupAttribute',
      'DescribeKeyPairs',
      'DescribeInstances',
      'DescribeInstanceStatus',
      'DescribeDisks',
      'DescribeSnapshots',
      'DescribeImages',
      'ListTagResources',
    ),
    ...vpc('DescribeVpcs', 'DescribeVSwitches'),
  ],
  /** The private network, its security group and the rules for SSH and the notebook. */
  network: [
    ...vpc('CreateVpc', 'DeleteVpc', 'CreateVSwitch', 'DeleteVSwitch'),
    ...ecs('CreateSecurityGroup', 'AuthorizeSecurityGroup', 'RevokeSecurityGroup', 'DeleteSecurityGroup'),
  ],
  /** The instance, its key pair, the data disk that outlives it, snapshots, images and tags. */
  compute: ecs(
    'ImportKeyPair',
    'CreateKeyPair',
    'DeleteKeyPairs',
    'RunInstances',
    'StartInstance',
    'StopInstance',
    'RebootInstance',
    'DeleteInstance',
    'ModifyInstanceAutoReleaseTime',
    'CreateDisk',
    'AttachDisk',
    'DetachDisk',
    'ModifyDiskAttribute',
    'DeleteDisk',
    'CreateSnapshot',
    'DeleteSnapshot',
    'CreateImage',
    'DeleteImage',
    'TagResources',
  ),
} satisfies Record<string, CloudAction[]>;

/** The same actions as one flat list. */
export const cloudActions: readonly CloudAction[] = Object.values(cloudActionGroups).flat();
