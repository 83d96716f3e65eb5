import { describe, expect, it } from 'vitest';
import type { Clock } from '../../../shared/clock';
import type { SessionCloudApi } from '../session-cloud-api';
import { type SpotWatchEvent, watchSpot } from './spot-watch';

const NOTICE_MS = 5 * 60_000;

/** A clock whose sleeps pass at once, and a cloud that locks the instance at `noticeAt` and releases it five minutes later. */
function reclaimAt(noticeAt: number) {
  let now = 0;
  const sleeps: number[] = [];
  const clock: Clock = {
    now: () => now,
    sleep: async (ms) => {
      sleeps.push(ms);
      now += ms;
    },
  };
  const api = {
    describeInstances: async () => {
      if (now >= noticeAt + NOTICE_MS) return { instances: [] };
      const locks = now >= noticeAt ? [{ lockReason: 'Recycling' }] : [];
      return { instances: [{ instanceId: 'i-1', status: 'Running', operationLocks: locks }] };
    },
  } as unknown as Pick<SessionCloudApi, 'describeInstances'>;
  return { clock, api, sleeps, releaseAt: noticeAt + NOTICE_MS };
}

describe('the spot watch', () => {
  it('never shows a deadline later than the release, and at most one quiet poll early', async () => {
    for (const noticeAt of [1_000, 7_777, 61_000, 3_600_000, 3_600_000 + 12_345]) {
      const { clock, api, sleeps, releaseAt } = reclaimAt(noticeAt);
      const events: SpotWatchEvent[] = [];
      await watchSpot(
        api,
        clock,
        { regionId: 'r', instanceId: 'i-1' },
        (e) => events.push(e),
        new AbortController().signal,
      );
      const notice = events.find((e) => e.kind === 'notice');
      expect(notice, `notice at ${noticeAt}`).toBeDefined();
      const early = releaseAt - Date.parse((notice as { deadline: string }).deadline);
      expect(early, `notice at ${noticeAt}`).toBeGreaterThanOrEqual(0);
      expect(early, `notice at ${noticeAt}`).toBeLessThanOrEqual(20_000);
      // Most of the five minutes is left to the user: no look is ever more than 20 s after the last.
      expect(Math.max(...sleeps)).toBeLessThanOrEqual(20_000);
      expect(events.at(-1)).toMatchObject({ kind: 'released', instanceId: 'i-1' });
    }
  });
});
