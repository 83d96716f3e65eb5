import type { ErrorInfo } from '../../../shared/errors';
import type { OperationKind, OperationStepView, StepState } from '../../../shared/session';
import { type Message, msg } from '../../../shared/words/message';
import type { StepScope } from '../step-scope';

/** A step an operation will take, named before it starts so the window shows what is coming. */
export interface PlannedStep {
  id: string;
  label: Message;
}

export const planned = (id: string, params?: Message['params']): PlannedStep => ({
  id,
  label: msg(`operation.step.${id}` as Message['code'], params),
});

/**
 * Starts tracking an operation on the session (`reason`: why Danlu started it on its own). A
 * release taken up again after a restart keeps the steps it had already done.
 */
export function beginOperation(scope: StepScope, kind: OperationKind, steps: PlannedStep[], reason?: Message): void {
  scope.update((s) => {
    const resumed = s.operation?.kind === kind && s.operation.state === 'running' ? s.operation : undefined;
    const why = reason ?? resumed?.reason;
    // A new operation: the error of an earlier one no longer stands.
    s.error = undefined;
    s.operation = {
      kind,
      state: 'running',
      startedAt: resumed?.startedAt ?? scope.now(),
      ...(why ? { reason: why } : {}),
      steps: steps.map((p) => {
        const before = resumed?.steps.find((x) => x.id === p.id);
        return before?.state === 'done' ? before : { id: p.id, label: p.label, state: 'pending' };
      }),
    };
  });
}

function change(scope: StepScope, id: string, edit: (step: OperationStepView) => void): void {
  scope.update((s) => {
    const step = s.operation?.steps.find((x) => x.id === id);
    if (step) edit(step);
  });
}

function setState(scope: StepScope, id: string, state: StepState): void {
  const at = scope.now();
  change(scope, id, (step) => {
    step.state = state;
    if (state === 'running') {
      step.startedAt = at;
      step.endedAt = undefined;
    } else if (state !== 'pending') {
      step.endedAt = at;
      step.percent = undefined;
    }
  });
}

/**
 * Runs one step of the operation, its state journaled before and after. Not retried here: a
 * stop or start asked twice is refused by the cloud, and a release retries as a whole.
 */
export async function opStep<T>(scope: StepScope, id: string, run: () => Promise<T>): Promise<T> {
  setState(scope, id, 'running');
  try {
    const value = await run();
    setState(scope, id, 'done');
    return value;
  } catch (error) {
    setState(scope, id, 'failed');
    throw error;
  }
}

/** What the step found or did, shown under it and written to the session log. */
export function opDetail(scope: StepScope, id: string, message: Message): void {
  change(scope, id, (step) => {
    step.detail = message;
  });
  scope.log(message);
}

/** How far the cloud says the step is (0–100); only a change is journaled. */
export function opPercent(scope: StepScope, id: string, percent: number): void {
  const rounded = Math.max(0, Math.min(100, Math.round(percent)));
  const step = scope.record.operation?.steps.find((x) => x.id === id);
  if (!step || step.percent === rounded) return;
  change(scope, id, (s) => {
    s.percent = rounded;
  });
}

/** Ends the operation: steps still under way end as failed, steps never reached stay pending. */
export function endOperation(scope: StepScope, state: 'done' | 'failed', error?: ErrorInfo): void {
  const at = scope.now();
  scope.update((s) => {
    if (!s.operation) return;
    s.operation.state = state;
    s.operation.endedAt = at;
    s.operation.error = error;
    for (const step of s.operation.steps) {
      if (step.state === 'running') {
        step.state = state === 'done' ? 'done' : 'failed';
        step.endedAt = at;
        step.percent = undefined;
      }
    }
  });
}
