import type { Clock } from '../../../shared/clock';
import type { SessionView } from '../../../shared/session';
import { toView } from '../journal/session-view';
import type { SessionCloudApi } from '../session-cloud-api';
import type { SessionDeps } from '../session-deps';

export type SpotWatchEvent =
  | { kind: 'notice'; instanceId: string; deadline: string; seenAt: string }
  | { kind: 'released'; instanceId: string }
  | StoppedEvent;

/** The instance was found stopped: in which mode, when, and when it was last seen running (this run). */
export interface StoppedEvent {
  kind: 'stopped';
  instanceId: string;
  stoppedMode: string;
  seen: string;
  lastRunning?: string;
}

const NOTICE_MS = 5 * 60_000;

/** The longest wait between two looks: it bounds how much of the five minutes' notice is lost. */
const QUIET_POLL_MS = 20_000;

/**
 * Watches one running spot instance: polls DescribeInstances (every 2 s at first, backing off to
 * 20 s while nothing happens, every 5 s once a notice is out), reports the "Recycling" lock with
 * its deadline, then the release; or a stop nobody asked Danlu for, with the StoppedMode it left
 * (a power-off inside the machine stops it in KeepCharging, still billed). The cloud gives no
 * time with the lock, so the deadline is five minutes after the last look that did not see it:
 * the earliest the release can come, never later than the truth.
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
  let lastRunning: number | undefined;
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
        onEvent({ kind: 'notice', instanceId: target.instanceId, deadline, seenAt: new Date(askedAt).toISOString() });
      } else if (!recycling) {
        quietSince = askedAt;
      }
      if (instance.status === 'Running') lastRunning = askedAt;
      if (instance.status === 'Stopped' && !deadline) {
        onEvent({
          kind: 'stopped',
          instanceId: target.instanceId,
          stoppedMode: instance.stoppedMode ?? 'KeepCharging',
          seen: new Date(askedAt).toISOString(),
          lastRunning: lastRunning === undefined ? undefined : new Date(lastRunning).toISOString(),
        });
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

/** Records a reclaim notice on the session (the log and the notice say it, with why); returns the session. */
export function applyReclaimNotice(
  deps: Pick<SessionDeps, 'journal' | 'onChange'>,
  id: string,
  deadline: string,
): SessionView {
  const view = toView(
    deps.journal.update(id, (s) => {
      s.reclaimDeadline = deadline;
    }),
  );
  deps.onChange(view);
  return view;
}
