import { AppError } from '../../shared/errors';
import type { Localized } from '../../shared/localized';
import { msg } from '../../shared/messages/message';
import { checkBuyable, ensureAttached, ensureDisk, ensureInstance, waitRunning } from './attempt-steps';
import { resolveImage } from './boot-image';
import { runBootstrap } from './bootstrap-step';
import { isFailover } from './cloud-checks';
import { preflight } from './preflight';
import { ensureKeyPair, ensureSecurityGroup, ensureVpc, ensureVSwitch, restrictAccess } from './region-kit';
import type { StepScope } from './step-scope';
import { setStep, step } from './step-states';
import { deleteDisk, deleteInstance } from './teardown';

const IPV4 = /^(\d{1,3})(\.\d{1,3}){3}$/;

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
      const found = await preflight(scope, plan, userDiskZone);
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

  const keyPairName = await step(scope, 'keyPair', () => ensureKeyPair(scope));
  // The VPC and the first zone's vSwitch together, so the steps run in the order they are listed.
  const firstZone = candidates[scope.record.attemptIndex]?.zoneId;
  const vpcId = await step(scope, 'network', async () => {
    const id = await ensureVpc(scope);
    if (firstZone) await ensureVSwitch(scope, id, firstZone);
    return id;
  });
  const securityGroupId = await step(scope, 'securityGroup', () => ensureSecurityGroup(scope, vpcId));
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
        candidate.zoneId === firstZone
          ? await ensureVSwitch(scope, vpcId, candidate.zoneId)
          : await step(scope, 'network', () => ensureVSwitch(scope, vpcId, candidate.zoneId));
      const buy = { candidate, vSwitchId, securityGroupId, keyPairName, imageId };
      // A dry run first: no disk is made in a zone where the instance cannot be bought.
      const diskId = await step(scope, 'disk', async () => {
        await checkBuyable(scope, plan, buy);
        return ensureDisk(scope, plan, candidate.zoneId);
      });
      instanceId = await step(scope, 'instance', () => ensureInstance(scope, plan, buy));
      const id = instanceId;
      await step(scope, 'running', () => waitRunning(scope, id));
      await step(scope, 'attachDisk', () => ensureAttached(scope, id, diskId));
      markAttempt(scope, 'running');
      break;
    } catch (error) {
      if (!isFailover(error)) throw error;
      const reason: Localized = error instanceof AppError ? error.text : { en: String(error), zh: String(error) };
      markAttempt(scope, error instanceof AppError && /price/i.test(error.code) ? 'price_limit' : 'no_stock', reason);
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
    throw new AppError('launch.noStockAnywhere', {
      en: `Every zone and type you allowed in ${plan.regionId} is sold out or above your price limit right now (${scope.record.attempts.length} tried). Try another region from the Prices page.`,
      zh: `你允许的 ${plan.regionId} 所有可用区和规格目前都已售罄或超过出价上限（已尝试 ${scope.record.attempts.length} 个）。请在“价格”页换一个地域。`,
    });
  }

  const egressIp = await step(scope, 'ssh', () => reachSsh(scope));
  await step(scope, 'access', async () => {
    if (egressIp && IPV4.test(egressIp)) {
      await restrictAccess(scope, securityGroupId, egressIp);
      scope.update((s) => {
        s.egressIp = egressIp;
      });
    } else {
      scope.detail('access', msg('access.unknownAddress'));
    }
  });

  const bootstrap = scope.deps.bootstrap;
  if (bootstrap) {
    await step(scope, 'bootstrap', () => runBootstrap(scope, bootstrap, password));
  } else {
    setStep(scope, 'bootstrap', 'skipped');
  }
  scope.update((s) => {
    s.phase = 'ready';
    s.readyAt = scope.now();
    s.error = undefined;
  });
}

function markAttempt(scope: StepScope, outcome: 'running' | 'no_stock' | 'price_limit', message?: Localized): void {
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
  const page = await scope.api.describeDisks(
    { regionId: plan.regionId, diskIds: [plan.disk.diskId] },
    { signal: scope.signal },
  );
  const disk = page.disks[0];
  if (!disk) {
    throw new AppError('launch.diskNotFound', {
      en: `Disk ${plan.disk.diskId} does not exist in ${plan.regionId}.`,
      zh: `磁盘 ${plan.disk.diskId} 在 ${plan.regionId} 中不存在。`,
    });
  }
  if (disk.status !== 'Available') {
    throw new AppError('launch.diskInUse', {
      en: `Disk ${plan.disk.diskId} is ${disk.status}; detach it (or release the instance using it) first.`,
      zh: `磁盘 ${plan.disk.diskId} 当前为 ${disk.status}，请先卸载它（或释放正在使用它的实例）。`,
    });
  }
  return disk.zoneId;
}

/** Logs in as root with Danlu's key (retrying while the machine boots) and learns the user's address. */
async function reachSsh(scope: StepScope): Promise<string | undefined> {
  const record = scope.record;
  const key = scope.deps.localKey();
  const shell = await scope.deps.ssh.connect(
    {
      host: record.resources.publicIp as string,
      privateKey: key.privateKey,
      username: 'root',
      hostKeySha256: record.hostKeySha256,
    },
    { timeoutMs: scope.deps.timeouts?.ssh ?? 5 * 60_000, signal: scope.signal },
  );
  try {
    const result = await shell.exec('printf %s "$SSH_CLIENT"', { timeoutMs: 30_000, signal: scope.signal });
    const egressIp = result.stdout.trim().split(/\s+/)[0];
    scope.update((s) => {
      s.hostKeySha256 = shell.hostKeySha256;
    });
    scope.detail('ssh', egressIp ? msg('ssh.loggedIn', { ip: egressIp }) : msg('ssh.loggedInNoAddress'));
    return egressIp || undefined;
  } finally {
    shell.close();
  }
}
