import type { StepView } from '../../../shared/session';
import { msg } from '../../../shared/words/message';
import { DANLU_TAG_KEY, DANLU_TAG_VALUE, sessionTag } from '../../aliyun';
import { toErrorInfo } from '../../log/error-info';
import { deleteIgnoringMissing } from '../cloud-checks';
import { closeSpans } from '../journal/billing-timeline';
import { removeSessionGroup } from '../network/access-rules';
import { NetworkBusyError } from '../network/busy-retry';
import { deleteNetwork } from '../network/network-teardown';
import { isDanlus, notDanlus, requireDanlus, VERBS } from '../reconcile/ownership';
import type { Say, StepScope } from '../step-scope';

const MINUTE = 60_000;

/**
 * Deletes the session's instance (if any; read first, and only when it carries Danlu's tag),
 * waits until the cloud no longer lists it, and forgets what the app kept for it.
 */
export async function deleteInstance(
  scope: StepScope,
  instanceId: string,
  say: Say = (m) => scope.log(m),
): Promise<void> {
  if (await requireDanlus(scope.api, 'instance', scope.region, instanceId, VERBS.release, scope.signal)) {
    await deleteIgnoringMissing(() =>
      scope.api.deleteInstance(
        { regionId: scope.region, instanceId, force: true, forceStop: true },
        { signal: scope.signal },
      ),
    );
  }
  await scope.wait(
    (api) => api.describeInstances({ regionId: scope.region, instanceIds: [instanceId] }),
    (page) => page.instances.length === 0,
    {
      timeoutMs: 10 * MINUTE,
      intervalMs: 1000,
      what: msg('wait.instanceReleased', { instanceId }),
    },
  );
  scope.update((s) => {
    s.resources.instanceId = undefined;
    s.resources.publicIp = undefined;
  });
  scope.bill((t, at) => {
    closeSpans(t.compute, at);
    closeSpans(t.disks, at, (d) => d.diskId === `system:${instanceId}`);
  });
  // The notebook token of a machine that is gone has nothing left to open.
  await scope.deps.bootstrap
    ?.forget?.(instanceId)
    .catch((error: unknown) => scope.deps.log.warn('could not forget the notebook token', { instanceId, error }));
  say(msg('operation.release.instance', { instanceId }));
}

/** Deletes a data disk of Danlu's once it is detached (read again right before), and checks it is gone. */
export async function deleteDisk(scope: StepScope, diskId: string, say: Say = (m) => scope.log(m)): Promise<void> {
  const ready = await scope.wait(
    (api) => api.describeDisks({ regionId: scope.region, diskIds: [diskId] }).then((p) => p.disks[0] ?? null),
    (disk) => disk === null || (disk.status !== 'Detaching' && disk.status !== 'In_use' && disk.status !== 'Creating'),
    {
      timeoutMs: 10 * MINUTE,
      intervalMs: 1000,
      what: msg('wait.diskDetached', { diskId }),
    },
  );
  if (ready) {
    // That read was right before: the disk is deleted only when it carries Danlu's tag.
    if (!isDanlus(ready.tags)) throw notDanlus('disk', diskId, VERBS.delete);
    await deleteIgnoringMissing(() =>
      scope.api.deleteDisk({ regionId: scope.region, diskId }, { signal: scope.signal }),
    );
  }
  await scope.wait(
    (api) => api.describeDisks({ regionId: scope.region, diskIds: [diskId] }),
    (page) => page.disks.length === 0,
    {
      timeoutMs: 5 * MINUTE,
      intervalMs: 1000,
      what: msg('wait.diskDeleted', { diskId }),
    },
  );
  scope.update((s) => {
    if (s.resources.diskId === diskId) s.resources.diskId = undefined;
  });
  scope.bill((t, at) => closeSpans(t.disks, at, (d) => d.diskId === diskId));
  say(msg('operation.disk.deleted', { diskId }));
}

/**
 * Undoes a launch that failed or was cancelled: everything tagged with the session (found by
 * tag as well as from the journal, so a create whose answer was lost is found too), except a
 * disk the user brought.
 */
