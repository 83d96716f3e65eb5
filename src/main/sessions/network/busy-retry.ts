import { AppError } from '../../../shared/errors';
import { msg } from '../../../shared/words/message';
import { CloudError } from '../../aliyun';
import { isNotFound } from '../cloud-checks';
import type { StepScope } from '../step-scope';

const FIRST_WAIT_MS = 2000;
const LONGEST_WAIT_MS = 30_000;
/** How long a network delete may keep being refused as "busy" before Danlu leaves it. */
const NETWORK_DELETE_BUDGET_MS = 5 * 60_000;

/**
 * Answers meaning "not now" for a delete in a VPC: another task of the VPC under way
 * (TaskConflict, OperationConflict, OperationDenied.OtherSubnetProcessing), a resource still in
 * a transition (Incorrect…Status), a dependency the cloud lets go of only a while after the
 * instance is gone (DependencyViolation), or a moment of the service itself.
 */
function isBusy(error: unknown): boolean {
  return (
    error instanceof CloudError &&
    (error.kind === 'dependency' || error.kind === 'retryable' || error.kind === 'throttled')
  );
}

/** A network resource the cloud kept refusing to delete; it costs nothing and Resources lists it. */
export class NetworkBusyError extends AppError {
  constructor(
    readonly resourceId: string,
    cause: CloudError,
    seconds: number,
  ) {
    const code = cause.cloudCode ?? cause.kind;
    super(msg('access.networkBusy', { resourceId, seconds, code }), {
      code: 'teardown.networkBusy',
      cloudCode: cause.cloudCode,
      requestId: cause.requestId,
      cause,
    });
  }
}

/**
 * Runs a delete until the cloud takes it: "not found" counts as done, a busy answer is tried
 * again with a doubling wait (2 s up to 30 s, with jitter) for at most `budgetMs`, then given up
 * with a NetworkBusyError. Anything else is thrown at once.
 */
export async function deleteWhenFree(
  scope: StepScope,
  resourceId: string,
  run: () => Promise<unknown>,
  budgetMs = scope.deps.timeouts?.networkDelete ?? NETWORK_DELETE_BUDGET_MS,
): Promise<void> {
  const { clock } = scope.deps;
  const random = scope.deps.random ?? Math.random;
  const start = clock.now();
  let wait = FIRST_WAIT_MS;
  for (;;) {
    try {
      await run();
      return;
    } catch (error) {
      if (isNotFound(error)) return;
      if (!isBusy(error) || scope.signal.aborted) throw error;
      const cause = error as CloudError;
      const waited = clock.now() - start;
      if (waited + wait > budgetMs) throw new NetworkBusyError(resourceId, cause, Math.round(waited / 1000));
      scope.log(
        msg('operation.teardownBusy', {
          resourceId,
          code: cause.cloudCode ?? cause.kind,
          seconds: Math.round(wait / 1000),
        }),
      );
      await clock.sleep(wait * (0.8 + 0.4 * random()), scope.signal);
      wait = Math.min(wait * 2, LONGEST_WAIT_MS);
    }
  }
}
