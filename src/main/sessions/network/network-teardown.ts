import { msg } from '../../../shared/words/message';
import { isDanlus, requireDanlus, VERBS } from '../reconcile/ownership';
import type { Say, StepScope } from '../step-scope';
import { deleteWhenFree } from './busy-retry';

const MINUTE = 60_000;

/**
 * Deletes the session kit's security groups, then the VPC's vSwitches one at a time, then the
 * VPC, each checked gone. These deletes are asynchronous on the cloud and each may be refused
 * for a while (another task in the VPC, or the released instance's interface not yet let go):
 * each waits until the cloud takes it, and a NetworkBusyError ends it after the budget. Each
 * is read first and deleted only when it carries Danlu's tag; a VPC holding someone else's
 * vSwitch is left, with that said.
 */
export async function deleteNetwork(
  scope: StepScope,
  vpcId: string | undefined,
  groupIds: string[],
  say: Say,
): Promise<void> {
  const region = scope.region;
  const { signal } = scope;
  for (const securityGroupId of groupIds) {
    if (!(await requireDanlus(scope.api, 'securityGroup', region, securityGroupId, VERBS.delete, signal))) continue;
    await deleteWhenFree(scope, 'DeleteSecurityGroup', securityGroupId, () =>
      scope.api.deleteSecurityGroup({ regionId: region, securityGroupId }, { signal }),
    );
  }
  if (vpcId && (await requireDanlus(scope.api, 'vpc', region, vpcId, VERBS.delete, signal))) {
    const vswitches = await scope.api.describeAllVSwitches({ regionId: region, vpcId }, { signal });
    // One at a time: the cloud refuses a vSwitch delete while another of the VPC is being deleted.
    for (const { vSwitchId } of vswitches.filter((v) => isDanlus(v.tags))) {
      await deleteWhenFree(scope, 'DeleteVSwitch', vSwitchId, () =>
        scope.api.deleteVSwitch({ regionId: region, vSwitchId }, { signal }),
      );
      await scope.wait(
        (api) => api.describeAllVSwitches({ regionId: region, vpcId }),
        (list) => !list.some((v) => v.vSwitchId === vSwitchId),
        {
          timeoutMs: 5 * MINUTE,
          intervalMs: 1000,
          what: msg('wait.vSwitchDeleted', { vSwitchId }),
        },
      );
    }
    const foreign = vswitches.filter((v) => !isDanlus(v.tags));
    if (foreign.length > 0) {
      // Someone else's vSwitch in Danlu's VPC: neither it nor the VPC around it is Danlu's to delete.
      say(msg('trust.vpcKeptForeign', { vpcId, vSwitches: foreign.map((v) => v.vSwitchId).join(', ') }));
      return;
    }
    await deleteWhenFree(scope, 'DeleteVpc', vpcId, () => scope.api.deleteVpc({ regionId: region, vpcId }, { signal }));
    await scope.wait(
      (api) => api.describeAllVpcs({ regionId: region, vpcIds: [vpcId] }),
      (list) => list.length === 0,
      { timeoutMs: 5 * MINUTE, intervalMs: 1000, what: msg('wait.vpcDeleted', { vpcId }) },
    );
  }
}
