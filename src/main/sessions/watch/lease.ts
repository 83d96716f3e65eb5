import { AppError } from '../../../shared/errors';
import { msg } from '../../../shared/words/message';
import type { StepScope } from '../step-scope';

/**
 * The lease: every instance whose compute may bill carries an automatic release time
 * (AutoReleaseTime) some hours ahead, which Danlu moves on while it runs. If Danlu is away
 * longer — the laptop closed, the app quit — the cloud releases the instance and the data disk,
 * attached with DeleteWithInstance=false, stays. An instance stopped in economical mode bills no
 * compute: its lease is lifted, so a stopped session is not released behind the user's back.
 */

const MINUTE = 60_000;
/** The cloud takes an AutoReleaseTime at least 30 minutes ahead; five more for the call's way there. */
const SOONEST_MS = 35 * MINUTE;
const DEFAULT_LEASE_HOURS = 12;

/** How often Danlu moves the leases on while it runs. */
export const LEASE_RENEW_MS = 5 * MINUTE;

/** The lease's end `hours` after `now`: on a whole minute (the cloud drops the seconds), never sooner than the cloud allows. */
export function leaseEnd(now: number, hours: number): string {
  const ahead = Math.max(hours * 60 * MINUTE, SOONEST_MS);
  return new Date(Math.floor((now + ahead) / MINUTE) * MINUTE).toISOString().replace('.000Z', 'Z');
}

function hours(scope: StepScope): number {
  return scope.deps.leaseHours?.() ?? DEFAULT_LEASE_HOURS;
}

/**
 * The lease a new instance is created with (RunInstances' AutoReleaseTime), journaled before the
 * call: the one already journaled while it is far enough ahead, so a request sent again with the
 * same ClientToken is the same request.
 */
export function leaseForCreate(scope: StepScope): string {
  const known = scope.record.leaseUntil;
  if (known && Date.parse(known) - scope.deps.clock.now() >= SOONEST_MS) return known;
  const until = leaseEnd(scope.deps.clock.now(), hours(scope));
  scope.update((s) => {
    s.leaseUntil = until;
    s.leaseSetAt = scope.now();
  });
  return until;
}

/** Sets the lease on the session's instance, or moves it on, and journals it; `say` writes it to the log. */
export async function holdLease(scope: StepScope, say = false): Promise<void> {
  const instanceId = scope.record.resources.instanceId;
  if (!instanceId) return;
  const until = leaseEnd(scope.deps.clock.now(), hours(scope));
  await scope.api.modifyInstanceAutoReleaseTime(
    { regionId: scope.region, instanceId, autoReleaseTime: new Date(until) },
    { signal: scope.signal },
  );
  scope.update((s) => {
    s.leaseUntil = until;
    s.leaseSetAt = scope.now();
  });
  if (say) scope.log(msg('session.lease.set', { until: { time: until, date: true } }));
}

/** Lifts the lease of an instance stopped in economical mode (no time given cancels it). */
export async function liftLease(scope: StepScope): Promise<void> {
  const instanceId = scope.record.resources.instanceId;
  if (!instanceId) return;
  await scope.api.modifyInstanceAutoReleaseTime({ regionId: scope.region, instanceId }, { signal: scope.signal });
  scope.update((s) => {
    s.leaseUntil = undefined;
    s.leaseSetAt = undefined;
  });
  scope.log(msg('session.lease.lifted'));
}

/**
 * Runs a lease change without failing what it is part of: the keeper tries again in a few
 * minutes, and meanwhile the log says until when the instance is safe.
 */
export async function leaseOrSay(scope: StepScope, change: (scope: StepScope) => Promise<void>): Promise<void> {
  try {
    await change(scope);
  } catch (error) {
    if (scope.signal.aborted) throw error;
    const reason = error instanceof AppError ? error.text : { en: String(error), zh: String(error) };
    const until = scope.record.leaseUntil;
    scope.log(msg('session.lease.notMoved', { reason, until: until ? { time: until, date: true } : '—' }));
  }
}
