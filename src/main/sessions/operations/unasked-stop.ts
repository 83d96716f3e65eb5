import { msg } from '../../../shared/words/message';
import { closeSpans } from '../journal/billing-timeline';
import type { SessionRecord } from '../journal/session-record';
import type { StepScope } from '../step-scope';
import type { StoppedEvent } from '../watch/spot-watch';
import type { PlannedStep } from './operation-steps';
import { STOP_STEPS, startSession, startSteps, stopSession } from './power';

/**
 * A stop Danlu did not ask for: the idle watchdog's power-off, a shutdown typed on the machine,
 * or the cloud. Powered off from inside, an instance stops in standard mode (KeepCharging) and
 * its GPU goes on billing; Danlu ends that bill, as the user chose, by stopping it again in
 * economical mode or by releasing it with the data disk kept.
 */

/** Making such a stop economical: the instance is started, then stopped asking for StopCharging. */
export const RESTOP_STEPS: PlannedStep[] = [...startSteps(false), ...STOP_STEPS];

/**
 * Journals the stop found: the session is stopped, billed or not as the cloud says. Compute of an
 * economical stop ends at the look that found it; a billed one stays open until Danlu ends it.
 * Returns true while compute still bills.
 */
export function noteUnaskedStop(scope: StepScope, stop: StoppedEvent): boolean {
  const billed = stop.stoppedMode !== 'StopCharging';
  const from = stop.lastRunning ?? scope.record.seenRunningAt ?? scope.record.readyAt;
  scope.update((s) => {
    s.phase = 'stopped';
    // Left unsaid while Danlu ends the bill; said (false) if it cannot.
    s.billingStopped = billed ? undefined : true;
    s.stopSeen = billed ? { mode: stop.stoppedMode, seen: stop.seen, from } : undefined;
    if (!billed) s.resources.publicIp = undefined;
  });
  if (!billed) scope.bill((t) => closeSpans(t.compute, stop.seen));
  scope.log(
    billed
      ? msg('session.unaskedStop.seen', {
          mode: stop.stoppedMode,
          from: from ? { time: from } : '—',
          seen: { time: stop.seen },
        })
      : msg('session.unaskedStop.economicalAlready'),
  );
  return billed;
}

/** Starts the instance and stops it again in economical mode; true when compute no longer bills. */
export async function restopEconomical(scope: StepScope): Promise<boolean> {
  scope.update((s) => {
    s.phase = 'starting';
  });
  await startSession(scope, false);
  scope.update((s) => {
    s.phase = 'stopping';
  });
  return (await stopSession(scope)).billingStopped;
}

/** When the stop's compute bill ended: the close of the last compute span. */
function billEnded(record: SessionRecord): string | undefined {
  return record.billing?.compute.at(-1)?.to;
}

/**
 * The session log's account of the stop once its bill ended: how Danlu ended it, when, and what
 * the stop cost at most (from the last look that saw the machine running).
 */
export async function sayUnaskedStopEnded(
  scope: StepScope,
  stop: NonNullable<SessionRecord['stopSeen']>,
  how: 'economical' | 'released',
): Promise<void> {
  const record = scope.record;
  const until = billEnded(record) ?? scope.now();
  const from = stop.from ?? stop.seen;
  const span = record.billing?.compute.at(-1);
  const cost = span
    ? await scope.deps
        .computeCost?.({
          regionId: span.regionId,
          zoneId: span.zoneId,
          instanceType: span.instanceType,
          from,
          to: until,
        })
        .catch(() => undefined)
    : undefined;
  const action =
    how === 'economical'
      ? msg('session.unaskedStop.economical')
      : msg('session.unaskedStop.released', { diskId: record.resources.diskId ?? '—' });
  scope.log(
    msg('session.unaskedStop.handled', {
      action: { msg: action },
      until: { time: until },
      cost: cost === undefined ? '—' : { yuan: cost, digits: 4 },
      minutes: Math.max(1, Math.ceil((Date.parse(until) - Date.parse(from)) / 60_000)),
    }),
  );
  scope.update((s) => {
    s.stopSeen = undefined;
  });
}

/**
 * After an attempt to end such a stop's bill failed midway: the session shows what the machine
 * is now, running again (true; the stop is over) or stopped with compute still billed.
 */
export async function showWhatRuns(scope: StepScope): Promise<boolean> {
  const instanceId = scope.record.resources.instanceId;
  const running = instanceId
    ? await scope.api
        .describeInstances({ regionId: scope.region, instanceIds: [instanceId] })
        .then((p) => p.instances[0]?.status === 'Running')
        .catch(() => false)
    : false;
  scope.update((s) => {
    if (!['starting', 'stopping', 'stopped'].includes(s.phase)) return;
    s.phase = running ? 'ready' : 'stopped';
    s.billingStopped = running ? undefined : false;
    if (running) s.stopSeen = undefined;
  });
  return running;
}
