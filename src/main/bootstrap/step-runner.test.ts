import { describe, expect, it } from 'vitest';
import { systemClock } from '../../shared/clock';
import type { RemoteShell } from './ssh-runner';
import { runSteps, type Step, type StepRunnerDeps } from './step-runner';
import { STEP_TITLES } from './steps';
import type { StepEvent } from './types';

const shell = { hostKeySha256: 'SHA256:x', close() {} } as unknown as RemoteShell;

/** A step over an in-memory flag, counting how often it is applied. */
function flagStep(id: Step['id'], state: { done: boolean; applied: number }, extra: Partial<Step> = {}): Step {
  return {
    id,
    title: STEP_TITLES[id],
    timeoutMs: 5000,
    check: async () => state.done,
    apply: async () => {
      state.applied++;
      state.done = true;
      return 'done';
    },
    ...extra,
  };
}

async function runAll(steps: Step[], signal?: AbortSignal, extra: Partial<StepRunnerDeps> = {}) {
  const events: StepEvent[] = [];
  const result = await runSteps(steps, { shell, facts: new Map() }, signal, {
    clock: systemClock,
    reboot: async () => {},
    onStep: (e) => events.push(e),
    ...extra,
  });
  return { events, result };
}

/** A step that takes `ms` to apply and notes when it ran. */
function timedStep(id: Step['id'], ms: number, log: string[], after: Step['id'][] = []): Step {
  let done = false;
  return {
    id,
    title: STEP_TITLES[id],
    timeoutMs: 5000,
    after,
    check: async () => done,
    apply: async () => {
      log.push(`${id}:start`);
      await systemClock.sleep(ms);
      log.push(`${id}:end`);
      done = true;
      return 'done';
    },
  };
}

const settled = (log: string[], id: string) => log.indexOf(`${id}:end`);
const began = (log: string[], id: string) => log.indexOf(`${id}:start`);

