import { ACTIONS, type ActionName } from '../aliyun';

/** One statement of an Alibaba Cloud RAM policy (the subset of the grammar Danlu uses). */
export interface RamStatement {
  Effect: 'Allow' | 'Deny';
  Action: string[];
  Resource: string | string[];
  Condition?: Record<string, Record<string, string[]>>;
}

/** A RAM policy document, as pasted into the RAM console ("Version" is always "1"). */
export interface RamPolicy {
  Version: '1';
  Statement: RamStatement[];
}

/** "ecs:RunInstances" etc. for every action the cloud client can call, in its table's order. */
function ramActions(product: 'ecs' | 'vpc'): string[] {
  return Object.entries(ACTIONS)
    .filter(([, spec]) => spec.product === product)
    .map(([action]) => `${product}:${action}`);
}

/**
 * The least-privilege policy for a RAM user that only runs Danlu: exactly the actions its cloud
 * client knows (the ACTIONS table every call goes through), so the two cannot drift apart.
 * Resource stays "*": ecs:RunInstances is also checked against the vSwitch (a vpc resource), and
 * Danlu works in every region (it scans them all for spot prices).
 */
export const ramPolicy: RamPolicy = {
  Version: '1',
  Statement: (['ecs', 'vpc'] as const)
    .map(ramActions)
    .filter((actions) => actions.length > 0)
    .map((actions) => ({ Effect: 'Allow', Action: actions, Resource: '*' })),
};

/** The policy as the text behind the copy button (and in README.md). */
export const ramPolicyJson = JSON.stringify(ramPolicy, null, 2);

/**
 * How the stricter policy grants each action. Reads cannot be limited by tag (list calls never
 * look at one resource's tags); creates must carry Danlu's tag in the request; changes and
 * deletes must find it on the resource; key pairs ignore tag conditions, so their deletion is
 * limited by name instead. TagResources is left out: with it a leaked key could tag anything
 * and then pass every condition (Danlu tags only when it creates).
 */
const STRICT: Record<ActionName, 'read' | 'create' | 'tagged' | 'byName' | 'withheld'> = {
  DescribeRegions: 'read',
  DescribeZones: 'read',
  DescribeAvailableResource: 'read',
  DescribeInstanceTypes: 'read',
  DescribeSpotPriceHistory: 'read',
  DescribeSpotAdvice: 'read',
  DescribePrice: 'read',
  DescribeAccountAttributes: 'read',
  CreateVpc: 'create',
  DescribeVpcs: 'read',
  DeleteVpc: 'tagged',
  CreateVSwitch: 'create',
  DescribeVSwitches: 'read',
  DeleteVSwitch: 'tagged',
  CreateSecurityGroup: 'create',
  AuthorizeSecurityGroup: 'tagged',
  RevokeSecurityGroup: 'tagged',
  DescribeSecurityGroups: 'read',
  DescribeSecurityGroupAttribute: 'read',
  DeleteSecurityGroup: 'tagged',
  ImportKeyPair: 'create',
  DescribeKeyPairs: 'read',
  DeleteKeyPairs: 'byName',
  RunInstances: 'create',
  DescribeInstances: 'read',
  DescribeInstanceStatus: 'read',
  StartInstance: 'tagged',
  StopInstance: 'tagged',
  RebootInstance: 'tagged',
  DeleteInstance: 'tagged',
  ModifyInstanceAutoReleaseTime: 'tagged',
  CreateDisk: 'create',
  AttachDisk: 'tagged',
  DetachDisk: 'tagged',
  DescribeDisks: 'read',
  ModifyDiskAttribute: 'tagged',
  DeleteDisk: 'tagged',
  CreateSnapshot: 'create',
  DescribeSnapshots: 'read',
  DeleteSnapshot: 'tagged',
  CreateImage: 'create',
  DescribeImages: 'read',
  DeleteImage: 'tagged',
  TagResources: 'withheld',
  ListTagResources: 'read',
};

function strictActions(kind: (typeof STRICT)[ActionName]): string[] {
  return (Object.keys(STRICT) as ActionName[])
    .filter((action) => STRICT[action] === kind)
    .map((action) => `${ACTIONS[action].product}:${action}`);
}

const DANLU_TAG = { 'acs:RequestTag/danlu': ['managed'] };

/**
 * The optional stricter policy: the same actions, but whatever changes or deletes something
 * only acts on resources that carry Danlu's tag, and whatever creates must tag its resource.
 * A disk, snapshot or image of the user's own can then not be used (AttachDisk needs the tag).
 */
export const ramPolicyStrict: RamPolicy = {
  Version: '1',
  Statement: [
    { Effect: 'Allow', Action: strictActions('read'), Resource: '*' },
    { Effect: 'Allow', Action: strictActions('create'), Resource: '*', Condition: { StringEquals: DANLU_TAG } },
    {
      Effect: 'Allow',
      Action: strictActions('tagged'),
      Resource: '*',
      Condition: { StringEquals: { 'acs:ResourceTag/danlu': ['managed'] } },
    },
    { Effect: 'Allow', Action: strictActions('byName'), Resource: 'acs:ecs:*:*:keypair/danlu-*' },
  ],
};

export const ramPolicyStrictJson = JSON.stringify(ramPolicyStrict, null, 2);
