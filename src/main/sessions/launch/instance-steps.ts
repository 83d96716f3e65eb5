import { AppError } from '../../../shared/errors';
import type { Plan } from '../../../shared/session';
import { SYSTEM_DISK } from '../../../shared/storage-prices';
import { msg } from '../../../shared/words/message';
import { CloudError, clientTokenFor, expectDryRunPass, type RunInstancesInput, sessionTag } from '../../aliyun';
import { firstBootUserData } from '../../bootstrap/first-boot';
import {
  hostKeyFromPrivate,
  hostKeySha256 as hostKeySha256Of,
  type InstanceHostKey,
  makeHostKey,
} from '../../bootstrap/host-key';
import type { SentRunInstances } from '../journal/session-record';
import { madeNow, readSettled, young } from '../not-yet';
import { isDanlus, notDanlus, VERBS } from '../reconcile/ownership';
import type { StepScope } from '../step-scope';
import { holdLease, leaseForCreate, leaseOrSay } from '../watch/lease';
import { type DiskCategories, withCategoryFailover } from './disk-categories';
import { spotInstanceRequest } from './instance-request';
import type { Candidate } from './preflight';

const MINUTE = 60_000;

export interface InstanceInputs {
  candidate: Candidate;
  vSwitchId: string;
  securityGroupId: string;
  keyPairName: string;
  imageId: string;
}

/** The journal's key of one attempt's RunInstances: its ClientToken and host key go by it. */
export function attemptKey(scope: StepScope, candidate: Candidate): string {
  return `instance:${candidate.zoneId}:${candidate.instanceType}:${scope.record.attemptIndex}`;
}

function runRequest(scope: StepScope, plan: Plan, inputs: InstanceInputs, clientToken: string, systemDisk: string) {
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
    systemDiskCategory: systemDisk,
    autoReleaseTime: leaseForCreate(scope),
  });
}

/**
 * Asks the cloud, without buying, whether this instance could be bought now — balance, quota,
 * stock, price limit, and the disk categories its family takes (a refused category is replaced
 * by the next one the table allows) — before a data disk is made for it in that zone.
 */
export async function checkBuyable(
  scope: StepScope,
  plan: Plan,
  inputs: InstanceInputs,
  dataDisk: { category: string; fixed: boolean; sizeGiB: number },
): Promise<DiskCategories> {
  const { candidate } = inputs;
  const known = scope.record.diskCategories;
  if (scope.record.resources.instanceId && known?.instanceType === candidate.instanceType) return known;
  const token = clientTokenFor(scope.sessionId, 'dry-run', candidate.zoneId, candidate.instanceType);
  const chosen = await withCategoryFailover(scope, candidate.instanceType, dataDisk, async (categories) => {
    await expectDryRunPass(
      scope.api.runInstances(
        {
          ...runRequest(scope, plan, inputs, token, categories.system),
          // The data disk is made on its own, but asked about here: the family must take its category.
          dataDisks: [{ category: categories.data, size: dataDisk.sizeGiB, deleteWithInstance: false }],
          dryRun: true,
        },
        { signal: scope.signal },
      ),
    );
  });
  scope.update((s) => {
    s.diskCategories = chosen;
  });
  return chosen;
}

/**
 * The host key of this attempt: the one a crash interrupted (its private half recalled from the
 * keychain, so the request and its ClientToken are the same), or a new one, journaled (token,
 * fingerprint, public half) and kept before RunInstances is sent.
 */
async function attemptHostKey(scope: StepScope, key: string): Promise<{ hostKey: InstanceHostKey; token: string }> {
  const asked = scope.record.tokens[key];
  if (asked && scope.record.hostKeyFor === key) {
    const recalled = await recallHostKey(scope);
    if (recalled) return { hostKey: recalled, token: asked };
  }
  const hostKey = makeHostKey();
  // One ClientToken per host key: repeating this very request repeats both.
  const token = clientTokenFor(scope.sessionId, key, hostKey.sha256);
  await scope.deps.hostKeys
    ?.keep(scope.sessionId, hostKey.privateKey)
    .catch((error: unknown) => scope.deps.log.warn('could not keep the host key in the keychain', { error }));
  scope.update((s) => {
    s.tokens[key] = token;
    s.hostKeyFor = key;
    s.hostKeySha256 = hostKey.sha256;
    s.hostPublicKey = hostKey.publicKey;
    s.userDataHostPublicKey = hostKey.publicKey;
    delete s.nextHostPublicKey;
    s.made ??= {};
    // When it was asked for: "not listed" means "not yet" for a while after.
    s.made[token] = scope.now();
  });
  return { hostKey, token };
}

