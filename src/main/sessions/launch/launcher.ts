import { AppError } from '../../../shared/errors';
import type { Localized } from '../../../shared/localized';
import type { AttemptView } from '../../../shared/session';
import { msg } from '../../../shared/words/message';
import { isFailover } from '../cloud-checks';
import { ensureSessionGroup } from '../network/access-rules';
import { ensureKeyPair, ensureVpc, ensureVSwitch } from '../network/region-kit';
import { deleteDisk } from '../operations/delete-disk';
import { deleteInstance } from '../operations/delete-instance';
import type { StepScope } from '../step-scope';
import { resolveImage } from './boot-image';
import { runBootstrap } from './bootstrap-step';
import { requireUsable } from './brought-resources';
import { cpuSetupCandidates, forTheGpuToo } from './cpu-setup';
import { finishMove } from './disk-move';
import { dataDiskFor, ensureAttached, ensureDisk } from './disk-steps';
import { hostPins } from './host-pin';
import { checkBuyable, ensureInstance, waitRunning } from './instance-steps';
import { preflight } from './preflight';
import { setStep, step } from './step-states';

/**
 * The launch, from plan to a running instance reachable over SSH (and, when a bootstrap is
 * wired, a ready notebook). Every step is idempotent: on resume after a crash the whole path is
 * walked again, each step finding what it already made through the journal and ClientTokens.
 */
export async function runLaunch(scope: StepScope, password?: string): Promise<void> {
  const plan = scope.record.plan;
  const userDiskZone = await userDiskZoneOf(scope);
  const candidates =
    scope.record.candidates ??
    (await step(scope, 'preflight', async () => {
      const gpu = await preflight(scope, plan, userDiskZone);
      // A CPU set-up runs where the GPU would: the cheapest CPU type in stock in each of its zones.
      const found = plan.setupOnCpu
        ? await cpuSetupCandidates(
            scope.api,
            plan,
            gpu.map((c) => c.zoneId),
            { signal: scope.signal },
          )
        : gpu;
      scope.update((s) => {
        s.candidates = found;
      });
      scope.detail(
        'preflight',
        msg('launch.candidates', {
          count: found.length,
          instanceType: found[0]?.instanceType ?? '—',
          zoneId: found[0]?.zoneId ?? '—',
        }),
      );
      return found;
    }));
  if (scope.record.steps.find((s) => s.id === 'preflight')?.state !== 'done') setStep(scope, 'preflight', 'done');

  // Where the user is, learned before anything is opened (and again when a launch resumes).
  const source = await step(scope, 'access', async () => {
    const found = await scope.deps.address(scope.signal);
    scope.detail('access', msg('access.learned', { cidr: found.cidr, how: found.how }));
    return found;
  });
  const keyPairName = await step(scope, 'keyPair', () => ensureKeyPair(scope));
  // The VPC and the first zone's vSwitch together, so the steps run in the order they are listed.
  const firstZone = candidates[scope.record.attemptIndex]?.zoneId;
  let firstVSwitch: string | undefined;
  const vpcId = await step(scope, 'network', async () => {
    const id = await ensureVpc(scope);
    if (firstZone) firstVSwitch = await ensureVSwitch(scope, id, firstZone);
    return id;
  });
  const securityGroupId = await step(scope, 'securityGroup', () => ensureSessionGroup(scope, vpcId, source.cidr));
  const imageId = await resolveImage(scope, plan);

  let instanceId: string | undefined;
  for (let index = scope.record.attemptIndex; index < candidates.length; index++) {
    const candidate = candidates[index];
    if (!candidate) break;
    scope.update((s) => {
      s.attemptIndex = index;
      s.zoneId = candidate.zoneId;
      s.instanceType = candidate.instanceType;
      if (
        !s.attempts.some(
          (a) => a.outcome === 'current' && a.zoneId === candidate.zoneId && a.instanceType === candidate.instanceType,
        )
      ) {
        s.attempts.push({
          zoneId: candidate.zoneId,
          instanceType: candidate.instanceType,
          outcome: 'current',
          at: scope.now(),
          ...(candidate.lowStock ? { lowStock: true } : {}),
        });
      }
    });
    if (candidate.lowStock) {
      scope.log(msg('launch.lowStock', { instanceType: candidate.instanceType, zoneId: candidate.zoneId }));
    }
    try {
      // A failover to another zone needs that zone's vSwitch: the network step runs again then.
      const vSwitchId =
        candidate.zoneId === firstZone && firstVSwitch
          ? firstVSwitch
          : await step(scope, 'network', () => ensureVSwitch(scope, vpcId, candidate.zoneId));
      const buy = { candidate, vSwitchId, securityGroupId, keyPairName, imageId };
      // A dry run first: no disk is made in a zone where the instance cannot be bought, nor in
      // a category its family does not take.
      const diskId = await step(scope, 'disk', async () => {
        const wanted = await dataDiskFor(scope, plan);
        const dataDisk = plan.setupOnCpu ? await forTheGpuToo(scope, plan, buy, wanted) : wanted;
        const categories = await checkBuyable(scope, plan, buy, dataDisk);
        return ensureDisk(scope, plan, candidate.zoneId, categories.data);
      });
      instanceId = await step(scope, 'instance', () => ensureInstance(scope, plan, buy));
      const id = instanceId;
      await step(scope, 'running', () => waitRunning(scope, id));
      await step(scope, 'attachDisk', () => ensureAttached(scope, id, diskId));
      markAttempt(scope, 'running');
      break;
    } catch (error) {
      if (!isFailover(error)) throw error;
      const said = String(error);
      const reason: Localized = error instanceof AppError ? error.text : { en: said, zh: said };
      markAttempt(scope, attemptOutcome(error), reason);
      scope.log(msg('launch.failover', { instanceType: candidate.instanceType, zoneId: candidate.zoneId, reason }));
      const { instanceId: leftover, diskId } = scope.record.resources;
      if (leftover) await deleteInstance(scope, leftover);
      if (diskId && scope.record.diskOwned && scope.record.diskRecreatable) await deleteDisk(scope, diskId);
      instanceId = undefined;
      scope.update((s) => {
        s.attemptIndex = index + 1;
      });
    }
  }
  if (!instanceId) {
    throw new AppError(msg('launch.noStockAnywhere', { regionId: plan.regionId, tried: scope.record.attempts.length }));
  }

  await step(scope, 'ssh', () => reachSsh(scope));

  const bootstrap = scope.deps.bootstrap;
  if (bootstrap) {
    await step(scope, 'bootstrap', () => runBootstrap(scope, bootstrap, password));
  } else {
    setStep(scope, 'bootstrap', 'skipped');
  }
  // The new session works: only now may the original of a disk moved to another zone go, and
  // only as the user chose.
  await finishMove(scope);
  scope.update((s) => {
    s.phase = 'ready';
    s.readyAt = scope.now();
    s.error = undefined;
  });
}

