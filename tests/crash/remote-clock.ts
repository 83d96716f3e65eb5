import { type Clock, systemClock } from '../../src/shared/clock';

/**
 * The clock of a simulator running in another process, read once from its admin API: simulated
 * time runs at its speed from the instant read. Right while the simulator's speed is unchanged.
 */
export async function remoteSimClock(admin: string): Promise<Clock> {
  const answer = (await (await fetch(`${admin}/clock`)).json()) as { now: number; speed: number };
  const readAt = Date.now();
  const speed = answer.speed > 0 ? answer.speed : 1;
  return {
    now: () => answer.now + (Date.now() - readAt) * speed,
    sleep: (ms, signal) => systemClock.sleep(ms / speed, signal),
  };
}
