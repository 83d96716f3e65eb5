import type { Plan } from '../../../shared/session';
import { LIVE_PHASES } from '../../../shared/session-phases';
import type { SessionCloudApi } from '../session-cloud-api';
import type { SessionRecord } from './session-record';

type CloudReads = Pick<SessionCloudApi, 'describeDisks' | 'describeSnapshots' | 'describeAllImages'>;

/** The disk a plan makes when the one it named is gone. */
const NEW_DISK: Plan['disk'] = { kind: 'new', sizeGiB: 100, category: 'cloud_essd' };

/**
 * The session "launch last plan" starts from: the newest that worked (reached ready), else the
 * newest. `records` are newest first, as the journal lists them.
 */
export function lastSession(records: readonly SessionRecord[]): SessionRecord | undefined {
  return records.find((r) => r.readyAt !== undefined) ?? records[0];
}

/**
 * The plan of `session` updated by what it left, to launch again with it: the type it ran on
 * first, the image saved from it (else the image it used), the data disk it kept, else its
 * newest snapshot — each only while the cloud still has it. A disk, snapshot or image that is
 * gone gives way to a new disk or public Ubuntu, so the plan can still be launched.
 */
export async function lastLaunchPlan(api: CloudReads, session: SessionRecord | undefined): Promise<Plan | undefined> {
  if (!session) return undefined;
  const { plan, resources } = session;
  const regionId = plan.regionId;
  const diskThere = async (diskId: string) =>
    (await api.describeDisks({ regionId, diskIds: [diskId] })).disks[0]?.status === 'Available';
  const snapshotThere = async (snapshotId: string) =>
    (await api.describeSnapshots({ regionId, snapshotIds: [snapshotId] })).snapshots[0]?.status === 'accomplished';
  const imageThere = async (imageId: string) =>
    (await api.describeAllImages({ regionId, imageId, status: ['Available'] })).some((i) => i.imageId === imageId);

  // The type it ran on, when it did run (a launch that never got ready only tried it).
  const ran = session.readyAt ? session.instanceType : undefined;
  const instanceTypes = ran ? [ran, ...plan.instanceTypes.filter((t) => t !== ran)].slice(0, 5) : plan.instanceTypes;
  return { ...plan, instanceTypes, disk: await diskOf(), image: await imageOf() };

  async function diskOf(): Promise<Plan['disk']> {
    const kept = resources.diskId;
    if (kept && !LIVE_PHASES.includes(session?.phase ?? 'launching') && (await diskThere(kept))) {
      // What becomes of it after a move is asked again on the Launch page; the default until then.
      return { kind: 'existing', diskId: kept, afterMove: 'delete' };
    }
    for (const snapshotId of [...(resources.snapshotIds ?? [])].reverse()) {
      if (await snapshotThere(snapshotId)) return { kind: 'snapshot', snapshotId };
    }
    const asked = plan.disk;
    if (asked.kind === 'new') return asked;
    const there = asked.kind === 'existing' ? await diskThere(asked.diskId) : await snapshotThere(asked.snapshotId);
    return there ? asked : NEW_DISK;
  }

  async function imageOf(): Promise<Plan['image']> {
    if (resources.imageId && (await imageThere(resources.imageId)))
      return { kind: 'custom', imageId: resources.imageId };
    const asked = plan.image;
    if (asked.kind === 'ubuntu' || (await imageThere(asked.imageId))) return asked;
    return { kind: 'ubuntu', version: '22.04' };
  }
}