/** The journaled host key again, when the keychain still holds its private half and it matches the fingerprint. */
async function recallHostKey(scope: StepScope): Promise<InstanceHostKey | undefined> {
  // The key UserData carried (the pin moves on once the machine makes its own).
  const hostPublicKey = scope.record.userDataHostPublicKey ?? scope.record.hostPublicKey;
  const hostKeySha256 = hostPublicKey ? hostKeySha256Of(hostPublicKey) : undefined;
  const privateKey = await scope.deps.hostKeys?.recall(scope.sessionId).catch((error: unknown) => {
    scope.deps.log.warn('could not read the host key from the keychain', { error });
    return null;
  });
  const found = privateKey ? hostKeyFromPrivate(privateKey) : undefined;
  if (!found || !hostPublicKey || found.sha256 !== hostKeySha256) return undefined;
  // The public line exactly as journaled, so the UserData is byte for byte the same.
  return { ...found, publicKey: hostPublicKey };
}

/**
 * The instance a RunInstances made whose answer a crash lost, when its request cannot be repeated
 * (the host key is gone): found by the session's tag once the cloud lists it, waiting out the
 * "not yet" grace since it was asked for before concluding nothing was made.
 */
export async function findAskedInstance(scope: StepScope, token: string, candidate?: Candidate) {
  const found = await readSettled(
    scope,
    token,
    (api) =>
      api.describeAllInstances(
        { regionId: scope.region, tags: [sessionTag(scope.sessionId)] },
        { signal: scope.signal },
      ),
    (list) => list.length > 0,
  );
  return found.find((i) => !candidate || (i.zoneId === candidate.zoneId && i.instanceType === candidate.instanceType));
}

/**
 * The attempt's RunInstances as sent the first time (its UserData aside: made again from the
 * recalled host key), journaled before the call. A resume sends exactly this again: the same
 * ClientToken with other parameters — a lease counted from a later "now" — is refused by the
 * cloud as IdempotentParameterMismatch.
 */
function requestToSend(scope: StepScope, plan: Plan, inputs: InstanceInputs, key: string, token: string) {
  const { value, again } = scope.asked<SentRunInstances>(
    key,
    () => {
      const systemDisk = scope.record.diskCategories?.system ?? SYSTEM_DISK.category;
      const request = runRequest(scope, plan, inputs, token, systemDisk);
      const lease = request.autoReleaseTime;
      return { ...request, autoReleaseTime: lease && new Date(lease).toISOString() };
    },
    (earlier) => earlier.clientToken === token,
  );
  const { autoReleaseTime, ...rest } = value;
  const request: RunInstancesInput = {
    ...rest,
    autoReleaseTime: autoReleaseTime ? new Date(autoReleaseTime) : undefined,
  };
  return { request, again };
}

/** The lease an earlier request asked for is now too near (or past) for the cloud to take. */
/** The host key, and on public Ubuntu the NVIDIA driver installed while the machine boots. */
function launchUserData(hostKey: InstanceHostKey, plan: Plan): string {
  return firstBootUserData(hostKey, { gpuDriver: plan.image.kind === 'ubuntu' });
}

function leaseNowRefused(error: unknown): boolean {
  return error instanceof CloudError && error.cloudCode === 'InvalidAutoReleaseTime.InvalidValue';
}

/**
 * RunInstances with the spot strategy, the protection hour asked for explicitly, a public IP,
 * the session's tags, and an SSH host key made here and handed over in UserData: its fingerprint
 * is journaled before the call, so the first connection already knows which key to expect.
 * One instance per attempt: an instance the journal names and the cloud does not list yet is
 * waited for, and a request whose answer a crash lost is sent again exactly (same ClientToken,
 * same parameters), or, when its host key is gone or its lease can no longer be asked for, the
 * instance is looked for by tag before anything new is bought.
 */
