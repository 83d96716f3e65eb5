import type { StepView } from '../../../shared/session';
import { type Message, msg } from '../../../shared/words/message';
import { sessionTag } from '../../aliyun';
import { toErrorInfo } from '../../log/error-info';
import { deleteIgnoringMissing, isAbort } from '../cloud-checks';
import { isOpen } from '../journal/billing-timeline';
import type { SessionRecord } from '../journal/session-record';
import { findAskedInstance } from '../launch/instance-steps';
import { again } from '../launch/step-states';
import { removeSessionGroup } from '../network/access-rules';
import { requireDanlusSettled, young } from '../not-yet';
import { VERBS } from '../reconcile/ownership';
import type { StepScope } from '../step-scope';
import { deleteDisk } from './delete-disk';
import { deleteInstance } from './delete-instance';
import { snapshotGone } from './snapshot-billing';
import { cleanupKitOrLeave } from './teardown';

/** Where the user's data is after a rollback: the disk or snapshot that must stay. */
interface LastCopy {
  diskId?: string;
  zoneId?: string;
  snapshotId?: string;
}

/**
 * The copy of the user's data a rollback must leave. A launch with a new disk or from a snapshot
 * risks nothing (a snapshot the plan names is never deleted here). A launch with the user's disk
 * keeps that disk; if it is gone (a move by an older version deleted it), the copy made for the
 * move stays, else the move's snapshot: no rollback deletes the last copy.
 */
async function lastCopy(scope: StepScope): Promise<LastCopy> {
  const record = scope.record;
  if (record.plan.disk.kind !== 'existing') return {};
  const read = async (diskId: string) =>
    (await scope.api.describeDisks({ regionId: scope.region, diskIds: [diskId] }, { signal: scope.signal })).disks[0];
  const source = record.plan.disk.diskId;
  const original = await read(source);
  if (original) return { diskId: source, zoneId: original.zoneId };
  const copyId = record.resources.diskId;
  const copy = copyId && copyId !== source ? await read(copyId) : undefined;
  if (copy) return { diskId: copy.diskId, zoneId: copy.zoneId };
  const snapshotId = record.move?.snapshotId ?? record.resources.snapshotIds?.at(-1);
  return snapshotId ? { snapshotId } : {};
}

/**
 * Undoes a launch that failed or was cancelled: everything tagged with the session (found by
 * tag as well as from the journal, so a create whose answer was lost is found too), except the
 * user's data (see lastCopy) and a disk the user brought. Returns where the data is.
 */
async function rollbackSession(scope: StepScope): Promise<LastCopy> {
  const region = scope.region;
  const { signal } = scope;
  const tag = [sessionTag(scope.sessionId)];
  const record = scope.record;
  const tagged = await scope.api.describeAllInstances({ regionId: region, tags: tag }, { signal });
  const instanceIds = new Set([
    ...tagged.map((i) => i.instanceId),
    ...(record.resources.instanceId ? [record.resources.instanceId] : []),
  ]);
  if (instanceIds.size === 0) {
    // A RunInstances whose answer was lost a moment ago: the cloud may list its instance late.
    const asked = Object.entries(record.tokens).find(
      ([key, token]) => key.startsWith('instance:') && young(scope, token),
    );
    const stray = asked ? await findAskedInstance(scope, asked[1]) : undefined;
    if (stray) instanceIds.add(stray.instanceId);
  }
  for (const id of instanceIds) await deleteInstance(scope, id);

  const keep = await lastCopy(scope);
  const userDisk = record.plan.disk.kind === 'existing' ? record.plan.disk.diskId : undefined;
  const disks = await scope.api.describeAllDisks({ regionId: region, tags: tag }, { signal });
  const owned = new Set(disks.filter((d) => d.type !== 'system').map((d) => d.diskId));
  if (record.resources.diskId && record.diskOwned) owned.add(record.resources.diskId);
  for (const id of owned) if (id !== userDisk && id !== keep.diskId) await deleteDisk(scope, id);
  // Snapshots made only to move a disk between zones are of no use once the launch is undone, unless they are the data.
  for (const snapshotId of scope.record.resources.snapshotIds ?? []) {
    if (snapshotId === keep.snapshotId) continue;
    if (await requireDanlusSettled(scope, 'snapshot', snapshotId, VERBS.delete)) {
      await deleteIgnoringMissing(() =>
        scope.api.deleteSnapshot({ regionId: region, snapshotId, force: true }, { signal }),
      );
    }
    snapshotGone(scope, snapshotId);
  }
  scope.update((s) => {
    s.resources.snapshotIds = keep.snapshotId ? [keep.snapshotId] : [];
    s.move = undefined;
    if (keep.diskId) {
      s.resources.diskId = keep.diskId;
      s.diskZoneId = keep.zoneId;
    }
  });
  await removeSessionGroup(scope);
  return keep;
}

