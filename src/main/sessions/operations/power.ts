import { AppError } from '../../../shared/errors';
import { msg } from '../../../shared/words/message';
import { CloudError } from '../../aliyun';
import { closeSpans } from '../journal/billing-timeline';
import { requireDanlus, VERBS } from '../reconcile/ownership';
import type { StepScope } from '../step-scope';
import { holdLease, leaseOrSay, liftLease } from '../watch/lease';
import { opDetail, opStep, type PlannedStep, planned } from './operation-steps';

const MINUTE = 60_000;

export const STOP_STEPS: PlannedStep[] = [planned('stopRequest'), planned('stopWait'), planned('stopBilling')];

/** How a stop ended: in economical mode, or in the mode the cloud chose instead (compute still bills). */
export type StopOutcome = { billingStopped: true } | { billingStopped: false; mode: string };

/**
 * Stops the instance asking for economical mode (compute, GPU and public IP released, disks
 * kept), then reads back how it really stopped: the cloud silently falls back to normal mode
 * for types that cannot (gn5 with local disks), and then compute is still billed. Compute stops
 * billing on the first look that finds it stopped economically (looks a second apart), and
 * its lease is lifted: a stopped session is not released while nobody watches.
 */
export async function stopSession(scope: StepScope): Promise<StopOutcome> {
  const instanceId = scope.record.resources.instanceId as string;
  await opStep(scope, 'stopRequest', async () => {
    await mustBeDanlus(scope, instanceId, VERBS.stop);
    await scope.api.stopInstance(
      { regionId: scope.region, instanceId, stoppedMode: 'StopCharging' },
      { signal: scope.signal },
    );
    opDetail(scope, 'stopRequest', msg('operation.stop.requested', { instanceId }));
  });
  // Compute stops billing at the look that found the instance stopped, not after the answer.
  let lookedAt = scope.now();
  const stopped = await opStep(scope, 'stopWait', () =>
    scope.wait(
      (api) => {
        lookedAt = scope.now();
        return api.describeInstances({ regionId: scope.region, instanceIds: [instanceId] }).then((p) => p.instances[0]);
      },
      (instance) => instance?.status === 'Stopped',
      {
        timeoutMs: 10 * MINUTE,
        intervalMs: 1000,
        maxIntervalMs: 1000,
        what: msg('wait.instanceStopped', { instanceId }),
      },
    ),
  );
  return opStep(scope, 'stopBilling', async () => {
    const billingStopped = stopped?.stoppedMode === 'StopCharging';
    if (billingStopped) scope.bill((t) => closeSpans(t.compute, lookedAt));
    scope.update((s) => {
      s.phase = 'stopped';
      s.billingStopped = billingStopped;
      s.resources.publicIp = stopped?.publicIpAddresses[0];
    });
    const mode = stopped?.stoppedMode ?? '—';
    opDetail(
      scope,
      'stopBilling',
      billingStopped ? msg('operation.stop.economical') : msg('operation.stop.keptBilling', { mode }),
    );
    if (billingStopped) await leaseOrSay(scope, liftLease);
    return billingStopped ? { billingStopped } : { billingStopped, mode };
  });
}

/** The steps of a start; the notebook check only where a bootstrap is wired. */
export function startSteps(withNotebook: boolean): PlannedStep[] {
  return [planned('startRequest'), planned('startWait'), ...(withNotebook ? [planned('startNotebook')] : [])];
}

/**
 * Starts a stopped instance; sold out or above the limit is said plainly, with what to do. Once
 * it runs it carries a lease again (unless `lease` is false: it is about to stop).
 */
export async function startSession(scope: StepScope, lease = true): Promise<string> {
  const instanceId = scope.record.resources.instanceId as string;
  const { zoneId, instanceType } = scope.record;
  // The cloud bills compute from when it takes the start: the span opens before the answer.
  let asked = scope.now();
  await opStep(scope, 'startRequest', async () => {
    await mustBeDanlus(scope, instanceId, VERBS.start);
    asked = scope.now();
    try {
      await scope.api.startInstance({ regionId: scope.region, instanceId }, { signal: scope.signal });
    } catch (error) {
      throw startRefusal(scope, error);
    }
    opDetail(scope, 'startRequest', msg('operation.start.requested', { instanceId }));
  });
  scope.bill((t) => {
    if (!t.compute.some((c) => !c.to) && zoneId && instanceType) {
      // The same instance bills again: its purchase (and so its first hour) is the one it was bought with.
      const bought = t.compute.findLast((c) => c.instanceId === instanceId)?.purchasedAt;
      t.compute.push({ regionId: scope.region, zoneId, instanceType, instanceId, purchasedAt: bought, from: asked });
    }
  });
  return opStep(scope, 'startWait', async () => {
    const running = await scope.wait(
      (api) => api.describeInstances({ regionId: scope.region, instanceIds: [instanceId] }).then((p) => p.instances[0]),
      (instance) => instance?.status === 'Running' && instance.publicIpAddresses.length > 0,
      {
        timeoutMs: 15 * MINUTE,
        intervalMs: 2000,
        what: msg('wait.instanceStarted', { instanceId }),
      },
    );
    const ip = running?.publicIpAddresses[0] as string;
    scope.update((s) => {
      s.resources.publicIp = ip;
      s.billingStopped = undefined;
    });
    opDetail(scope, 'startWait', msg('operation.start.running', { ip }));
    if (lease) await leaseOrSay(scope, (s) => holdLease(s, true));
    return ip;
  });
}

/** Sold out or above the price limit, said with what to do; anything else as it came. */
function startRefusal(scope: StepScope, error: unknown): unknown {
  if (!(error instanceof CloudError) || (error.kind !== 'no_stock' && error.kind !== 'price_limit')) return error;
  const { instanceType, zoneId } = scope.record;
  const words = { instanceType: String(instanceType), zoneId: String(zoneId) };
  return new AppError(msg(error.kind === 'no_stock' ? 'session.startNoStock' : 'session.startPriceLimit', words), {
    cloudCode: error.cloudCode,
    requestId: error.requestId,
  });
}

/** The instance read right before acting: it must still exist and carry Danlu's tag. */
async function mustBeDanlus(scope: StepScope, instanceId: string, verb: (typeof VERBS)[keyof typeof VERBS]) {
  if (!(await requireDanlus(scope.api, 'instance', scope.region, instanceId, verb, scope.signal))) {
    throw new AppError(msg('session.instanceGone', { instanceId }));
  }
}
