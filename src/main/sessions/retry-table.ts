import { msg } from '../../shared/words/message';
import { CloudError, type CloudErrorKind } from '../aliyun';
import { isNotFound } from './cloud-checks';
import type { StepScope } from './step-scope';

/**
 * What one cloud action may answer meaning "not now", and for how long the cloud may keep
 * saying it: a row of the table next to the action it belongs to (as the Terraform provider
 * lists the codes each create and delete retries, and its timeout).
 */
export interface RetryRow {
  /** The action, for the log. */
  action: string;
  /** The cloud codes that mean "not now" for this action (throttling and the service's own moments always do). */
  codes: readonly string[];
  /** Kinds of answer that mean "not now" too, whatever their code (a VPC's "dependency" answers). */
  kinds?: readonly CloudErrorKind[];
  /** How long the cloud may keep refusing (cloud time) before Danlu stops asking for now. */
  budgetMs: number;
  /** The first wait; it doubles (with jitter) up to `longestWaitMs`. */
  firstWaitMs?: number;
  longestWaitMs?: number;
}

/** A refusal the row names (or a moment of the cloud): worth asking again. */
export function refusedForNow(row: RetryRow, error: unknown): error is CloudError {
  if (!(error instanceof CloudError)) return false;
  if (error.kind === 'throttled' || error.kind === 'retryable' || row.kinds?.includes(error.kind)) return true;
  return error.cloudCode !== undefined && row.codes.includes(error.cloudCode);
}

/**
 * Runs `call` until the cloud takes it: "not found" counts as done, a refusal the row names is
 * asked again with a doubling wait until the row's budget is spent (then the refusal is thrown:
 * the caller keeps saying what still exists), anything else is thrown at once.
 */
export async function untilTaken(
  scope: StepScope,
  row: RetryRow,
  resourceId: string,
  call: (api: StepScope['api']) => Promise<unknown>,
  budgetMs = row.budgetMs,
): Promise<void> {
  const { clock } = scope.deps;
  const random = scope.deps.random ?? Math.random;
  const start = clock.now();
  let wait = row.firstWaitMs ?? 2000;
  // The first call is the work; asking again only waits for the cloud (counted as polls).
  for (let api = scope.api; ; api = scope.pollApi) {
    try {
      await call(api);
      return;
    } catch (error) {
      if (isNotFound(error)) return;
      if (!refusedForNow(row, error) || scope.signal.aborted) throw error;
      if (clock.now() - start + wait > budgetMs) throw error;
      scope.log(
        msg('operation.teardownBusy', {
          resourceId,
          code: error.cloudCode ?? error.kind,
          seconds: Math.round(wait / 1000),
        }),
      );
      await clock.sleep(wait * (0.8 + 0.4 * random()), scope.signal);
      wait = Math.min(wait * 2, row.longestWaitMs ?? 30_000);
    }
  }
}
