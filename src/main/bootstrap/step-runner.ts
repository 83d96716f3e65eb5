import type { Clock } from '../../shared/clock';
import { AppError } from '../../shared/errors';
import type { Localized } from '../../shared/localized';
import { type Message, msg } from '../../shared/words/message';
import type { RemoteShell } from './ssh-runner';
import type { StepEvent, StepId, StepState } from './types';

/** What a step works with. `shell` is replaced when the machine reboots. */
export interface StepContext {
  shell: RemoteShell;
  /** "danlu:key=value" facts reported by the steps so far. */
  facts: Map<string, string>;
  signal: AbortSignal;
  onLine: (line: string) => void;
}

/** One idempotent step: `check` says whether it is already done; `apply` makes it so. */
export interface Step {
  id: StepId;
  title: Message;
  timeoutMs: number;
  check(ctx: StepContext): Promise<boolean>;
  /** "reboot" when the machine must restart to finish (the runner reboots, then checks again). */
  apply(ctx: StepContext): Promise<'done' | 'reboot'>;
}

export interface StepRunnerDeps {
  clock: Clock;
  /** Reboots the machine and puts a fresh connection into ctx.shell. */
  reboot: (ctx: StepContext) => Promise<void>;
  onStep?: (event: StepEvent) => void;
  onLine?: (step: StepId, line: string) => void;
}

const MAX_REBOOTS_PER_STEP = 2;

/**
 * Runs steps in order: check → apply when needed → check again, each under its own timeout and
 * the caller's AbortSignal, reporting progress per step. Safe to run again from the start after
 * any failure: finished steps only cost their check.
 */
export async function runSteps(
  steps: Step[],
  base: Omit<StepContext, 'signal' | 'onLine'>,
  signal: AbortSignal | undefined,
  deps: StepRunnerDeps,
): Promise<{ changed: StepId[]; timings: Partial<Record<StepId, number>> }> {
  const changed: StepId[] = [];
  const timings: Partial<Record<StepId, number>> = {};
  for (const [i, step] of steps.entries()) {
    const started = deps.clock.now();
    const emit = (state: StepState, error?: Localized) =>
      deps.onStep?.({
        step: step.id,
        title: step.title,
        state,
        index: i + 1,
        total: steps.length,
        ...(state === 'done' || state === 'skipped' || state === 'failed'
          ? { elapsedMs: deps.clock.now() - started }
          : {}),
        ...(error ? { error } : {}),
      });
    const timeout = new AbortController();
    const stepSignal = signal ? AbortSignal.any([signal, timeout.signal]) : timeout.signal;
    const timer = new AbortController();
    deps.clock
      .sleep(step.timeoutMs, timer.signal)
      .then(() => timeout.abort(new Error(`no result within ${Math.round(step.timeoutMs / 1000)} s`)))
      .catch(() => undefined);
    const ctx = base as StepContext;
    ctx.signal = stepSignal;
    ctx.onLine = (line) => deps.onLine?.(step.id, line);
    try {
      emit('checking');
      if (await step.check(ctx)) {
        emit('skipped');
      } else {
        changed.push(step.id);
        let reboots = 0;
        for (;;) {
          emit('applying');
          const outcome = await step.apply(ctx);
          if (outcome === 'reboot') {
            if (++reboots > MAX_REBOOTS_PER_STEP) throw new Error('still asks for a reboot after rebooting');
            emit('rebooting');
            await deps.reboot(ctx);
          }
          if (await step.check(ctx)) break;
          if (outcome !== 'reboot') throw new Error('its check still fails after applying it');
        }
        emit('done');
      }
      timings[step.id] = deps.clock.now() - started;
    } catch (error) {
      const failure = stepFailure(step, error, signal, timeout.signal);
      emit('failed', failure.text);
      throw failure;
    } finally {
      timer.abort();
    }
  }
  return { changed, timings };
}

function stepFailure(step: Step, error: unknown, outer: AbortSignal | undefined, timeout: AbortSignal): AppError {
  if (outer?.aborted) {
    return new AppError(msg('bootstrap.cancelled'), { cause: error });
  }
  if (error instanceof AppError) return error;
  const detail = timeout.aborted ? String((timeout.reason as Error)?.message) : errorMessage(error);
  return new AppError(msg('bootstrap.stepFailedBecause', { title: { msg: step.title }, detail }), {
    code: timeout.aborted ? 'bootstrap.stepTimeout' : 'bootstrap.stepFailed',
    retryable: true,
    cause: error,
  });
}

function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
