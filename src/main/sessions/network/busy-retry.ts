import { AppError } from '../../../shared/errors';
import { msg } from '../../../shared/words/message';
import { type ActionName, busyTable, type CloudError } from '../../aliyun';
import type { StepScope } from '../step-scope';
import { refusedForNow, untilTaken } from '../until-taken';

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
 * Runs a network delete (`action`) until the cloud takes it: "not found" counts as done, a busy
 * answer (the action's retry table) is tried again with a doubling wait (2 s up to 30 s, with
 * jitter) for at most the table's time, then given up with a NetworkBusyError. Anything else is
 * thrown at once.
 */
export async function deleteWhenFree(
  scope: StepScope,
  action: Extract<ActionName, 'DeleteSecurityGroup' | 'DeleteVSwitch' | 'DeleteVpc'>,
  resourceId: string,
  run: () => Promise<unknown>,
  budgetMs = scope.deps.timeouts?.networkDelete ?? busyTable(action)?.forMs,
): Promise<void> {
  const start = scope.deps.clock.now();
  try {
    await untilTaken(scope, action, resourceId, run, budgetMs);
  } catch (error) {
    if (!refusedForNow(action, error) || scope.signal.aborted) throw error;
    throw new NetworkBusyError(resourceId, error, Math.round((scope.deps.clock.now() - start) / 1000));
  }
}
