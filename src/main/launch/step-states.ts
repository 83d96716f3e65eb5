import { type StepId, type StepState, type StepView, stepIds } from '../../shared/session';
import type { StepScope } from './step-scope';

export function initialSteps(): StepView[] {
  return stepIds.map((id) => ({ id, state: 'pending' }));
}

export function setStep(scope: StepScope, id: StepId, state: StepState): void {
  scope.update((s) => {
    const view = s.steps.find((v) => v.id === id);
    if (!view) return;
    view.state = state;
    if (state === 'running') {
      view.startedAt = scope.now();
      view.endedAt = undefined;
    }
    if (state === 'done' || state === 'failed' || state === 'skipped') view.endedAt = scope.now();
  });
}

/** Runs one step with its state journaled before and after. */
export async function step<T>(scope: StepScope, id: StepId, run: () => Promise<T>): Promise<T> {
  setStep(scope, id, 'running');
  try {
    const value = await run();
    setStep(scope, id, 'done');
    return value;
  } catch (error) {
    setStep(scope, id, 'failed');
    throw error;
  }
}
