import type { Clock } from '../../../shared/clock';
import { msg } from '../../../shared/words/message';
import { toView } from '../journal/session-view';
import type { SessionCloudApi } from '../session-cloud-api';
import type { SessionDeps } from '../session-deps';

export type SpotWatchEvent =
  | { kind: 'notice'; instanceId: string; deadline: string }
  | { kind: 'released'; instanceId: string }
  | { kind: 'stopped'; instanceId: string };

const NOTICE_MS = 5 * 60_000;

/** The longest wait between two looks: it bounds how much of the five minutes' notice is lost. */
const QUIET_POLL_MS = 20_000;

/**
 * Watches one spot instance for a reclaim: polls DescribeInstances (every 2 s at first, backing
 * off to 20 s while nothing happens, every 5 s once a notice is out), reports the "Recycling"
 * lock with its deadline, then the release. The cloud gives no time with the lock, so the
 * deadline is five minutes after the last look that did not see it: the earliest the release
 * can come, never later than the truth.
 */
export async function watchSpot(
  api: Pick<SessionCloudApi, 'describeInstances'>,
  clock: Clock,
  target: { regionId: string; instanceId: string },
  onEvent: (event: SpotWatchEvent) => void,
  signal: AbortSignal,
): Promise<void> {
  let interval = 2000;
  let deadline: string | undefined;
  let quietSince = clock.now();
  while (!signal.aborted) {
    const askedAt = clock.now();
    let instance: Awaited<ReturnType<SessionCloudApi['describeInstances']>>['instances'][number] | undefined;
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
        deadline = new Date(quietSince + NOTICE_MS).toISOString();
        onEvent({ kind: 'notice', instanceId: target.instanceId, deadline });
      } else if (!recycling) {
        quietSince = askedAt;
      }
      if (instance.status === 'Stopped' && !deadline) {
        onEvent({ kind: 'stopped', instanceId: target.instanceId });
        return;
      }
    }
    interval = deadline ? 5000 : Math.min(QUIET_POLL_MS, interval * 1.5);
    try {
      await clock.sleep(interval, signal);
    } catch {
      return;
    }
  }
}

/** Records a spot watch event on the session; returns the notice to give, if any. */
export function applySpotEvent(
  deps: Pick<SessionDeps, 'journal' | 'onChange' | 'onLog'>,
  id: string,
  event: SpotWatchEvent,
): 'reclaim' | 'interrupted' | undefined {
  const update = (change: Parameters<SessionDeps['journal']['update']>[1]) =>
    deps.onChange(toView(deps.journal.update(id, change)));
  if (event.kind === 'notice') {
    update((s) => {
      s.reclaimDeadline = event.deadline;
    });
    deps.onLog(id, msg('session.spot.notice', { deadline: { time: event.deadline } }));
    return 'reclaim';
  }
  if (event.kind === 'released') {
    update((s) => {
      s.phase = 'interrupted';
      s.resources.instanceId = undefined;
      s.resources.publicIp = undefined;
    });
    deps.onLog(id, msg('session.spot.reclaimed'));
    return 'interrupted';
  }
  update((s) => {
    s.phase = 'stopped';
  });
  deps.onLog(id, msg('session.spot.stoppedByCloud'));
  return undefined;
}
