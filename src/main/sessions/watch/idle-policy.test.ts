import { describe, expect, it } from 'vitest';
import type { Ticker } from '../../../shared/clock';
import type { SessionView } from '../../../shared/session';
import { renderMessage } from '../../../shared/words/message';
import { silentLogger } from '../../log/logger';
import type { AutoReason } from '../session-deps';
import { IdleGuard } from './idle-guard';
import { idleStopPolicy } from './idle-policy';

const now = Date.parse('2026-12-08T13:00:00Z');
const session = {
  id: 'ses-20261208-idle',
  name: 'lab',
  phase: 'ready',
  notebook: { url: 'https://203.0.113.9:8888/', fingerprint256: 'AA' },
  resources: { instanceId: 'i-1' },
} as unknown as SessionView;
const never: Ticker = { every: () => () => {} };

describe('the idle guard', () => {
  it('stops an idle session saying for how many minutes its notebook saw nothing, against the limit', async () => {
    const stops: Array<{ id: string; reason: AutoReason }> = [];
    const guard = new IdleGuard({
      sessions: async () => [session],
      token: async () => 'token',
      minutes: () => 60,
      now: () => now,
      ticker: never,
      activity: async () => ({
        lastActivity: new Date(now - 62.5 * 60_000).toISOString(),
        connections: 0,
        busyKernels: 0,
      }),
      onIdle: idleStopPolicy({
        minutes: () => 60,
        stop: async (id, reason) => stops.push({ id, reason }),
      }),
      log: silentLogger,
    });
    await guard.check();
    expect(stops).toHaveLength(1);
    expect(stops[0]?.id).toBe(session.id);
    expect(stops[0]?.reason.rule).toBe('idle');
    const why = stops[0]?.reason.why;
    expect(why && renderMessage(why, 'en')).toBe(
      'its notebook had no activity for 62 minutes (the limit is 60 minutes)',
    );
    expect(why && renderMessage(why, 'zh-CN')).toBe('Notebook 已 62 分钟没有活动（上限为 60 分钟）');
  });
});
