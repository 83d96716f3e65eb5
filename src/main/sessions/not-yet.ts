import type { Message } from '../../shared/words/message';
import { isNotFound } from './cloud-checks';
import { notDanlus, type Ownership, type ResourceKind, readOwnership } from './reconcile/ownership';
import type { StepScope } from './step-scope';

/**
 * How long after Danlu made a resource a Describe* that does not list it (or lists it without its
 * tags yet) means "not yet" rather than "gone". No ECS or VPC page promises that a read follows a
 * write; the Terraform provider waits and reads again after every create; the lags reported are
 * seconds. Two minutes is a margin over that estimate, short enough that a resource the cloud
 * really removed (an instance it could not place) is noticed within the launch.
 */
export const NOT_YET_GRACE_MS = 2 * 60_000;
const POLL_MS = 2000;

/** True while `id` (made by this session) is young enough for the cloud to list it late. */
export function young(scope: StepScope, id: string): boolean {
  const at = scope.record.made?.[id];
  return at !== undefined && scope.deps.clock.now() - Date.parse(at) < NOT_YET_GRACE_MS;
}

/** Records when Danlu got a resource's id from its create: the start of its "not yet" grace. */
export function madeNow(scope: StepScope, id: string): void {
  scope.update((s) => {
    s.made ??= {};
    s.made[id] ??= scope.now();
  });
}

/**
 * Reads until `settled` holds or the resource is no longer young; a "not found" error while it
 * is young counts as "not yet" too. Returns the last read (the caller decides what unsettled means).
 */
export async function readSettled<T>(
  scope: StepScope,
  id: string,
  read: (api: StepScope['api']) => Promise<T>,
  settled: (value: T) => boolean,
): Promise<T> {
  // The first read is the one the work needs; reading again only waits for the cloud.
  for (let api = scope.api; ; api = scope.pollApi) {
    try {
      const value = await read(api);
      if (settled(value) || !young(scope, id)) return value;
    } catch (error) {
      if (!isNotFound(error) || !young(scope, id)) throw error;
    }
    await scope.deps.clock.sleep(POLL_MS, scope.signal);
  }
}

/**
 * Whose a resource is, read from the cloud right before acting on it; one this session made a
 * moment ago is read again until it is listed with Danlu's tag (or its grace is over).
 */
export function settledOwnership(scope: StepScope, kind: ResourceKind, id: string): Promise<Ownership> {
  return readSettled(
    scope,
    id,
    (api) => readOwnership(api, kind, scope.region, id, scope.signal),
    (owner) => owner.found && owner.danlus,
  );
}

/**
 * `requireDanlus` for what this session may have made a moment ago: true when it is there and
 * Danlu's, false when it is gone (after its grace), refused when it is someone else's.
 */
export async function requireDanlusSettled(
  scope: StepScope,
  kind: ResourceKind,
  id: string,
  verb: Message,
): Promise<boolean> {
  const owner = await settledOwnership(scope, kind, id);
  if (!owner.found) return false;
  if (!owner.danlus) throw notDanlus(kind, id, verb);
  return true;
}
