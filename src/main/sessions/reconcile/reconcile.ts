import type { OwnedResource } from '../../../shared/resources';
import { LIVE_PHASES } from '../../../shared/session-phases';
import { diskListPricePerGiBMonth, HOURS_PER_MONTH, SNAPSHOT_PER_GIB_MONTH } from '../../../shared/storage-prices';
import { DANLU_TAG_KEY, DANLU_TAG_VALUE, installOf, SESSION_TAG_KEY, type Tag } from '../../aliyun';
import type { SessionRecord } from '../journal/session-record';
import type { SessionCloudApi } from '../session-cloud-api';

const MANAGED: Tag[] = [{ key: DANLU_TAG_KEY, value: DANLU_TAG_VALUE }];

export type ReconcileApi = Pick<
  SessionCloudApi,
  | 'describeAllInstances'
  | 'describeAllDisks'
  | 'describeAllSnapshots'
  | 'describeAllImages'
  | 'describeAllSecurityGroups'
  | 'describeAllKeyPairs'
  | 'describeAllVpcs'
  | 'describeAllVSwitches'
>;

const sessionOf = (tags: Tag[]) => tags.find((t) => t.key === SESSION_TAG_KEY)?.value;

/**
 * Everything tagged danlu=managed in one region, each marked in use (a live session needs it),
 * kept (a snapshot, image or disk the user chose to keep) or orphan (nothing needs it), with
 * what it costs per month.
 */
