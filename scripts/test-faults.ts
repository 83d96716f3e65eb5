/**
 * `npm run test:faults [-- --cycles N] [--seed N] [--at ISO-time]`: launch again and again on
 * the simulator, its unkind behaviours on, while 10 % of calls fail (throttling, 5xx, timeouts,
 * non-JSON bodies), every create's answer is lost now and then after the cloud made it, the first
 * zone is sold out, and the network's deletes meet the VPC service's conflict codes and a
 * released instance's lingering interface. Each cycle takes the next journey in turn: release
 * with neither, with a snapshot, keeping the disk; stop and start; a reclaim recovered with the
 * disk's zone sold out; an idle power-off inside the machine. After every step the guarantees are
 * checked against the cloud: no data lost (a disk or a complete snapshot of every lineage the
 * user did not delete), no bill unseen (every instance and disk billing shown by a session). Every
 * cycle must end consistent, nothing made twice, the simulator's own validation clean. A seed
 * replays the same run. The simulator starts at `--at`, else the test instant. The last line
 * printed (the only one on stdout) is one JSON object, with the after-create faults per action;
 * the exit code is 1 on any data lost, bill unseen, orphan, duplicate or inconsistency, or when
 * fewer than 90 % of the cycles reached ready.
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