describe('runSteps', () => {
  it('applies only what its check finds missing, and a second run applies nothing', async () => {
    const user = { done: false, applied: 0 };
    const disk = { done: true, applied: 0 };
    const first = await runAll([flagStep('user', user), flagStep('disk', disk, { after: ['user'] })]);
    expect(first.result.changed).toEqual(['user']);
    expect(first.events.map((e) => `${e.step}:${e.state}`)).toEqual([
      'user:checking',
      'user:applying',
      'user:done',
      'disk:checking',
      'disk:skipped',
    ]);
    const second = await runAll([flagStep('user', user), flagStep('disk', disk, { after: ['user'] })]);
    expect(second.result.changed).toEqual([]);
    expect(user.applied).toBe(1);
    expect(disk.applied).toBe(0);
  });

  it('fails a step whose check still fails after applying it, and what needs it never starts', async () => {
    const after = { done: false, applied: 0 };
    const stubborn = flagStep('disk', { done: false, applied: 0 }, { apply: async () => 'done' });
    await expect(runAll([stubborn, flagStep('tools', after, { after: ['disk'] })])).rejects.toMatchObject({
      code: 'bootstrap.stepFailed',
      message: expect.stringContaining('disk'),
    });
    expect(after.applied).toBe(0);
  });

  it('gives up on a step that outlives its timeout', async () => {
    const slow = flagStep(
      'python',
      { done: false, applied: 0 },
      {
        timeoutMs: 50,
        check: (ctx) =>
          new Promise((_r, reject) => ctx.signal.addEventListener('abort', () => reject(ctx.signal.reason))),
      },
    );
    await expect(runAll([slow])).rejects.toMatchObject({ code: 'bootstrap.stepTimeout' });
  });

  it('reports a cancel as such', async () => {
    const controller = new AbortController();
    const waiting = flagStep(
      'nvidia',
      { done: false, applied: 0 },
      {
        check: (ctx) => {
          controller.abort(new Error('user cancelled'));
          return Promise.reject(ctx.signal.reason);
        },
      },
    );
    await expect(runAll([waiting], controller.signal)).rejects.toMatchObject({ code: 'bootstrap.cancelled' });
  });

  it('runs steps that do not wait on each other at the same time, and each only after what it needs', async () => {
    const log: string[] = [];
    const steps = [
      timedStep('user', 60, log),
      timedStep('mirrors', 60, log),
      timedStep('disk', 60, log, ['user']),
      timedStep('python', 20, log, ['disk', 'mirrors']),
    ];
    const { result } = await runAll(steps);
    // mirrors started before user ended: side by side.
    expect(began(log, 'mirrors')).toBeLessThan(settled(log, 'user'));
    expect(began(log, 'disk')).toBeGreaterThan(settled(log, 'user'));
    expect(began(log, 'python')).toBeGreaterThan(Math.max(settled(log, 'disk'), settled(log, 'mirrors')));
    expect(result.changed.sort()).toEqual(['disk', 'mirrors', 'python', 'user']);
    const entry = (id: string) => result.timeline.find((e) => e.id === id);
    expect((entry('python')?.startedAt ?? 0) >= (entry('disk')?.endedAt ?? Infinity)).toBe(true);
    expect(result.timeline.every((e) => e.endedAt !== undefined && e.state === 'done')).toBe(true);
  });

  it('runs them one after another, in the given order, when asked to', async () => {
    const log: string[] = [];
    const steps = [timedStep('user', 20, log), timedStep('mirrors', 20, log), timedStep('tools', 20, log, ['mirrors'])];
    await runAll(steps, undefined, { concurrency: 1 });
    expect(log).toEqual(['user:start', 'user:end', 'mirrors:start', 'mirrors:end', 'tools:start', 'tools:end']);
  });

  it('reboots once, after the steps under way have finished and before any other starts', async () => {
    const log: string[] = [];
    let reboots = 0;
    const rebootOnce = (id: Step['id'], after: Step['id'][] = []): Step => {
      let asked = false;
      return {
        id,
        title: STEP_TITLES[id],
        timeoutMs: 5000,
        after,
        check: async () => asked && reboots > 0,
        apply: async () => {
          asked = true;
          log.push(`${id}:wants-reboot`);
          return 'reboot';
        },
      };
    };
    const steps = [
      rebootOnce('nvidia'),
      rebootOnce('facts'),
      timedStep('python', 80, log),
      timedStep('notebook', 10, log, ['nvidia']),
    ];
    const { events, result } = await runAll(steps, undefined, {
      reboot: async () => {
        log.push('reboot');
        reboots++;
      },
    });
    expect(reboots).toBe(1);
    expect(result.reboots).toBe(1);
    expect(log.indexOf('reboot')).toBeGreaterThan(settled(log, 'python'));
    expect(began(log, 'notebook')).toBeGreaterThan(log.indexOf('reboot'));
    expect(
      events
        .filter((e) => e.state === 'rebooting')
        .map((e) => e.step)
        .sort(),
    ).toEqual(['facts', 'nvidia']);
    const reboot = result.timeline.filter((e) => e.id === 'reboot');
    expect(reboot).toHaveLength(1);
    expect(reboot[0]?.state).toBe('done');
  });

  it('stops the steps still running when one fails, and reports the first failure', async () => {
    const log: string[] = [];
    let seen: AbortSignal | undefined;
    const failing = flagStep(
      'disk',
      { done: false, applied: 0 },
      { apply: async () => Promise.reject(new Error('no disk')) },
    );
    const long: Step = {
      ...timedStep('mirrors', 0, log),
      apply: async (ctx) => {
        seen = ctx.signal;
        await systemClock.sleep(5000, ctx.signal);
        return 'done';
      },
    };
    const started = Date.now();
    await expect(runAll([long, failing, timedStep('tools', 10, log, ['mirrors'])])).rejects.toMatchObject({
      code: 'bootstrap.stepFailed',
      message: expect.stringContaining('no disk'),
    });
    expect(Date.now() - started).toBeLessThan(2000);
    expect(seen?.aborted).toBe(true);
    expect(log).not.toContain('tools:start');
  });

  it('refuses a step that waits on a step it is not given', async () => {
    await expect(runAll([timedStep('python', 1, [], ['disk'])])).rejects.toThrow(/unknown steps: disk/);
  });
});
