import { msg } from '../../../shared/words/message';
import { DANLU_TAG_KEY, DANLU_TAG_VALUE } from '../../aliyun';
import { deleteIgnoringMissing } from '../cloud-checks';
import { NetworkBusyError } from '../network/busy-retry';
import { deleteNetwork } from '../network/network-teardown';
import { requireDanlus, VERBS } from '../reconcile/ownership';
import type { Say, StepScope } from '../step-scope';

/**
 * Deletes Danlu's network kit in the region (security group, vSwitches, VPC, key pair) when no
 * other live session uses it, so releasing the last session leaves nothing behind.
 */
async function cleanupKit(scope: StepScope, otherLiveSessions: number, say: Say = (m) => scope.log(m)): Promise<void> {
  if (otherLiveSessions > 0) {
    say(msg('operation.network.kept', { count: otherLiveSessions, regionId: scope.region }));
    return;
  }
  const region = scope.region;
  const { signal } = scope;
  const managed = [{ key: DANLU_TAG_KEY, value: DANLU_TAG_VALUE }];
  // A create whose answer was lost leaves no id in the journal: find the kit by its tag then.
  const vpcId =
    scope.record.resources.vpcId ??
    (await scope.api.describeAllVpcs({ regionId: region, tags: managed }, { signal }))[0]?.vpcId;
  const groupIds = scope.record.resources.securityGroupId
    ? [scope.record.resources.securityGroupId]
    : vpcId
      ? (await scope.api.describeAllSecurityGroups({ regionId: region, vpcId, tags: managed }, { signal })).map(
          (g) => g.securityGroupId,
        )
      : [];
  const keyPairName = scope.record.resources.keyPairName ?? scope.deps.localKey().keyPairName;
  let busy: NetworkBusyError | undefined;
  try {
    await deleteNetwork(scope, vpcId, groupIds, say);
  } catch (error) {
    if (!(error instanceof NetworkBusyError)) throw error;
    busy = error;
  }
  if (keyPairName && (await requireDanlus(scope.api, 'keyPair', region, keyPairName, VERBS.delete, signal))) {
    await deleteIgnoringMissing(() =>
      scope.api.deleteKeyPairs({ regionId: region, keyPairNames: [keyPairName] }, { signal }),
    );
  }
  scope.update((s) => {
    s.resources.keyPairName = undefined;
    if (busy) return;
    s.resources.securityGroupId = undefined;
    s.resources.vswitchId = undefined;
    s.resources.vpcId = undefined;
  });
  if (busy) throw busy;
  say(msg('operation.network.removed', { regionId: region }));
}

/**
 * cleanupKit, but a network the cloud kept refusing to delete is left (it costs nothing, and
 * Resources lists it) with a message saying so, instead of failing what it was part of.
 */
export async function cleanupKitOrLeave(
  scope: StepScope,
  otherLiveSessions: number,
  say: Say = (m) => scope.log(m),
): Promise<'removed' | 'left'> {
  try {
    await cleanupKit(scope, otherLiveSessions, say);
    return 'removed';
  } catch (error) {
    if (!(error instanceof NetworkBusyError)) throw error;
    say(msg('operation.network.leftBusy', { regionId: scope.region, reason: error.text }));
    scope.update((s) => {
      s.resources.securityGroupId = undefined;
      s.resources.vswitchId = undefined;
      s.resources.vpcId = undefined;
    });
    return 'left';
  }
}
