import type { StepState } from '../../shared/session';

/** A step as far as its share of the work goes. */
export interface TimedStep {
  id: string;
  state: StepState;
  startedAt?: string;
  /** 0–100 while the cloud reports how far the step is. */
  percent?: number;
}

/**
 * Typical seconds each step takes on the real cloud: a step's share of the whole work is its
 * share of the time, so a quick stop does not count as much as a snapshot of minutes.
 */
const TYPICAL_SECONDS: Readonly<Record<string, number>> = {
  preflight: 5,
  access: 3,
  keyPair: 2,
  network: 8,
  securityGroup: 3,
  disk: 8,
  instance: 8,
  running: 60,
  attachDisk: 10,
  ssh: 30,
  bootstrap: 600,
  stopRequest: 2,
  stopWait: 40,
  stopBilling: 2,
  startRequest: 2,
  startWait: 60,
  startNotebook: 40,
  imageScrub: 60,
  imageSnapshot: 300,
  imageCreate: 300,
  releaseInstance: 30,
  releaseAccess: 5,
  releaseSnapshot: 300,
  releasePrune: 5,
  releaseDisk: 20,
  releaseNetwork: 20,
};
const OTHER_STEP_SECONDS = 10;

/** A saved image holds the installs: the bootstrap only checks and starts the notebook. */
export const FROM_IMAGE: Readonly<Record<string, number>> = { bootstrap: 60 };

/** How far one running step is: the cloud's percentage, else the time it has run against its typical time. */
function runningShare(step: TimedStep, typical: number, now: number): number {
  if (step.percent !== undefined) return Math.min(1, Math.max(0, step.percent / 100));
  const started = step.startedAt ? Date.parse(step.startedAt) : Number.NaN;
  if (!Number.isFinite(started)) return 0;
  const elapsed = Math.max(0, (now - started) / 1000);
  // Time says how far a step is but never that it is over: a slow step creeps towards 95 %.
  return 0.95 * (1 - Math.exp(-elapsed / typical));
}

/**
 * The share (0..1) of a piece of work that is done, following time and the cloud's own
 * percentages rather than the count of steps. `now` is the cloud's time, as the steps' times are.
 */
export function progressShare(
  steps: readonly TimedStep[],
  now: number,
  typical: Readonly<Record<string, number>> = {},
): number {
  let total = 0;
  let done = 0;
  for (const step of steps) {
    const seconds = typical[step.id] ?? TYPICAL_SECONDS[step.id] ?? OTHER_STEP_SECONDS;
    total += seconds;
    if (step.state === 'done' || step.state === 'skipped') done += seconds;
    else if (step.state === 'running') done += seconds * runningShare(step, seconds, now);
  }
  return total > 0 ? Math.min(1, done / total) : 0;
}
