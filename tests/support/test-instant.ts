/**
 * The simulated instant test simulators start at unless a test names its own. Fixed, so whether
 * a test passes never depends on the day or hour it runs: the seeded spot market (prices in
 * hourly steps, stock outages and low stock in 6-hour blocks) follows simulated time.
 * `DANLU_TEST_INSTANT=<ISO-8601 time with its offset>` moves it; `npm run test:any-day` does, to
 * show that no test leans on what one instant's market happens to hold.
 */
export const TEST_INSTANT_VARIABLE = 'DANLU_TEST_INSTANT';

/** A Monday morning, UTC. */
export const DEFAULT_TEST_INSTANT = '2026-06-01T08:00:00Z';

const ISO_WITH_OFFSET = /^\d{4}-\d\d-\d\dT\d\d:\d\d(:\d\d(\.\d+)?)?(Z|[+-]\d\d:\d\d)$/;

/** Parses an instant given on the command line or in the environment; the offset is required (no local-time guess). */
export function parseInstant(text: string, name = TEST_INSTANT_VARIABLE): number {
  const ms = ISO_WITH_OFFSET.test(text) ? Date.parse(text) : Number.NaN;
  if (!Number.isFinite(ms)) {
    throw new Error(`${name} must be an ISO-8601 time with its offset, such as ${DEFAULT_TEST_INSTANT}; got "${text}"`);
  }
  return ms;
}

/** ms since the epoch: the environment's instant, else the fixed default. The only reader of the variable. */
export function testInstant(env: Readonly<Record<string, string | undefined>> = process.env): number {
  const text = env[TEST_INSTANT_VARIABLE]?.trim();
  return parseInstant(text || DEFAULT_TEST_INSTANT);
}
