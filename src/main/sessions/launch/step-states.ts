import type { StepId, StepState } from '../../../shared/session';
import { msg } from '../../../shared/words/message';
import { CloudError } from '../../aliyun';
import type { StepScope } from '../step-scope';

export function setStep(scope: StepScope, id: StepId, state: StepState): void {
  scope.update((s) => {
    const view = s.steps.find((v) => v.id === id);
    if (!view) return;
    view.state = state;
    if (state === 'running') {
      view.startedAt = scope.now();
      view.endedAt = undefined;
    }
    if (state !== 'pending' && state !== 'running') view.endedAt = scope.now();
  });
}

/** Failures worth running an idempotent step again for: the cloud or the network had a moment. */
function isTransient(error: unknown): boolean {
  return error instanceof CloudError && (error.kind === 'retryable' || error.kind === 'throttled');
}

/**
 * Runs an idempotent piece of work again when the cloud had a moment (the client does not
 * repeat calls that may have been carried out, such as ImportKeyPair or AttachDisk; the step
 * looks first and so can).
 */
export async function again<T>(scope: StepScope, run: () => Promise<T>, tries = 3): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await run();
    } catch (error) {
      if (attempt >= tries || !isTransient(error) || scope.signal.aborted) throw error;
      scope.log(msg('launch.stepRetry', { reason: (error as CloudError).text }));
      await scope.deps.clock.sleep(2000 * attempt, scope.signal);
    }
  }
}

/** Runs one step with its state journaled before and after; transient failures are retried. */
export async function step<T>(scope: StepScope, id: StepId, run: () => Promise<T>): Promise<T> {
  setStep(scope, id, 'running');
  try {
    const value = await again(scope, run);
    setStep(scope, id, 'done');
    return value;
  } catch (error) {
    setStep(scope, id, 'failed');
    throw error;
  }
}
