import type { Simulator } from '../../../../src/simulator/index';
import { testInstant } from '../../../support/test-instant';

/** Advances simulated time in steps until `check` holds (or fails after `limitMs` of simulated time). */
export async function advanceUntil(
  sim: Simulator,
  check: () => Promise<boolean> | boolean,
  options: { stepMs?: number; limitMs?: number; what?: string } = {},
): Promise<void> {
  const step = options.stepMs ?? 1_000;
  const limit = options.limitMs ?? 30 * 60_000;
  for (let spent = 0; spent <= limit; spent += step) {
    if (await check()) return;
    await sim.clock.advance(step);
  }
  throw new Error(`${options.what ?? 'condition'} did not hold within ${limit} simulated ms`);
}

/** The simulated start of these tests: the test instant (fixed unless DANLU_TEST_INSTANT moves it). */
export const START = testInstant();
