const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
const BLOCK = 6 * HOUR;

/** One run of the suites: the wall clock moved to `wall`; the simulators starting at `simulator` (undefined: the default test instant). */
export interface AnyDayRun {
  wall: number;
  simulator?: number;
}

/**
 * Where in the week the wall clock is moved: five days, each 6-hour block of the seeded market
 * at least once, minutes off the hour (the market changes on the hour and at block edges).
 */
const WALL_TIMES = [
  { day: 0, at: 1 * HOUR + 20 * MINUTE },
  { day: 1, at: 7 * HOUR + 40 * MINUTE },
  { day: 3, at: 13 * HOUR + 10 * MINUTE },
  { day: 4, at: 19 * HOUR + 50 * MINUTE },
  { day: 6, at: 4 * HOUR + 30 * MINUTE },
];

/** The simulators' start, away from the wall clock by days and by a block: every block again, on other days. */
const SIMULATOR_OFFSET = -10 * DAY + 11 * HOUR;

/** Monday 00:00 UTC of the week `at` falls in. */
export function weekStart(at: number): number {
  const midnight = Math.floor(at / DAY) * DAY;
  const weekday = (new Date(midnight).getUTCDay() + 6) % 7;
  return midnight - weekday * DAY;
}

/**
 * The runs over the week starting `monday`: the first keeps the default test instant (the wall
 * clock alone moves), the others also start the simulators elsewhere in time.
 */
export function anyDayPlan(monday: number): AnyDayRun[] {
  return WALL_TIMES.map(({ day, at }, index) => {
    const wall = monday + day * DAY + at;
    return index === 0 ? { wall } : { wall, simulator: wall + SIMULATOR_OFFSET };
  });
}

/** The 6-hour block of the seeded market an instant falls in, as "00–06" … "18–24". */
export function blockOf(at: number): string {
  const start = Math.floor((at % DAY) / BLOCK) * 6;
  return `${String(start).padStart(2, '0')}–${String(start + 6).padStart(2, '0')}`;
}

/** "Tue 2026-12-08 07:40 UTC (block 06–12)". */
export function describeInstant(at: number): string {
  const date = new Date(at);
  const weekday = date.toLocaleDateString('en-GB', { weekday: 'short', timeZone: 'UTC' });
  return `${weekday} ${date.toISOString().slice(0, 16).replace('T', ' ')} UTC (block ${blockOf(at)})`;
}

/** The instant as faketime reads it ("@2026-12-08 07:40:00", UTC). */
export function faketimeSpec(at: number): string {
  return `@${new Date(at).toISOString().slice(0, 19).replace('T', ' ')}`;
}