export async function ensureInstance(scope: StepScope, plan: Plan, inputs: InstanceInputs): Promise<string> {
  const { candidate } = inputs;
  const { signal } = scope;
  const existing = scope.record.resources.instanceId;
  if (existing) {
    const page = await readSettled(
      scope,
      existing,
      (api) => api.describeInstances({ regionId: scope.region, instanceIds: [existing] }, { signal }),
      (p) => p.instances.length > 0,
    );
    if (page.instances.length > 0) return existing;
    // Listed by nobody after its grace: the cloud removed it. This attempt is over; never a second instance in it.
    throw new AppError(msg('launch.instanceVanished', { instanceId: existing }));
  }
  const key = attemptKey(scope, candidate);
  const asked = scope.record.tokens[key];
  if (asked && !(await recallHostKey(scope))) {
    const stray = await findAskedInstance(scope, asked, candidate);
    if (stray) return adoptInstance(scope, stray.instanceId, candidate, stray.creationTime);
  }
  let { hostKey, token } = await attemptHostKey(scope, key);
  let { request, again } = requestToSend(scope, plan, inputs, key, token);
  // The cloud bills from when it takes the request: the span starts before the answer, never after.
  let askedAt = scope.now();
  let result: Awaited<ReturnType<typeof scope.api.runInstances>>;
  try {
    result = await scope.api.runInstances(
      { ...request, userData: { text: launchUserData(hostKey, plan) } },
      { signal },
    );
  } catch (error) {
    if (!again || !leaseNowRefused(error)) throw error;
    // Sent again too late for its lease: whatever it made is found by its tag; else a new request, leased from now.
    const stray = await findAskedInstance(scope, token, candidate);
    if (stray) return adoptInstance(scope, stray.instanceId, candidate, stray.creationTime);
    scope.update((s) => {
      s.hostKeyFor = undefined;
    });
    ({ hostKey, token } = await attemptHostKey(scope, key));
    ({ request, again } = requestToSend(scope, plan, inputs, key, token));
    askedAt = scope.now();
    result = await scope.api.runInstances(
      { ...request, userData: { text: launchUserData(hostKey, plan) } },
      { signal },
    );
  }
  const instanceId = result.instanceIds[0];
  if (!instanceId) throw new Error('RunInstances returned no instance id');
  // A request sent again may have made its instance hours ago: billed from when the cloud made it.
  adoptInstance(scope, instanceId, candidate, again ? await createdWhen(scope, instanceId, askedAt) : askedAt);
  // A request sent again carries the lease of its first sending: moved on now, however near it is.
  if (again) await leaseOrSay(scope, (s) => holdLease(s));
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

/** When the cloud made an instance, as it lists it (waiting while it may list it late); `otherwise` if it does not. */
async function createdWhen(scope: StepScope, instanceId: string, otherwise: string): Promise<string> {
  madeNow(scope, instanceId);
  const page = await readSettled(
    scope,
    instanceId,
    (api) => api.describeInstances({ regionId: scope.region, instanceIds: [instanceId] }, { signal: scope.signal }),
    (p) => p.instances.length > 0,
  );
  return page.instances[0]?.creationTime ?? otherwise;
}

/** Journals the attempt's instance and opens its billing (compute and the system disk). */
function adoptInstance(scope: StepScope, instanceId: string, candidate: Candidate, createdAt?: string): string {
  scope.update((s) => {
    s.resources.instanceId = instanceId;
  });
  madeNow(scope, instanceId);
  const systemCategory = scope.record.diskCategories?.system ?? SYSTEM_DISK.category;
  scope.bill((t, at) => {
    if (t.compute.some((c) => !c.to)) return;
    const from = createdAt && createdAt < at ? createdAt : at;
    t.compute.push({
      regionId: scope.region,
      zoneId: candidate.zoneId,
      instanceType: candidate.instanceType,
      instanceId,
      purchasedAt: from,
      from,
    });
    t.disks.push({ diskId: `system:${instanceId}`, ...SYSTEM_DISK, category: systemCategory, from });
  });
  return instanceId;
}

/**
 * Waits for Running with a public IP. An instance not listed (or listed without its tags) right
 * after its creation is "not yet"; one the cloud removed (stock ran out after acceptance) is a
 * failover once its grace is over.
 */
export async function waitRunning(scope: StepScope, instanceId: string): Promise<string> {
  const instance = await scope.wait(
    (api) =>
      api.describeInstances({ regionId: scope.region, instanceIds: [instanceId] }).then((p) => p.instances[0] ?? null),
    (found) => {
      if (!found) {
        if (young(scope, instanceId)) return false;
        throw new AppError(msg('launch.instanceVanished', { instanceId }));
      }
      if (!isDanlus(found.tags)) {
        if (young(scope, instanceId)) return false;
        throw notDanlus('instance', instanceId, VERBS.attach);
      }
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