async function rollbackSession(scope: StepScope): Promise<void> {
  const region = scope.region;
  const tag = [sessionTag(scope.sessionId)];
  const record = scope.record;
  const instances = await scope.api.describeAllInstances({ regionId: region, tags: tag }, { signal: scope.signal });
  const instanceIds = new Set([
    ...instances.map((i) => i.instanceId),
    ...(record.resources.instanceId ? [record.resources.instanceId] : []),
  ]);
  for (const id of instanceIds) await deleteInstance(scope, id);
  const disks = await scope.api.describeAllDisks({ regionId: region, tags: tag }, { signal: scope.signal });
  const userDisk = record.plan.disk.kind === 'existing' ? record.plan.disk.diskId : undefined;
  const owned = new Set(disks.map((d) => d.diskId));
  if (record.resources.diskId && record.diskOwned) owned.add(record.resources.diskId);
  for (const id of owned) if (id !== userDisk) await deleteDisk(scope, id);
  // Snapshots made only to move a disk between zones are of no use once the launch is undone.
  for (const snapshotId of record.resources.snapshotIds ?? []) {
    if (await requireDanlus(scope.api, 'snapshot', region, snapshotId, VERBS.delete, scope.signal)) {
      await deleteIgnoringMissing(() =>
        scope.api.deleteSnapshot({ regionId: region, snapshotId, force: true }, { signal: scope.signal }),
      );
    }
    snapshotGone(scope, snapshotId);
  }
  scope.update((s) => {
    s.resources.snapshotIds = [];
  });
  await removeSessionGroup(scope);
}

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

/** Deletes this session name's older snapshots beyond `keep`, newest kept. */
export async function pruneSnapshots(
  scope: StepScope,
  keep: number,
  say: Say = (m) => scope.log(m),
): Promise<string[]> {
  const snapshots = await scope.api.describeAllSnapshots(
    {
      regionId: scope.region,
      tags: [
        { key: DANLU_TAG_KEY, value: DANLU_TAG_VALUE },
        { key: 'danlu:name', value: scope.record.name },
      ],
    },
    { signal: scope.signal },
  );
  const old = snapshots
    .filter((s) => s.status === 'accomplished' && isDanlus(s.tags))
    .sort((a, b) => (b.creationTime ?? '').localeCompare(a.creationTime ?? ''))
    .slice(keep);
  for (const snap of old) {
    await deleteIgnoringMissing(() =>
      scope.api.deleteSnapshot(
        { regionId: scope.region, snapshotId: snap.snapshotId, force: true },
        { signal: scope.signal },
      ),
    );
    snapshotGone(scope, snap.snapshotId);
  }
  say(
    old.length > 0 ? msg('operation.snapshots.pruned', { count: old.length }) : msg('operation.snapshots.noneToPrune'),
  );
  return old.map((s) => s.snapshotId);
}

/** A deleted snapshot stops billing in whichever session's timeline holds it. */
function snapshotGone(scope: StepScope, snapshotId: string): void {
  const at = scope.now();
  for (const record of scope.deps.journal.list()) {
    if (!record.billing?.snapshots.some((s) => s.snapshotId === snapshotId && !s.to)) continue;
    scope.deps.journal.update(record.id, (s) => {
      if (s.billing) closeSpans(s.billing.snapshots, at, (x) => x.snapshotId === snapshotId);
    });
  }
}

/**
 * Undoes a failed or cancelled launch, trying a few times (leaving things behind costs the user
 * money); a rollback that still fails leaves the session failed with that error.
 */
export async function undoLaunch(
  scope: StepScope,
  phase: 'failed' | 'cancelled',
  cause: unknown,
  otherLive: number,
): Promise<void> {
  const info = phase === 'failed' ? toErrorInfo(cause, scope.deps.log, 'launch') : undefined;
  scope.log(info ? msg('launch.failedRollingBack', { reason: info.text }) : msg('launch.cancelledRollingBack'));
  try {
    for (let attempt = 1; ; attempt++) {
      try {
        await rollbackSession(scope);
        await cleanupKitOrLeave(scope, otherLive);
        break;
      } catch (error) {
        if (attempt >= 3) throw error;
        scope.log(msg('launch.rollbackRetry', { attempt }));
        await scope.deps.clock.sleep(5000 * attempt);
      }
    }
    const userDisk = scope.record.plan.disk.kind === 'existing' ? scope.record.plan.disk.diskId : undefined;
    scope.log(userDisk ? msg('launch.rolledBackKeptDisk', { diskId: userDisk }) : msg('launch.rolledBack'));
    scope.update((s) => {
      s.phase = phase;
      s.error = info;
      s.endedAt = scope.now();
      settleSteps(s.steps, phase, s.endedAt);
    });
  } catch (error) {
    scope.deps.log.error('rollback failed', { session: scope.sessionId, error });
    scope.update((s) => {
      s.phase = 'failed';
      s.error = toErrorInfo(error, scope.deps.log, 'rollback');
      s.endedAt = scope.now();
      settleSteps(s.steps, 'failed', s.endedAt);
    });
  }
}

/**
 * After a launch ended early no step is left spinning: a cancelled launch marks the step it was
 * in (and one that failed because of the cancel) as cancelled, a failed one marks it failed.
 */
function settleSteps(steps: StepView[], phase: 'failed' | 'cancelled', at: string): void {
  for (const step of steps) {
    if (step.state === 'running' || (phase === 'cancelled' && step.state === 'failed')) {
      step.state = phase === 'cancelled' ? 'cancelled' : 'failed';
      step.endedAt = at;
    }
  }
}
