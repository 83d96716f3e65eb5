import type { Clock } from '../clock/clock';
import type { LaunchApi } from './launch-api';

export type SpotWatchEvent =
  | { kind: 'notice'; instanceId: string; deadline: string }
  | { kind: 'released'; instanceId: string }
  | { kind: 'stopped'; instanceId: string };

const NOTICE_MS = 5 * 60_000;

/**
 * Watches one spot instance for a reclaim: polls DescribeInstances (every 2 s at first, backing
 * off to a minute while nothing happens, every 5 s once a notice is out), reports the
 * "Recycling" lock with its deadline (about five minutes later), then the release.
 */
export async function watchSpot(
  api: Pick<LaunchApi, 'describeInstances'>,
  clock: Clock,
  target: { regionId: string; instanceId: string },
  onEvent: (event: SpotWatchEvent) => void,
  signal: AbortSignal,
): Promise<void> {
  let interval = 2000;
  let deadline: string | undefined;
  while (!signal.aborted) {
    let instance: Awaited<ReturnType<LaunchApi['describeInstances']>>['instances'][number] | undefined;
    try {
      const page = await api.describeInstances(
        { regionId: target.regionId, instanceIds: [target.instanceId] },
        { signal },
      );
      instance = page.instances[0];
      if (!instance) {
        onEvent({ kind: 'released', instanceId: target.instanceId });
        return;
      }
    } catch {
      if (signal.aborted) return;
      // A failed poll is not news; try again later.
    }
    if (instance) {
      const recycling = instance.operationLocks.some((l) => l.lockReason.toLowerCase() === 'recycling');
      if (recycling && !deadline) {
        deadline = new Date(clock.now() + NOTICE_MS).toISOString();
        onEvent({ kind: 'notice', instanceId: target.instanceId, deadline });
      }
      if (instance.status === 'Stopped' && !deadline) {
        onEvent({ kind: 'stopped', instanceId: target.instanceId });
        return;
      }
    }
    interval = deadline ? 5000 : Math.min(60_000, interval * 1.5);
    try {
      await clock.sleep(interval, signal);
    } catch {
      return;
    }
  }
}
