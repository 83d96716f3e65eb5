import type { TimelineEntry } from './types';

/** A timeline part as the session keeps it: times in ms from the start of the first part. */
export interface RelativePart {
  id: TimelineEntry['id'];
  state: TimelineEntry['state'];
  startMs: number;
  endMs?: number;
}

/**
 * The timeline measured from its own start, so the session can place it in journal time
 * whatever clock the bootstrap ran on.
 */
export function reportedParts(timeline: TimelineEntry[]): RelativePart[] {
  const zero = timeline[0]?.startedAt ?? 0;
  return timeline.map(({ id, state, startedAt, endedAt }) => ({
    id,
    state,
    startMs: startedAt - zero,
    ...(endedAt !== undefined ? { endMs: endedAt - zero } : {}),
  }));
}
