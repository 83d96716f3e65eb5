import type { SessionRecord } from '../../src/main/sessions';
import type { Simulator } from '../../src/simulator';

const LINEAGE_TAG = 'danlu:lineage';

/** A resource as the simulator lists it (tags as an object). */
type Listed = { id?: unknown; status?: unknown; type?: unknown; instanceId?: unknown; tags?: unknown };
const lineageTag = (r: Listed) => (r.tags as Record<string, string> | undefined)?.[LINEAGE_TAG];

/**
 * The money guarantee, read against the simulator's ledger: every instance or disk the cloud
 * bills right now belongs to a session that shows it billing (an open span in its journal).
 * Answers the ids billed that no session shows.
 */
export function billingUnknown(sim: Simulator, records: SessionRecord[]): string[] {
  const shown = new Set<string>();
  for (const record of records) {
    const billing = record.billing;
    if (!billing) continue;
    for (const span of billing.compute) {
      if (span.to) continue;
      const instanceId = span.instanceId ?? record.resources.instanceId;
      if (instanceId) shown.add(instanceId);
    }
    for (const span of billing.disks) if (!span.to) shown.add(span.diskId);
  }
  const disks = new Map(sim.resources().disks.map((d: Listed) => [String(d.id), d]));
  const ledger = sim.ledger();
  const unknown = new Set<string>();
  for (const entry of ledger.entries) {
    if (!entry.open || (entry.resourceType !== 'instance' && entry.resourceType !== 'disk')) continue;
    const disk = disks.get(entry.resourceId);
    // The journal names a system disk after its instance.
    const named = disk?.type === 'system' ? `system:${String(disk.instanceId)}` : entry.resourceId;
    if (!shown.has(named) && !shown.has(entry.resourceId)) unknown.add(entry.resourceId);
  }
  return [...unknown];
}

/**
 * The data guarantee, read against what the cloud holds: for every lineage of the user's data
 * that held data (its session was ready once) and that the user has not deleted, a disk of it
 * (the disk it started as, or a copy or restore tagged with it) or a complete snapshot of it
 * exists. Answers the lineages with nothing left.
 */
export function dataLost(sim: Simulator, held: Set<string>, deleted: Set<string>): string[] {
  const { disks, snapshots } = sim.resources();
  return [...held].filter(
    (lineage) =>
      !deleted.has(lineage) &&
      !disks.some((d: Listed) => d.id === lineage || lineageTag(d) === lineage) &&
      !snapshots.some((s: Listed) => s.status === 'accomplished' && lineageTag(s) === lineage),
  );
}

/** The lineage a session's data belongs to. */
export function lineageOf(record: SessionRecord | undefined): string | undefined {
  return record?.lineage ?? record?.resources.diskId;
}
