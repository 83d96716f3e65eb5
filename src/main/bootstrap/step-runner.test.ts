import { describe, expect, it } from 'vitest';
import { systemClock } from '../../shared/clock';
import type { RemoteShell } from './ssh-runner';
import { runSteps, type Step } from './step-runner';
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

async function runAll(steps: Step[], signal?: AbortSignal) {
  const events: StepEvent[] = [];
  const result = await runSteps(steps, { shell, facts: new Map() }, signal, {
    clock: systemClock,
    reboot: async () => {},
    onStep: (e) => events.push(e),
  });
  return { events, result };
}

describe('runSteps', () => {
  it('applies only what its check finds missing, and a second run applies nothing', async () => {
    const user = { done: false, applied: 0 };
    const disk = { done: true, applied: 0 };
    const first = await runAll([flagStep('user', user), flagStep('disk', disk)]);
    expect(first.result.changed).toEqual(['user']);
    expect(first.events.map((e) => `${e.step}:${e.state}`)).toEqual([
      'user:checking',
      'user:applying',
      'user:done',
      'disk:checking',
      'disk:skipped',
    ]);
    const second = await runAll([flagStep('user', user), flagStep('disk', disk)]);
    expect(second.result.changed).toEqual([]);
    expect(user.applied).toBe(1);
    expect(disk.applied).toBe(0);
  });

  it('fails a step whose check still fails after applying it, and stops there', async () => {
    const after = { done: false, applied: 0 };
    const stubborn = flagStep('disk', { done: false, applied: 0 }, { apply: async () => 'done' });
    await expect(runAll([stubborn, flagStep('tools', after)])).rejects.toMatchObject({
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
});
