import { msg } from '../../../shared/words/message';
import { instanceReleased } from '../journal/billing-timeline';
import { requireDanlusSettled } from '../not-yet';
import { VERBS } from '../reconcile/ownership';
import type { Say, StepScope } from '../step-scope';
import { untilTaken } from '../until-taken';

const MINUTE = 60_000;

/**
 * Deletes the session's instance (if any; read first, and only when it carries Danlu's tag; one
 * made a moment ago is read until the cloud lists it), asking again while the cloud refuses for
 * now, waits until the cloud no longer lists it, and only then stops billing it and forgets
 * what the app kept for it.
 */
export async function deleteInstance(
  scope: StepScope,
  instanceId: string,
  say: Say = (m) => scope.log(m),
): Promise<void> {
  if (await requireDanlusSettled(scope, 'instance', instanceId, VERBS.release)) {
    await untilTaken(scope, 'DeleteInstance', instanceId, (api) =>
      api.deleteInstance(
        { regionId: scope.region, instanceId, force: true, forceStop: true },
        { signal: scope.signal },
      ),
    );
  }
  // Billing ends at the look that no longer found it (looks a second apart), not after the answer.
  let lookedAt = scope.now();
  await scope.wait(
    (api) => {
      lookedAt = scope.now();
      return api.describeInstances({ regionId: scope.region, instanceIds: [instanceId] });
    },
    (page) => page.instances.length === 0,
    {
      timeoutMs: 10 * MINUTE,
      intervalMs: 1000,
      maxIntervalMs: 1000,
      what: msg('wait.instanceReleased', { instanceId }),
    },
  );
  scope.update((s) => {
    if (s.resources.instanceId === instanceId) {
      s.resources.instanceId = undefined;
      s.resources.publicIp = undefined;
    }
  });
  scope.bill((t) => instanceReleased(t, instanceId, lookedAt));
  // The notebook token of a machine that is gone has nothing left to open.
  await scope.deps.bootstrap
    ?.forget?.(instanceId)
    .catch((error: unknown) => scope.deps.log.warn('could not forget the notebook token', { instanceId, error }));
  say(msg('operation.release.instance', { instanceId }));
}
