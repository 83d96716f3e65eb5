import { AppError } from '../../../shared/errors';
import type { Plan } from '../../../shared/session';
import { SYSTEM_DISK } from '../../../shared/storage-prices';
import { msg } from '../../../shared/words/message';
import { clientTokenFor, expectDryRunPass, sessionTag } from '../../aliyun';
import { hostKeyUserData, makeHostKey } from '../../bootstrap/host-key';
import { type BillingTimeline, closeSpans } from '../journal/billing-timeline';
import { sessionTags, snapshotDisk, waitDiskStatus } from '../operations/snapshot-disk';
import { isDanlus, notDanlus, requireDanlus, VERBS } from '../reconcile/ownership';
import type { StepScope } from '../step-scope';
import { requireUsable } from './brought-resources';
import { spotInstanceRequest } from './instance-request';
import type { Candidate } from './preflight';

const MINUTE = 60_000;

/** Ids of the user's own resources this session was told it may use. */
const confirmed = (scope: StepScope) => scope.record.confirmedForeign ?? [];

async function describeDisk(scope: StepScope, diskId: string) {
  const page = await scope.pollApi.describeDisks(
    { regionId: scope.region, diskIds: [diskId] },
    { signal: scope.signal },
  );
  return page.disks[0];
}

/**
 * The data disk in the attempt's zone: a new disk, the user's disk, or one made from a snapshot.
 * A disk in another zone follows the attempt: a recreatable one is deleted and made again, one
 * holding data is moved through a snapshot (the user's own original is never deleted).
 */
export async function ensureDisk(scope: StepScope, plan: Plan, zoneId: string): Promise<string> {
  const current = scope.record.resources.diskId;
  let sourceSnapshot: string | undefined = plan.disk.kind === 'snapshot' ? plan.disk.snapshotId : undefined;
  if (current) {
    const disk = await describeDisk(scope, current);
    if (disk && disk.zoneId === zoneId) {
      if (disk.status === 'Creating') await waitDiskStatus(scope, current, 'Available');
      else if (disk.status !== 'Available' && disk.status !== 'In_use') {
        throw new AppError(msg('launch.diskBusy', { diskId: current, status: disk.status }));
      }
      scope.detail('disk', msg('launch.disk.inZone', { diskId: current, zoneId }));
      return current;
    }
    if (disk && !scope.record.diskRecreatable) {
      scope.detail('disk', msg('launch.disk.moving', { diskId: current, from: disk.zoneId, to: zoneId }));
      sourceSnapshot = await snapshotDisk(scope, current, `move-snapshot:${current}`);
    }
    if (disk && scope.record.diskOwned) {
      if (await requireDanlus(scope.api, 'disk', scope.region, current, VERBS.delete, scope.signal)) {
        await scope.api.deleteDisk({ regionId: scope.region, diskId: current }, { signal: scope.signal });
        scope.bill((t, at) => closeSpans(t.disks, at, (d) => d.diskId === current));
      }
    }
    scope.update((s) => {
      s.resources.diskId = undefined;
    });
  } else if (plan.disk.kind === 'existing') {
    const disk = await describeDisk(scope, plan.disk.diskId);
    if (!disk) {
      throw new AppError(msg('launch.diskNotFound', { diskId: plan.disk.diskId, regionId: scope.region }));
    }
    // Read just now: the user's own disk only with their confirmation.
    const danlus = isDanlus(disk.tags);
    if (!danlus && !confirmed(scope).includes(disk.diskId)) throw notDanlus('disk', disk.diskId, VERBS.attach);
    scope.update((s) => {
      s.resources.diskId = disk.diskId;
      // A disk Danlu made (kept from an earlier session) may be deleted at release if asked; never the user's own.
      s.diskOwned = danlus;
      s.diskRecreatable = false;
    });
    adoptDiskBilling(scope, disk);
    return ensureDisk(scope, plan, zoneId);
  } else if (plan.disk.kind === 'snapshot' && sourceSnapshot === plan.disk.snapshotId) {
    await requireUsable(scope.api, 'snapshot', scope.region, sourceSnapshot, confirmed(scope), scope.signal);
  }

  const size = plan.disk.kind === 'new' ? plan.disk.sizeGiB : undefined;
  const clientToken = scope.token(`disk:${zoneId}:${scope.record.attemptIndex}`, () =>
    clientTokenFor(scope.sessionId, 'disk', zoneId, String(scope.record.attemptIndex)),
  );
  const { diskId } = await scope.api.createDisk(
    {
      regionId: scope.region,
      zoneId,
      diskCategory: plan.disk.kind === 'new' ? plan.disk.category : 'cloud_essd',
      size,
      snapshotId: sourceSnapshot,
      diskName: `danlu-${scope.record.name}`,
      description: 'Danlu work disk (/mnt/ml)',
      clientToken,
      tags: sessionTags(scope),
    },
    { signal: scope.signal },
  );
  scope.update((s) => {
    s.resources.diskId = diskId;
    s.diskOwned = true;
    s.diskRecreatable =
      plan.disk.kind !== 'existing' && (plan.disk.kind === 'new' || sourceSnapshot === plan.disk.snapshotId);
    // Only a disk made empty here may ever be formatted on the instance.
    s.diskBlank = sourceSnapshot === undefined;
  });
  scope.detail(
    'disk',
    sourceSnapshot
      ? msg('launch.disk.createdFromSnapshot', { diskId, zoneId, snapshotId: sourceSnapshot })
      : msg('launch.disk.created', { diskId, zoneId }),
  );
  const ready = await waitDiskStatus(scope, diskId, 'Available');
  scope.bill((t, at) => {
    if (t.disks.some((d) => d.diskId === diskId)) return;
    const from = ready?.creationTime ?? at;
    t.disks.push({
      diskId,
      sizeGiB: ready?.size ?? size ?? 0,
      category: ready?.category ?? 'cloud_essd',
      performanceLevel: ready?.performanceLevel ?? 'PL1',
      from,
    });
  });
  return diskId;
}

