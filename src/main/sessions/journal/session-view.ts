import { pick } from '../../../shared/pick';
import {
  ATTEMPT_VIEW_KEYS,
  MOVE_VIEW_KEYS,
  NOTEBOOK_VIEW_KEYS,
  OPERATION_STEP_KEYS,
  OPERATION_VIEW_KEYS,
  SESSION_RESOURCE_KEYS,
  SESSION_VIEW_KEYS,
  type SessionView,
  STEP_VIEW_KEYS,
} from '../../../shared/session';
import { isOpen } from './billing-timeline';
import type { SessionRecord } from './session-record';

/** Releasing (or undoing a launch) while the timeline still bills an instance or a disk. */
function stillBilled(record: SessionRecord): boolean {
  const billing = record.billing;
  return record.phase === 'releasing' && billing !== undefined && (isOpen(billing.compute) || isOpen(billing.disks));
}

/**
 * What the window sees of a journal record: the listed fields of SessionView, picked one by one
 * (nested parts too), so nothing the journal keeps for itself — ClientTokens, host keys, the
 * user's address — can reach the window by being forgotten in a list of exclusions.
 */
export function toView(record: SessionRecord): SessionView {
  const view = pick({ ...record, stillBilled: stillBilled(record) || undefined }, SESSION_VIEW_KEYS);
  return {
    ...view,
    ...(record.move ? { move: pick(record.move, MOVE_VIEW_KEYS) } : {}),
    steps: record.steps.map((s) => pick(s, STEP_VIEW_KEYS)),
    attempts: record.attempts.map((a) => pick(a, ATTEMPT_VIEW_KEYS)),
    resources: pick(record.resources, SESSION_RESOURCE_KEYS),
    ...(record.notebook ? { notebook: pick(record.notebook, NOTEBOOK_VIEW_KEYS) } : {}),
    ...(record.operation
      ? {
          operation: {
            ...pick(record.operation, OPERATION_VIEW_KEYS),
            steps: record.operation.steps.map((s) => pick(s, OPERATION_STEP_KEYS)),
          },
        }
      : {}),
  };
}
