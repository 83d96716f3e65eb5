import { expect, it } from 'vitest';
import { type CampaignResult, campaignPassed, runCampaign } from './campaign';

/** One run: its result, and per cycle what was called and how it was answered (in a stable order). */
async function run(seed: number) {
  const cycles: string[][] = [];
  const result: CampaignResult = await runCampaign({
    cycles: 1,
    seed,
    onCycle: (_cycle, calls) => cycles.push(calls.map((c) => `${c.action} ${c.code} ${c.fault}`).sort()),
  });
  return { result, cycles };
}

it('replays a seed: the same cycles, faults and calls, so the same JSON', async () => {
  const first = await run(5);
  const second = await run(5);
  expect(second).toEqual(first);
  expect(JSON.stringify(second.result)).toBe(JSON.stringify(first.result));
  expect(first.result.faults).toBeGreaterThan(0);
  expect(campaignPassed(first.result)).toBe(true);
  // Another seed is another run.
  const other = await run(6);
  expect(other.cycles).not.toEqual(first.cycles);
}, 180_000);
