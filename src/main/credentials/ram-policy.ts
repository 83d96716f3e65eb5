import { ACTIONS } from '../aliyun/action-specs';

/** One statement of an Alibaba Cloud RAM policy (the subset of the grammar Danlu uses). */
export interface RamStatement {
  Effect: 'Allow' | 'Deny';
  Action: string[];
  Resource: string | string[];
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