export async function listRegion(
  api: ReconcileApi,
  regionId: string,
  sessions: SessionRecord[],
  spotPrice: (zoneId: string, instanceType: string) => number | undefined,
  signal?: AbortSignal,
  /** This install's id: what another install made is listed as such, never as this one's orphan. */
  installId?: string,
): Promise<OwnedResource[]> {
  const o = { signal };
  const [instances, disks, snapshots, images, groups, keys, vpcs] = await Promise.all([
    api.describeAllInstances({ regionId, tags: MANAGED }, o),
    api.describeAllDisks({ regionId, tags: MANAGED }, o),
    api.describeAllSnapshots({ regionId, tags: MANAGED }, o),
    api.describeAllImages({ regionId, imageOwnerAlias: 'self', tags: MANAGED }, o),
    api.describeAllSecurityGroups({ regionId, tags: MANAGED }, o),
    api.describeAllKeyPairs({ regionId, tags: MANAGED }, o),
    api.describeAllVpcs({ regionId, tags: MANAGED }, o),
  ]);
  const vswitches = (
    await Promise.all(vpcs.map((v) => api.describeAllVSwitches({ regionId, vpcId: v.vpcId }, o)))
  ).flat();
  const here = sessions.filter((s) => s.plan.regionId === regionId);
  const live = here.filter((s) => LIVE_PHASES.includes(s.phase));
  const byId = new Map(sessions.map((s) => [s.id, s]));
  const networkUse = live.length > 0 ? 'in-use' : 'orphan';
  const out: OwnedResource[] = [];

  for (const i of instances) {
    const owner = live.find((s) => s.resources.instanceId === i.instanceId);
    out.push({
      regionId,
      kind: 'instance',
      id: i.instanceId,
      name: i.instanceName,
      status: i.status,
      sessionId: sessionOf(i.tags),
      // Only an economical stop ends the compute bill; standard mode (KeepCharging) bills on.
      monthlyCost:
        i.status === 'Stopped' && i.stoppedMode === 'StopCharging'
          ? 0
          : (spotPrice(i.zoneId, i.instanceType) ?? 0) * HOURS_PER_MONTH,
      use: owner ? 'in-use' : 'orphan',
      createdAt: i.creationTime,
    });
  }
  for (const d of disks) {
    if (d.type === 'system') continue;
    const sessionId = sessionOf(d.tags);
    // A disk a session holds the user's data on, or keeps (a moved disk's original): in use while
    // the session lives, kept after (released, reclaimed, or a launch undone around it).
    const holders = sessions.filter(
      (s) =>
        s.resources.diskId === d.diskId ||
        s.resources.keptDiskIds?.includes(d.diskId) ||
        s.move?.sourceDiskId === d.diskId,
    );
    const use = holders.some((s) => LIVE_PHASES.includes(s.phase)) ? 'in-use' : holders.length > 0 ? 'kept' : 'orphan';
    out.push({
      regionId,
      kind: 'disk',
      id: d.diskId,
      name: d.diskName,
      status: d.status,
      sessionId,
      sizeGiB: d.size,
      monthlyCost: d.size * diskListPricePerGiBMonth(d.category, d.performanceLevel),
      use,
      createdAt: d.creationTime,
    });
  }
  for (const s of snapshots) {
    const sessionId = sessionOf(s.tags);
    const owner = sessionId ? byId.get(sessionId) : undefined;
    out.push({
      regionId,
      kind: 'snapshot',
      id: s.snapshotId,
      name: s.snapshotName,
      status: s.status,
      sessionId,
      sizeGiB: s.sourceDiskSize,
      monthlyCost: s.sourceDiskSize * SNAPSHOT_PER_GIB_MONTH,
      use: owner && owner.phase !== 'failed' && owner.phase !== 'cancelled' ? 'kept' : 'orphan',
      createdAt: s.creationTime,
    });
  }
  for (const image of images) {
    out.push({
      regionId,
      kind: 'image',
      id: image.imageId,
      name: image.imageName,
      status: image.status,
      sessionId: sessionOf(image.tags),
      sizeGiB: image.size,
      monthlyCost: image.size * SNAPSHOT_PER_GIB_MONTH,
      use: 'kept',
      createdAt: image.creationTime,
    });
  }
  for (const g of groups)
    out.push({
      regionId,
      kind: 'securityGroup',
      id: g.securityGroupId,
      name: g.securityGroupName,
      status: 'Available',
      monthlyCost: 0,
      use: networkUse,
    });
  for (const k of keys)
    out.push({
      regionId,
      kind: 'keyPair',
      id: k.keyPairName,
      name: k.keyPairName,
      status: 'Available',
      monthlyCost: 0,
      use: networkUse,
    });
  for (const v of vpcs)
    out.push({
      regionId,
      kind: 'vpc',
      id: v.vpcId,
      name: v.vpcName,
      status: v.status,
      monthlyCost: 0,
      use: networkUse,
    });
  for (const v of vswitches)
    out.push({
      regionId,
      kind: 'vswitch',
      id: v.vSwitchId,
      name: v.vSwitchName,
      status: v.status,
      monthlyCost: 0,
      use: networkUse,
    });
  if (!installId) return out;
  const tagsById = new Map<string, Tag[]>([
    ...instances.map((i) => [i.instanceId, i.tags] as const),
    ...disks.map((d) => [d.diskId, d.tags] as const),
    ...snapshots.map((s) => [s.snapshotId, s.tags] as const),
    ...images.map((i) => [i.imageId, i.tags] as const),
    ...groups.map((g) => [g.securityGroupId, g.tags] as const),
    ...keys.map((k) => [k.keyPairName, k.tags] as const),
    ...vpcs.map((v) => [v.vpcId, v.tags] as const),
    ...vswitches.map((v) => [v.vSwitchId, v.tags] as const),
  ]);
  return markOtherInstalls(out, installId, tagsById);
}

/**
 * Names the other install on whatever carries another install's id. Nothing of theirs is this
 * install's orphan (it costs them, not us, and they may need it): it is listed, and kept.
 */
function markOtherInstalls(
  resources: OwnedResource[],
  installId: string,
  tagsById: ReadonlyMap<string, Tag[]>,
): OwnedResource[] {
  return resources.map((r) => {
    const other = installOf(tagsById.get(r.id) ?? []);
    if (!other || other === installId) return r;
    return { ...r, otherInstall: other, use: r.use === 'in-use' ? 'in-use' : 'kept' };
  });
}
