import { describe, expect, it } from 'vitest';
import { sessionIn } from '../../desktop/testing/desktop-fakes';
import { silentLogger } from '../../log/logger';
import { IdleGuard } from './idle-guard';

const now = Date.parse('2026-12-08T13:00:00Z');

function guard(gpuBusy: boolean | undefined) {
  const stopped: string[] = [];
  const asked: Array<[string, number]> = [];
  const subject = new IdleGuard({
    sessions: async () => [sessionIn('ready')],
    token: async () => 'notebook-token',
    minutes: () => 60,
    now: () => now,
    ticker: { every: () => () => undefined },
    // Nobody connected, no kernel busy, nothing for two hours.
    activity: async () => ({
      lastActivity: new Date(now - 120 * 60_000).toISOString(),
      connections: 0,
      busyKernels: 0,
    }),
    gpuBusy:
      gpuBusy === undefined
        ? undefined
        : (id, windowMs) => {
            asked.push([id, windowMs]);
            return gpuBusy;
          },
    onIdle: async (session) => {
      stopped.push(session.id);
    },
    log: silentLogger,
  });
  return { subject, stopped, asked };
}

describe('the idle guard and the GPU readings', () => {
  it('leaves a session whose GPU works, though its notebook is quiet', async () => {
    const { subject, stopped, asked } = guard(true);
    await subject.check();
    expect(stopped).toEqual([]);
    expect(asked).toEqual([['ses-1', 5 * 60_000]]);
  });

  it('stops a quiet session whose GPU is idle too, or was not read', async () => {
    for (const busy of [false, undefined]) {
      const { subject, stopped } = guard(busy);
      await subject.check();
      expect(stopped).toEqual(['ses-1']);
    }
  });
});