/** How an attempt that moved on ended, as the window lists it. */
function attemptOutcome(error: unknown): 'no_stock' | 'price_limit' | 'failed' {
  if (!(error instanceof AppError)) return 'no_stock';
  if (error.code === 'launch.diskCategoryRefused') return 'failed';
  return /price/i.test(error.code) ? 'price_limit' : 'no_stock';
}

function markAttempt(scope: StepScope, outcome: AttemptView['outcome'], message?: Localized): void {
  scope.update((s) => {
    const current = s.attempts.findLast((a) => a.outcome === 'current');
    if (current) {
      current.outcome = outcome;
      current.message = message;
    }
  });
}

/** The zone of the user's own disk, which decides the first zone to try. */
async function userDiskZoneOf(scope: StepScope): Promise<string | undefined> {
  const plan = scope.record.plan;
  if (plan.disk.kind !== 'existing' || scope.record.candidates) return undefined;
  const diskId = plan.disk.diskId;
  await requireUsable(scope.api, 'disk', plan.regionId, diskId, scope.record.confirmedForeign ?? [], scope.signal);
  const disk = (await scope.api.describeDisks({ regionId: plan.regionId, diskIds: [diskId] }, { signal: scope.signal }))
    .disks[0];
  if (disk?.status !== 'Available') {
    throw new AppError(msg('launch.diskInUse', { diskId, status: String(disk?.status) }));
  }
  return disk.zoneId;
}

/**
 * Logs in as root with Danlu's key. The host key was made by Danlu and handed to the instance at
 * creation, so the SSH client accepts that key only: a machine presenting any other is refused
 * during the handshake, before a password, a key or a command is sent.
 */
async function reachSsh(scope: StepScope): Promise<void> {
  const record = scope.record;
  const pin = record.hostKeySha256;
  if (!pin) {
    throw new AppError(msg('launch.noHostKey'));
  }
  const key = scope.deps.localKey();
  const shell = await scope.deps.ssh.connect(
    {
      host: record.resources.publicIp as string,
      privateKey: key.privateKey,
      username: 'root',
      ...hostPins(record),
      hostKeySha256: pin,
    },
    { timeoutMs: scope.deps.timeouts?.ssh ?? 5 * 60_000, signal: scope.signal },
  );
  shell.close();
  scope.detail('ssh', msg('trust.hostKeyProved', { sha256: pin }));
  // The instance answered with its key: the launch will never ask for it again.
  await scope.deps.hostKeys
    ?.forget(scope.sessionId)
    .catch((error: unknown) => scope.deps.log.warn('could not forget the host key', { error }));
  scope.update((s) => {
    s.hostKeyFor = undefined;
  });
}
