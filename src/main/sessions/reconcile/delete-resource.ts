import { AppError } from '../../../shared/errors';
import type { OwnedResource, ReconcileResult } from '../../../shared/resources';
import { type Message, msg } from '../../../shared/words/message';
import { installOf } from '../../aliyun';
import { deleteIgnoringMissing } from '../cloud-checks';
import type { SessionCloudApi } from '../session-cloud-api';
import { notDanlus, readOwnership, resourceName, VERBS } from './ownership';

/** One resource the user asked to delete from the Resources page. */
export interface ResourceTarget {
  regionId: string;
  kind: OwnedResource['kind'];
  id: string;
  /** The id typed again by the user: needed for what another install made. */
  confirm?: string | undefined;
  /** For a snapshot that holds a custom image: delete the image first, then the snapshot. */
  withImage?: boolean;
}

/** Instances in these states are someone's live machine. */
const LIVE_INSTANCE = ['Pending', 'Starting', 'Running', 'Stopping', 'Stopped'];

/**
 * Deletes one of Danlu's resources the user named: read from the cloud right before acting
 * (only what carries Danlu's tag), refused while the cloud shows it in use or a live session of
 * this install needs it, and, when another install made it, only with the user's confirmation
 * naming it. A snapshot that holds one of Danlu's custom images goes only with the image (the
 * cloud would refuse it for as long as the image exists), and only when the user asked for both.
 * What is deleted stops billing in the session that showed it (`gone`). Answers with the
 * resources as they are afterwards.
 */
export async function deleteResource(
  api: SessionCloudApi,
  target: ResourceTarget,
  reconcile: () => Promise<ReconcileResult>,
  gone: (kind: OwnedResource['kind'], id: string) => void = () => {},
  installId?: string,
): Promise<ReconcileResult> {
  const { regionId, kind, id } = target;
  const owner = await readOwnership(api, kind, regionId, id);
  if (!owner.found) return reconcile();
  if (!owner.danlus) throw notDanlus(kind, id, VERBS.delete);
  const made = installOf(owner.tags);
  const another = installId && made && made !== installId ? made : undefined;
  const listed = await reconcile();
  const found = listed.resources.find((r) => r.regionId === regionId && r.kind === kind && r.id === id);
  // A snapshot behind one of Danlu's images is handled below (both go, when asked for both).
  const imageOfOurs = kind === 'snapshot' && found?.imageId !== undefined;
  const busy = await inUseInCloud(api, target, another !== undefined, imageOfOurs);
  const name = { msg: resourceName(kind, id) };
  if (busy) throw new AppError(msg('resources.inUseInCloud', { name, reason: { msg: busy } }));
  if (another && target.confirm !== id) {
    throw new AppError(msg('resources.otherInstall', { name, install: another }));
  }
  if (found?.use === 'in-use') {
    throw new AppError(msg('resources.inUse', { id }));
  }
  if (kind === 'snapshot' && found?.imageId) {
    const imageId = found.imageId;
    if (!target.withImage) throw new AppError(msg('resources.snapshotOfImage', { id, imageId }));
    const image = await readOwnership(api, 'image', regionId, imageId);
    if (image.found && !image.danlus) throw notDanlus('image', imageId, VERBS.delete);
    if (image.found) await deleteIgnoringMissing(() => api.deleteImage({ regionId, imageId, force: true }));
  }
  const remove: Record<typeof kind, () => Promise<unknown>> = {
    instance: () => api.deleteInstance({ regionId, instanceId: id, force: true, forceStop: true }),
    disk: () => api.deleteDisk({ regionId, diskId: id }),
    snapshot: () => api.deleteSnapshot({ regionId, snapshotId: id, force: true }),
    image: () => api.deleteImage({ regionId, imageId: id, force: true }),
    securityGroup: () => api.deleteSecurityGroup({ regionId, securityGroupId: id }),
    keyPair: () => api.deleteKeyPairs({ regionId, keyPairNames: [id] }),
    vpc: () => api.deleteVpc({ regionId, vpcId: id }),
    vswitch: () => api.deleteVSwitch({ regionId, vSwitchId: id }),
  };
  await deleteIgnoringMissing(remove[kind]);
  gone(kind, id);
  return reconcile();
}

/**
 * Why the cloud says the resource is in use, or undefined: a disk attached to an instance, a
 * snapshot an image is made from, and another install's instance that exists at all (this
 * install's own instances are judged by its journal: an orphan one may go).
 */
async function inUseInCloud(
  api: SessionCloudApi,
  { regionId, kind, id }: ResourceTarget,
  anotherInstall: boolean,
  imageOfOurs: boolean,
): Promise<Message | undefined> {
  if (kind === 'disk') {
    const disk = (await api.describeDisks({ regionId, diskIds: [id] })).disks.find((d) => d.diskId === id);
    if (disk && (disk.status === 'In_use' || disk.instanceId)) {
      return msg('resources.busy.attached', { instanceId: disk.instanceId ?? '?' });
    }
  }
  if (kind === 'snapshot' && !imageOfOurs) {
    const snapshot = (await api.describeSnapshots({ regionId, snapshotIds: [id] })).snapshots.find(
      (s) => s.snapshotId === id,
    );
    if (snapshot && /image/i.test(snapshot.usage)) return msg('resources.busy.image');
  }
  if (kind === 'instance' && anotherInstall) {
    const instance = (await api.describeInstances({ regionId, instanceIds: [id] })).instances.find(
      (i) => i.instanceId === id,
    );
    if (instance && LIVE_INSTANCE.includes(instance.status)) {
      return msg('resources.busy.instance', { status: instance.status });
    }
  }
  return undefined;
}
