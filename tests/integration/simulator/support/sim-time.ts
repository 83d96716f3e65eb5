import type { Simulator } from '../../../../src/simulator/index';

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

/** A fixed simulated start so seeded markets give the same prices on every run. */
export const START = Date.UTC(2026, 5, 1, 8, 0, 0);
