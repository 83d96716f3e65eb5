import type { Clock } from '../../shared/clock';
import { AppError } from '../../shared/errors';
import type { Localized } from '../../shared/localized';
import { type Message, msg } from '../../shared/words/message';
import type { RemoteShell } from './ssh-runner';
import type { StepEvent, StepId, StepState, TimelineEntry } from './types';

/** What a step works with. `shell` is shared by all steps and replaced when the machine reboots. */
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
  /** Steps that must have finished before this one starts; the others may run at the same time. */
  after?: StepId[];
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
  /** The timeline so far, each time it changes. */
  onTimeline?: (timeline: TimelineEntry[]) => void;
  /** How many steps may run at once; 1 runs them one after another in the given order. */
  concurrency?: number;
}

export interface StepRunResult {
  changed: StepId[];
  timings: Partial<Record<StepId, number>>;
  /** When each step (and each reboot) started and ended, on the runner's clock. */
  timeline: TimelineEntry[];
  reboots: number;
}

const MAX_REBOOTS_PER_STEP = 2;

/**
 * Runs steps as soon as the steps they come `after` have finished, several at once: check →
 * apply when needed → check again, each under its own timeout and the caller's AbortSignal,
 * reporting progress per step. A step that needs a reboot waits until the steps already under
 * way have finished (none starts meanwhile), then one reboot serves every step asking for it.
 * The first failure cancels the steps still running. Safe to run again from the start after any
 * failure: finished steps only cost their check.
 */
export async function runSteps(
  steps: Step[],
  base: Omit<StepContext, 'signal' | 'onLine'>,
  signal: AbortSignal | undefined,
  deps: StepRunnerDeps,
): Promise<StepRunResult> {
  return new StepGraph(steps, base, signal, deps).run();
}

class StepGraph {
  private readonly changed: StepId[] = [];
  private readonly timings: Partial<Record<StepId, number>> = {};
  private readonly timeline: TimelineEntry[] = [];
  private readonly finished = new Set<StepId>();
  private readonly started = new Set<StepId>();
  private readonly running = new Map<StepId, Promise<void>>();
  /** Steps waiting for the reboot they asked for, with what resumes them. */
  private readonly parked = new Map<
    StepId,
    { ctx: StepContext; onRebooting: () => void; resume: (error?: unknown) => void }
  >();
  private rebooting = false;
  private reboots = 0;
  private failure: unknown;
  /** Aborted on the first failure, so the steps still running stop too. */
  private readonly stopAll = new AbortController();
  private readonly limit: number;

  constructor(
    private readonly steps: Step[],
    private readonly base: Omit<StepContext, 'signal' | 'onLine'>,
    private readonly signal: AbortSignal | undefined,
    private readonly deps: StepRunnerDeps,
  ) {
    this.limit = Math.max(1, deps.concurrency ?? Number.POSITIVE_INFINITY);
    const ids = new Set(steps.map((s) => s.id));
    for (const step of steps) {
      const unknown = (step.after ?? []).filter((id) => !ids.has(id));
      if (unknown.length > 0) throw new Error(`step ${step.id} comes after unknown steps: ${unknown.join(', ')}`);
    }
  }

  async run(): Promise<StepRunResult> {
    for (;;) {
      this.startReady();
      if (this.running.size === 0) break;
      await Promise.race(this.running.values());
    }
    if (this.failure !== undefined) throw this.failure;
    const stuck = this.steps.filter((s) => !this.finished.has(s.id)).map((s) => s.id);
    if (stuck.length > 0) throw new Error(`steps that wait on each other never ran: ${stuck.join(', ')}`);
    return { changed: this.changed, timings: this.timings, timeline: this.timeline, reboots: this.reboots };
  }

  /** Starts every step whose predecessors have finished, as far as the limit allows. */
  private startReady(): void {
    if (this.failure !== undefined || this.parked.size > 0 || this.rebooting) return;
    for (const step of this.steps) {
      if (this.running.size >= this.limit) return;
      if (this.started.has(step.id)) continue;
      if (!(step.after ?? []).every((id) => this.finished.has(id))) {
        // One at a time means in the given order: nothing overtakes a step still waiting.
        if (this.limit === 1) return;
        continue;
      }
      this.started.add(step.id);
      const done = this.runOne(step).finally(() => {
        this.running.delete(step.id);
        this.maybeReboot();
      });
      this.running.set(step.id, done);
    }
  }

