import { describe, expect, it } from 'vitest';
import { FROM_IMAGE, progressShare, type TimedStep } from './progress-share';

const start = Date.parse('2026-12-08T13:00:00Z');
const at = (seconds: number) => new Date(start + seconds * 1000).toISOString();
const IMAGE = ['imageScrub', 'stopRequest', 'stopWait', 'stopBilling', 'imageSnapshot', 'imageCreate'];

/** The save-as-image steps with the first `done` over and the next one running since `since` s. */
function image(done: number, since: number, percent?: number): TimedStep[] {
  return IMAGE.map((id, i) =>
    i < done
      ? { id, state: 'done' }
      : i === done
        ? { id, state: 'running', startedAt: at(since), ...(percent === undefined ? {} : { percent }) }
        : { id, state: 'pending' },
  );
}

describe('how far long work is', () => {
  it('follows time, not the count of steps: 20 s into a seven-minute image it is far from two thirds', () => {
    // Scrub and stop done 20 s in; the snapshot has just begun.
    const share = progressShare(image(4, 20, 0), start + 20_000);
    expect(share).toBeLessThan(0.2);
    expect(share).toBeGreaterThan(0.1);
  });

  it('follows the cloud’s percentage for a step that reports one', () => {
    const half = progressShare(image(4, 20, 50), start + 200_000);
    const more = progressShare(image(4, 20, 90), start + 200_000);
    expect(more).toBeGreaterThan(half);
    expect(progressShare(image(5, 300, 100), start + 600_000)).toBeGreaterThan(0.95);
  });

  it('moves with time inside a step without one, but never calls it done', () => {
    const steps: TimedStep[] = [{ id: 'stopWait', state: 'running', startedAt: at(0) }];
    const early = progressShare(steps, start + 5_000);
    const later = progressShare(steps, start + 40_000);
    const late = progressShare(steps, start + 3_600_000);
    expect(early).toBeGreaterThan(0);
    expect(later).toBeGreaterThan(early);
    expect(late).toBeLessThanOrEqual(0.95);
    // A step whose clock is ahead of the start (or has no start) counts as just begun.
    expect(progressShare([{ id: 'stopWait', state: 'running' }], start)).toBe(0);
  });

  it('weighs a launch from a saved image by its shorter set-up', () => {
    const launch: TimedStep[] = [
      { id: 'instance', state: 'done' },
      { id: 'running', state: 'done' },
      { id: 'bootstrap', state: 'pending' },
    ];
    expect(progressShare(launch, start, FROM_IMAGE)).toBeGreaterThan(progressShare(launch, start));
    expect(progressShare([], start)).toBe(0);
  });
});