/**
 * A disk kept from an earlier session bills in that session's timeline; from now on it bills in
 * this one, so each session shows what it costs and the two never count the same hour twice.
 */
function adoptDiskBilling(
  scope: StepScope,
  disk: { diskId: string; size: number; category: string; performanceLevel?: string },
): void {
  const at = scope.now();
  let found: BillingTimeline['disks'][number] | undefined;
  for (const other of scope.deps.journal.list()) {
    if (other.id === scope.sessionId) continue;
    const span = other.billing?.disks.find((d) => d.diskId === disk.diskId && !d.to);
    if (!span) continue;
    found = span;
    scope.deps.journal.update(other.id, (s) => {
      if (s.billing) closeSpans(s.billing.disks, at, (d) => d.diskId === disk.diskId);
    });
  }
  scope.bill((t) => {
    if (t.disks.some((d) => d.diskId === disk.diskId && !d.to)) return;
    t.disks.push({
      diskId: disk.diskId,
      sizeGiB: found?.sizeGiB ?? disk.size,
      category: found?.category ?? disk.category,
      performanceLevel: found?.performanceLevel ?? disk.performanceLevel ?? 'PL1',
      from: at,
    });
  });
}

export interface InstanceInputs {
  candidate: Candidate;
  vSwitchId: string;
  securityGroupId: string;
  keyPairName: string;
  imageId: string;
}

function runRequest(scope: StepScope, plan: Plan, inputs: InstanceInputs, clientToken: string) {
  return spotInstanceRequest({
    regionId: scope.region,
    sessionId: scope.sessionId,
    sessionName: scope.record.name,
    plan,
    zoneId: inputs.candidate.zoneId,
    instanceType: inputs.candidate.instanceType,
    vSwitchId: inputs.vSwitchId,
    securityGroupId: inputs.securityGroupId,
    keyPairName: inputs.keyPairName,
    imageId: inputs.imageId,
    clientToken,
  });
}

/**
 * Asks the cloud, without buying, whether this instance could be bought now — balance, quota,
 * stock and price limit — before a data disk is made for it in that zone.
 */
export async function checkBuyable(scope: StepScope, plan: Plan, inputs: InstanceInputs): Promise<void> {
  if (scope.record.resources.instanceId) return;
  const token = clientTokenFor(scope.sessionId, 'dry-run', inputs.candidate.zoneId, inputs.candidate.instanceType);
  await expectDryRunPass(
    scope.api.runInstances({ ...runRequest(scope, plan, inputs, token), dryRun: true }, { signal: scope.signal }),
  );
}

/**
 * RunInstances with the spot strategy, the protection hour asked for explicitly, a public IP,
 * the session's tags, and an SSH host key made here and handed over in UserData: its fingerprint
 * is journaled before the call, so the first connection already knows which key to expect. The
 * private half is never stored; an instance a crash left unrecorded is found by the session's tag.
 */
