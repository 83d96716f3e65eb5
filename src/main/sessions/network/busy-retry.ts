import { AppError } from '../../../shared/errors';
import { msg } from '../../../shared/words/message';
import type { CloudError } from '../../aliyun';
import { type RetryRow, refusedForNow, untilTaken } from '../retry-table';
import type { StepScope } from '../step-scope';

/** How long a network delete may keep being refused as "busy" before Danlu leaves it. */
const NETWORK_DELETE_BUDGET_MS = 5 * 60_000;

/**
 * Answers meaning "not now" for a delete in a VPC: another task of the VPC under way
 * (TaskConflict, OperationConflict, OperationDenied.OtherSubnetProcessing), a resource still in
 * a transition (Incorrect…Status), a dependency the cloud lets go of only a while after the
 * instance is gone (DependencyViolation), or a moment of the service itself.
 */
const NETWORK_DELETE: RetryRow = {
  action: 'DeleteSecurityGroup, DeleteVSwitch, DeleteVpc',
  codes: [],
  kinds: ['dependency'],
  budgetMs: NETWORK_DELETE_BUDGET_MS,
};

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
  const start = scope.deps.clock.now();
  try {
    await untilTaken(scope, NETWORK_DELETE, resourceId, run, budgetMs);
  } catch (error) {
    if (!refusedForNow(NETWORK_DELETE, error) || scope.signal.aborted) throw error;
    throw new NetworkBusyError(resourceId, error, Math.round((scope.deps.clock.now() - start) / 1000));
  }
}
