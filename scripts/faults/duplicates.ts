import type { SimEvent } from '../../src/simulator';

/** What one cycle of a launch made, by kind, as the simulator recorded each creation. */
export function createdSince(events: SimEvent[], since: number): Array<{ kind: string; tags: Record<string, string> }> {
  return events
    .filter((e) => e.type === 'resource.created' && e.at >= since)
    .map((e) => JSON.parse(e.detail) as { kind: string; tags: Record<string, string> });
}

/**
 * Resources made beyond what the cycle's course justifies. A launch makes one VPC, one security
 * group per session and one key pair; a vSwitch and a new data disk per zone it tried (a failover to the next
 * zone moves them legitimately); an instance per attempt at most. Anything more was made twice.
 */
export function countDuplicates(
  created: Array<{ kind: string; tags: Record<string, string> }>,
  attemptedZones: string[],
  attempts: number,
  /** What the cycle's journey makes beyond its launches (a release's snapshot, a move's snapshot and disk). */
  journey: { snapshot?: number; disk?: number; sessions?: number } = {},
): Record<string, number> {
  const zones = new Set(attemptedZones).size;
  const allowed: Record<string, number> = {
    vpc: 1,
    // Each session has a group of its own (a recover's new session too).
    securityGroup: journey.sessions ?? 1,
    keyPair: 1,
    vSwitch: zones,
    disk: zones + (journey.disk ?? 0),
    instance: attempts,
    snapshot: journey.snapshot ?? 0,
    image: 0,
  };
  const made = new Map<string, number>();
  for (const c of created) made.set(c.kind, (made.get(c.kind) ?? 0) + 1);
  const extra: Record<string, number> = {};
  for (const [kind, count] of made) {
    const over = count - (allowed[kind] ?? 0);
    if (over > 0) extra[kind] = over;
  }
  return extra;
}
