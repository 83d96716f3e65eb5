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
 * What each kind of resource bills per hour now, CNY, from the cost meter: one cost model for
 * the meter's figures and the Resources page.
 */
export interface ResourceRates {
  /** An instance's compute while it bills: its session's rate where a session bills it, else the market's. */
  instance(i: { regionId: string; zoneId: string; instanceType: string; instanceId: string }): number | undefined;
  diskPerGiBHour(category: string, performanceLevel: string): number;
  snapshotPerGiBHour: number;
}

/** Rates from list prices, and compute from `market` (where no meter runs: the cloud checked on its own). */
export function listRates(market: ResourceRates['instance'] = () => undefined): ResourceRates {
  return {
    instance: market,
    diskPerGiBHour: (category, performanceLevel) =>
      diskListPricePerGiBMonth(category, performanceLevel) / HOURS_PER_MONTH,
    snapshotPerGiBHour: SNAPSHOT_PER_GIB_MONTH / HOURS_PER_MONTH,
  };
}

/** A rate per hour, and the same over a month. */
const priced = (hourlyCost: number) => ({ hourlyCost, monthlyCost: hourlyCost * HOURS_PER_MONTH });
const FREE = priced(0);

/**
 * Everything tagged danlu=managed in one region, each marked in use (a live session needs it),
 * kept (a snapshot, image or disk the user chose to keep) or orphan (nothing needs it), with
 * what it bills per hour and per month as the meter counts it: a running instance (or one
 * stopped in standard mode, KeepCharging) at its compute rate, every cloud disk (system disks
 * too), and an image's snapshot once, as the image's.
 */
export async function listRegion(
  api: ReconcileApi,
  regionId: string,
  sessions: SessionRecord[],
  rates: ResourceRates,
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

  const instanceUse = new Map<string, OwnedResource['use']>();
  for (const i of instances) {
    const owner = live.find((s) => s.resources.instanceId === i.instanceId);
    instanceUse.set(i.instanceId, owner ? 'in-use' : 'orphan');
    // Only an economical stop ends the compute bill; standard mode (KeepCharging) bills on.
    const billsCompute = !(i.status === 'Stopped' && i.stoppedMode === 'StopCharging');
    out.push({
      regionId,
      kind: 'instance',
      id: i.instanceId,
      name: i.instanceName,
      status: i.status,
      sessionId: sessionOf(i.tags),
      ...(billsCompute ? priced(rates.instance(i) ?? 0) : FREE),
      use: owner ? 'in-use' : 'orphan',
      createdAt: i.creationTime,
    });
  }
  for (const d of disks) {
    const sessionId = sessionOf(d.tags);
    const storage = priced(d.size * rates.diskPerGiBHour(d.category, d.performanceLevel ?? 'PL1'));
    // A system disk bills with its instance and goes with it. A disk a session holds the user's
    // data on, or keeps (a moved disk's original): in use while the session lives, kept after
    // (released, reclaimed, or a launch undone around it).
    const holders = sessions.filter(
      (s) =>
        s.resources.diskId === d.diskId ||
        s.resources.keptDiskIds?.includes(d.diskId) ||
        s.move?.sourceDiskId === d.diskId,
    );
    const use: OwnedResource['use'] =
      d.type === 'system'
        ? (d.instanceId && instanceUse.get(d.instanceId)) || 'orphan'
        : holders.some((s) => LIVE_PHASES.includes(s.phase))
          ? 'in-use'
          : holders.length > 0
            ? 'kept'
            : 'orphan';
    out.push({
      regionId,
      kind: 'disk',
      id: d.diskId,
      name: d.diskName,
      status: d.status,
      sessionId,
      sizeGiB: d.size,
      ...storage,
      use,
      createdAt: d.creationTime,
    });
  }
  // The snapshot an image is made of bills once, as the image's; it goes only with the image.
  const imageOf = new Map<string, string>();
  for (const image of images) {
    for (const m of image.diskDeviceMappings) if (m.snapshotId) imageOf.set(m.snapshotId, image.imageId);
  }
  const snapshotSize = new Map(snapshots.map((s) => [s.snapshotId, s.sourceDiskSize]));
  for (const s of snapshots) {
    const sessionId = sessionOf(s.tags);
    const owner = sessionId ? byId.get(sessionId) : undefined;
    const imageId = imageOf.get(s.snapshotId);
    out.push({
      regionId,
      kind: 'snapshot',
      id: s.snapshotId,
      name: s.snapshotName,
      status: s.status,
      sessionId,
      sizeGiB: s.sourceDiskSize,
      ...(imageId ? FREE : priced(s.sourceDiskSize * rates.snapshotPerGiBHour)),
      imageId,
      use: imageId || (owner && owner.phase !== 'failed' && owner.phase !== 'cancelled') ? 'kept' : 'orphan',
      createdAt: s.creationTime,
    });
  }
  for (const image of images) {
    const mapped = image.diskDeviceMappings.filter((m) => m.snapshotId);
    const sizeGiB =
      mapped.length > 0 ? mapped.reduce((sum, m) => sum + (snapshotSize.get(m.snapshotId) ?? m.size), 0) : image.size;
    out.push({
      regionId,
      kind: 'image',
      id: image.imageId,
      name: image.imageName,
      status: image.status,
      sessionId: sessionOf(image.tags),
      sizeGiB: image.size,
      ...priced(sizeGiB * rates.snapshotPerGiBHour),
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
      ...FREE,
      use: networkUse,
    });
  for (const k of keys)
    out.push({
      regionId,
      kind: 'keyPair',
      id: k.keyPairName,
      name: k.keyPairName,
      status: 'Available',
      ...FREE,
      use: networkUse,
    });
  for (const v of vpcs)
    out.push({
      regionId,
      kind: 'vpc',
      id: v.vpcId,
      name: v.vpcName,
      status: v.status,
      ...FREE,
      use: networkUse,
    });
  for (const v of vswitches)
    out.push({
      regionId,
      kind: 'vswitch',
      id: v.vSwitchId,
      name: v.vSwitchName,
      status: v.status,
      ...FREE,
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