/**
 * True while an instance or a disk of the session may bill: its timeline has an open span, or a
 * RunInstances or CreateDisk was asked for whose resource the journal does not name.
 */
function mayStillBill(record: SessionRecord): boolean {
  const billing = record.billing;
  if (billing && (isOpen(billing.compute) || isOpen(billing.disks))) return true;
  if (record.resources.instanceId) return true;
  return Object.keys(record.tokens).some((key) => key.startsWith('instance:') || key.startsWith('disk:'));
}

/** What the log says once a launch is undone: exactly what of the user's data exists, and where. */
function rolledBack(scope: StepScope, keep: LastCopy): Message {
  const record = scope.record;
  const yours = record.plan.disk.kind === 'existing' && keep.diskId === record.plan.disk.diskId && !record.diskOwned;
  if (keep.diskId) {
    return msg(yours ? 'launch.rolledBackKeptDisk' : 'launch.rolledBackKeptData', {
      diskId: keep.diskId,
      zoneId: keep.zoneId ?? '—',
    });
  }
  if (keep.snapshotId) return msg('launch.rolledBackKeptSnapshot', { snapshotId: keep.snapshotId });
  return msg('launch.rolledBack');
}

/**
 * Undoes a failed or cancelled launch. The session is "releasing" meanwhile (the window and the
 * tray show what still bills), and the undo is journaled, so a restart finishes it. Each delete
 * asks again for as long as its retry table allows; a rollback the cloud still refuses leaves the
 * session releasing, still billed and saying so, to be tried again at the next start or when the
 * user presses Release. Returns how it ended.
 */
export async function undoLaunch(
  scope: StepScope,
  undo: { phase: 'failed' | 'cancelled'; cause?: unknown },
  otherLive: () => number,
): Promise<'done' | 'held' | 'stopped'> {
  if (!scope.record.rollback) {
    const info = undo.phase === 'failed' ? toErrorInfo(undo.cause, scope.deps.log, 'launch') : undefined;
    scope.log(info ? msg('launch.failedRollingBack', { reason: info.text }) : msg('launch.cancelledRollingBack'));
    scope.update((s) => {
      s.rollback = { phase: undo.phase, error: info, startedAt: scope.now() };
      s.phase = 'releasing';
      // The launch's error comes back when the undo ends; meanwhile an error means the undo is held up.
      s.error = undefined;
      settleSteps(s.steps, undo.phase, scope.now());
    });
  }
  try {
    const keep = await again(
      scope,
      async () => {
        const kept = await rollbackSession(scope);
        await cleanupKitOrLeave(scope, otherLive());
        return kept;
      },
      5,
    );
    await scope.deps.hostKeys?.forget(scope.sessionId).catch(() => {});
    scope.log(rolledBack(scope, keep));
    scope.update((s) => {
      s.phase = s.rollback?.phase ?? undo.phase;
      s.error = s.rollback?.error;
      s.endedAt = scope.now();
      s.rollback = undefined;
      s.hostKeyFor = undefined;
    });
    return 'done';
  } catch (error) {
    // A shutdown: the journal says where the undo is; the next start takes it up.
    if (isAbort(error, scope.signal)) return 'stopped';
    scope.deps.log.error('rollback held up', { session: scope.sessionId, error });
    const info = toErrorInfo(error, scope.deps.log, 'rollback');
    if (!mayStillBill(scope.record)) {
      // Nothing that bills was ever made (the launch stopped before any create): it ends failed,
      // and what is free (the network, if any) is listed under Resources.
      scope.update((s) => {
        s.phase = 'failed';
        s.error = info;
        s.endedAt = scope.now();
        s.rollback = undefined;
      });
      return 'done';
    }
    scope.update((s) => {
      s.error = info;
    });
    scope.log(msg('launch.rollbackHeld', { reason: info.text }));
    return 'held';
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
