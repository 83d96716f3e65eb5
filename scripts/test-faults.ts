/**
 * `npm run test:faults [-- --cycles N] [--seed N] [--at ISO-time]`: launch and release again and
 * again on the simulator while 10 % of calls fail (throttling, 5xx, timeouts, non-JSON bodies),
 * the first zone is sold out, and the network's deletes meet the VPC service's conflict codes and
 * a released instance's lingering interface. Every cycle must end consistent: ready then
 * released, or failed with nothing left; no resource of any kind made twice (a failover's new
 * vSwitch, disk or instance in the next zone is not a duplicate); the simulator's own validation
 * clean. A seed replays the same run: the same cycles, faults and calls. The simulator starts at
 * `--at`, else the test instant (DANLU_TEST_INSTANT or the fixed default). The last line printed
 * (the only one on stdout) is one JSON object; the exit code is 1 when anything is orphaned,
 * duplicated or inconsistent, or when fewer than 90 % of the cycles reached ready.
 */
import { parseArgs } from 'node:util';
import { parseInstant } from '../tests/support/test-instant';
import { campaignPassed, runCampaign } from './faults/campaign';

const { values } = parseArgs({
  options: {
    cycles: { type: 'string', default: '100' },
    seed: { type: 'string', default: '21' },
    at: { type: 'string' },
  },
});

async function main() {
  const cycles = Number(values.cycles);
  const seed = Number(values.seed);
  if (!Number.isInteger(cycles) || cycles < 1)
    throw new Error(`--cycles needs a whole number ≥ 1, got "${values.cycles}"`);
  if (!Number.isInteger(seed)) throw new Error(`--seed needs a whole number, got "${values.seed}"`);
  const result = await runCampaign({
    cycles,
    seed,
    startTime: values.at === undefined ? undefined : parseInstant(values.at, '--at'),
    say: (line) => console.error(line),
  });
  console.log(JSON.stringify(result));
  const passed = campaignPassed(result);
  if (result.ready < Math.ceil(cycles * 0.9)) {
    console.error(`only ${result.ready} of ${cycles} cycles reached ready (at least 90 % must)`);
  }
  process.exit(passed ? 0 : 1);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