  private emitTimeline(): void {
    this.deps.onTimeline?.(this.timeline.map((e) => ({ ...e })));
  }

  private async runOne(step: Step): Promise<void> {
    const { clock } = this.deps;
    const index = this.steps.indexOf(step) + 1;
    const started = clock.now();
    const entry: TimelineEntry = { id: step.id, startedAt: started, state: 'running' };
    this.timeline.push(entry);
    this.emitTimeline();
    const emit = (state: StepState, error?: Localized) =>
      this.deps.onStep?.({
        step: step.id,
        title: step.title,
        state,
        index,
        total: this.steps.length,
        ...(state === 'done' || state === 'skipped' || state === 'failed' ? { elapsedMs: clock.now() - started } : {}),
        ...(error ? { error } : {}),
      });
    const timeout = new AbortController();
    const outer = [this.stopAll.signal, ...(this.signal ? [this.signal] : [])];
    const stepSignal = AbortSignal.any([...outer, timeout.signal]);
    const timer = new AbortController();
    clock
      .sleep(step.timeoutMs, timer.signal)
      .then(() => timeout.abort(new Error(`no result within ${Math.round(step.timeoutMs / 1000)} s`)))
      .catch(() => undefined);
    const base = this.base;
    const ctx: StepContext = {
      get shell() {
        return base.shell;
      },
      set shell(shell) {
        base.shell = shell;
      },
      facts: base.facts,
      signal: stepSignal,
      onLine: (line) => this.deps.onLine?.(step.id, line),
    };
    const settle = (state: TimelineEntry['state']) => {
      entry.state = state;
      entry.endedAt = clock.now();
      this.emitTimeline();
    };
    try {
      emit('checking');
      if (await step.check(ctx)) {
        emit('skipped');
        settle('skipped');
      } else {
        this.changed.push(step.id);
        let reboots = 0;
        for (;;) {
          emit('applying');
          const outcome = await step.apply(ctx);
          if (outcome === 'reboot') {
            if (++reboots > MAX_REBOOTS_PER_STEP) throw new Error('still asks for a reboot after rebooting');
            await this.waitForReboot(step, ctx, () => emit('rebooting'));
          }
          if (await step.check(ctx)) break;
          if (outcome !== 'reboot') throw new Error('its check still fails after applying it');
        }
        emit('done');
        settle('done');
      }
      this.timings[step.id] = clock.now() - started;
      this.finished.add(step.id);
    } catch (error) {
      const failure = stepFailure(step, error, this.signal, timeout.signal);
      emit('failed', failure.text);
      settle('failed');
      if (this.failure === undefined) {
        this.failure = failure;
        this.stopAll.abort(failure);
      }
    } finally {
      timer.abort();
    }
  }

  /** Parks the step until no other step is under way, then reboots once for every parked step. */
  private waitForReboot(step: Step, ctx: StepContext, onRebooting: () => void): Promise<void> {
    return new Promise<void>((resolve, reject) => {
      this.parked.set(step.id, {
        ctx,
        onRebooting,
        resume: (error) => {
          if (error === undefined) resolve();
          else reject(error);
        },
      });
      // Let the scheduler see this step as waiting, not working.
      queueMicrotask(() => this.maybeReboot());
    });
  }

  /** Reboots when every step still under way is one waiting for the reboot. */
  private maybeReboot(): void {
    if (this.rebooting || this.parked.size === 0) return;
    const working = [...this.running.keys()].filter((id) => !this.parked.has(id));
    if (working.length > 0) return;
    const waiting = [...this.parked.values()];
    this.parked.clear();
    if (this.failure !== undefined) {
      for (const w of waiting) w.resume(this.failure);
      return;
    }
    this.rebooting = true;
    for (const w of waiting) w.onRebooting();
    const entry: TimelineEntry = { id: 'reboot', startedAt: this.deps.clock.now(), state: 'running' };
    this.timeline.push(entry);
    this.emitTimeline();
    const ctx = waiting[0]?.ctx as StepContext;
    this.deps
      .reboot(ctx)
      .then(
        () => {
          entry.state = 'done';
          this.reboots++;
          return undefined;
        },
        (error: unknown) => {
          entry.state = 'failed';
          return error ?? new Error('the reboot failed');
        },
      )
      .then((error) => {
        entry.endedAt = this.deps.clock.now();
        this.rebooting = false;
        this.emitTimeline();
        for (const w of waiting) w.resume(error);
      });
  }
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
