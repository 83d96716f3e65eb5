import { msg } from '../../shared/words/message';
import { type ActionName, busyTable, CloudError, isBusyCode } from '../aliyun';
import { isNotFound } from './cloud-checks';
import type { StepScope } from './step-scope';

/** A refusal the action's retry table names (or a moment of the cloud): worth asking again. */
export function refusedForNow(action: ActionName, error: unknown): error is CloudError {
  if (!(error instanceof CloudError)) return false;
  const table = busyTable(action);
  if (error.kind === 'throttled' || error.kind === 'retryable' || table?.kinds?.includes(error.kind)) return true;
  return isBusyCode(table, error.cloudCode);
}

/**
 * Runs `call` (one `action`) until the cloud takes it: "not found" counts as done, a refusal the
 * action's retry table names is asked again with a doubling wait until the table's time is spent
 * (then the refusal is thrown: the caller keeps saying what still exists), anything else is
 * thrown at once.
 */
export async function untilTaken(
  scope: StepScope,
  action: ActionName,
  resourceId: string,
  call: (api: StepScope['api']) => Promise<unknown>,
  budgetMs = busyTable(action)?.forMs ?? 0,
): Promise<void> {
  const table = busyTable(action);
  const { clock } = scope.deps;
  const random = scope.deps.random ?? Math.random;
  const start = clock.now();
  let wait = table?.firstWaitMs ?? 2000;
  // The first call is the work; asking again only waits for the cloud (counted as polls).
  for (let api = scope.api; ; api = scope.pollApi) {
    try {
      await call(api);
      return;
    } catch (error) {
      if (isNotFound(error)) return;
      if (!refusedForNow(action, error) || scope.signal.aborted) throw error;
      if (clock.now() - start + wait > budgetMs) throw error;
      scope.log(
        msg('operation.teardownBusy', {
          resourceId,
          code: error.cloudCode ?? error.kind,
          seconds: Math.round(wait / 1000),
        }),
      );
      await clock.sleep(wait * (0.8 + 0.4 * random()), scope.signal);
      wait = Math.min(wait * 2, table?.longestWaitMs ?? 30_000);
    }
  }
}