export async function ensureInstance(scope: StepScope, plan: Plan, inputs: InstanceInputs): Promise<string> {
  const { candidate } = inputs;
  const { signal } = scope;
  const existing = scope.record.resources.instanceId;
  if (existing) {
    const page = await scope.api.describeInstances({ regionId: scope.region, instanceIds: [existing] }, { signal });
    if (page.instances.length > 0) return existing;
  }
  const key = `instance:${candidate.zoneId}:${candidate.instanceType}:${scope.record.attemptIndex}`;
  if (scope.record.tokens[key]) {
    // A RunInstances whose answer a crash lost: the instance carries the session's tag.
    const stray = (
      await scope.api.describeAllInstances({ regionId: scope.region, tags: [sessionTag(scope.sessionId)] }, { signal })
    ).find((i) => i.zoneId === candidate.zoneId && i.instanceType === candidate.instanceType);
    if (stray) {
      scope.update((s) => {
        s.resources.instanceId = stray.instanceId;
      });
      return stray.instanceId;
    }
  }
  const hostKey = makeHostKey();
  // One ClientToken per host key: a retry of this very call repeats both; a new key is a new request.
  const clientToken = clientTokenFor(scope.sessionId, key, hostKey.sha256);
  scope.update((s) => {
    s.tokens[key] = clientToken;
    s.hostKeySha256 = hostKey.sha256;
    s.hostPublicKey = hostKey.publicKey;
  });
  const result = await scope.api.runInstances(
    { ...runRequest(scope, plan, inputs, clientToken), userData: { text: hostKeyUserData(hostKey) } },
    { signal },
  );
  const instanceId = result.instanceIds[0];
  if (!instanceId) throw new Error('RunInstances returned no instance id');
  scope.update((s) => {
    s.resources.instanceId = instanceId;
  });
  scope.bill((t, at) => {
    if (t.compute.some((c) => !c.to)) return;
    t.compute.push({
      regionId: scope.region,
      zoneId: candidate.zoneId,
      instanceType: candidate.instanceType,
      from: at,
    });
    t.disks.push({ diskId: `system:${instanceId}`, ...SYSTEM_DISK, from: at });
  });
  scope.detail(
    'instance',
    msg('launch.instance.createdPinned', {
      instanceId,
      instanceType: candidate.instanceType,
      zoneId: candidate.zoneId,
      sha256: hostKey.sha256,
    }),
  );
  return instanceId;
}

/** Waits for Running with a public IP; an instance the cloud removed (stock ran out after acceptance) is a failover. */
export async function waitRunning(scope: StepScope, instanceId: string): Promise<string> {
  const instance = await scope.wait(
    (api) =>
      api.describeInstances({ regionId: scope.region, instanceIds: [instanceId] }).then((p) => p.instances[0] ?? null),
    (found) => {
      if (!found) {
        throw new AppError(msg('launch.instanceVanished', { instanceId }));
      }
      if (!isDanlus(found.tags)) throw notDanlus('instance', instanceId, VERBS.attach);
      return found.status === 'Running' && found.publicIpAddresses.length > 0;
    },
    {
      timeoutMs: scope.deps.timeouts?.running ?? 15 * MINUTE,
      intervalMs: 2000,
      maxIntervalMs: 10_000,
      what: msg('wait.instanceRunning', { instanceId }),
    },
  );
  const ip = instance?.publicIpAddresses[0] as string;
  scope.update((s) => {
    s.resources.publicIp = ip;
  });
  scope.detail('running', msg('launch.instance.running', { ip }));
  return ip;
}

/**
 * Attaches the data disk (kept when the instance goes). The disk is read right before: it must be
 * Danlu's or one the user confirmed; the instance was read with its tags while waiting for it.
 */
export async function ensureAttached(scope: StepScope, instanceId: string, diskId: string): Promise<void> {
  const disk = await describeDisk(scope, diskId);
  if (!disk) throw new AppError(msg('launch.diskGone', { diskId }));
  if (!isDanlus(disk.tags) && !confirmed(scope).includes(diskId)) throw notDanlus('disk', diskId, VERBS.attach);
  if (disk?.status === 'In_use' && disk.instanceId === instanceId) return;
  if (disk?.status !== 'Attaching') {
    await scope.api.attachDisk(
      { regionId: scope.region, instanceId, diskId, deleteWithInstance: false },
      { signal: scope.signal },
    );
  }
  await waitDiskStatus(scope, diskId, 'In_use');
  scope.update((s) => {
    s.diskRecreatable = false;
  });
  scope.detail('attachDisk', msg('launch.disk.attached', { diskId }));
}
