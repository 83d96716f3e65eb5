import { deleteWhenFree } from './busy-retry';
import type { StepScope } from './step-scope';

const MINUTE = 60_000;

/**
 * Deletes the session kit's security groups, then the VPC's vSwitches one at a time, then the
 * VPC, each checked gone. These deletes are asynchronous on the cloud and each may be refused
 * for a while (another task in the VPC, or the released instance's interface not yet let go):
 * each waits until the cloud takes it, and a NetworkBusyError ends it after the budget.
 */
export async function deleteNetwork(scope: StepScope, vpcId: string | undefined, groupIds: string[]): Promise<void> {
  const region = scope.region;
  const { signal } = scope;
  for (const securityGroupId of groupIds) {
    await deleteWhenFree(scope, securityGroupId, () =>
      scope.api.deleteSecurityGroup({ regionId: region, securityGroupId }, { signal }),
    );
  }
  if (vpcId) {
    const vswitches = await scope.api.describeAllVSwitches({ regionId: region, vpcId }, { signal });
    // One at a time: the cloud refuses a vSwitch delete while another of the VPC is being deleted.
    for (const { vSwitchId } of vswitches) {
      await deleteWhenFree(scope, vSwitchId, () =>
        scope.api.deleteVSwitch({ regionId: region, vSwitchId }, { signal }),
      );
      await scope.wait(
        (api) => api.describeAllVSwitches({ regionId: region, vpcId }),
        (list) => !list.some((v) => v.vSwitchId === vSwitchId),
        {
          timeoutMs: 5 * MINUTE,
          intervalMs: 1000,
          what: { en: `vSwitch ${vSwitchId} to be deleted`, zh: `交换机 ${vSwitchId} 删除` },
        },
      );
    }
    await deleteWhenFree(scope, vpcId, () => scope.api.deleteVpc({ regionId: region, vpcId }, { signal }));
    await scope.wait(
      (api) => api.describeAllVpcs({ regionId: region, vpcIds: [vpcId] }),
      (list) => list.length === 0,
      { timeoutMs: 5 * MINUTE, intervalMs: 1000, what: { en: `VPC ${vpcId} to be deleted`, zh: `VPC ${vpcId} 删除` } },
    );
  }
}
