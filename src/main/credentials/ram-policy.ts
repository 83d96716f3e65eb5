import { type CloudAction, cloudActions } from './cloud-actions';

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

/** One statement per product, actions in the order of the list (reads, network, compute). */
function statements(actions: readonly CloudAction[]): RamStatement[] {
  return (['ecs', 'vpc'] as const)
    .map((product) => actions.filter((a) => a.product === product).map((a) => `${product}:${a.action}`))
    .filter((names) => names.length > 0)
    .map((names) => ({ Effect: 'Allow', Action: names, Resource: '*' }));
}

/**
 * The least-privilege policy for a RAM user that only runs Danlu: exactly the actions it calls.
 * Resource stays "*": ecs:RunInstances is also checked against the vSwitch (a vpc resource), and
 * Danlu works in every region (it scans them all for spot prices).
 */
export const ramPolicy: RamPolicy = {
  Version: '1',
  Statement: statements(cloudActions),
};

/** The policy as the text behind the copy button (and in README.md). */
export const ramPolicyJson = JSON.stringify(ramPolicy, null, 2);
