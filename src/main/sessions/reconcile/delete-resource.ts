import { AppError } from '../../../shared/errors';
import type { OwnedResource, ReconcileResult } from '../../../shared/resources';
import { msg } from '../../../shared/words/message';
import { deleteIgnoringMissing } from '../cloud-checks';
import type { SessionCloudApi } from '../session-cloud-api';
import { notDanlus, readOwnership, VERBS } from './ownership';

/** One resource the user asked to delete from the Resources page. */
export interface ResourceTarget {
  regionId: string;
  kind: OwnedResource['kind'];
  id: string;
  /** For a snapshot that holds a custom image: delete the image first, then the snapshot. */
  withImage?: boolean;
}

/**
 * Deletes one of Danlu's resources the user named: read from the cloud right before acting
 * (only what carries Danlu's tag), and refused while a live session needs it. A snapshot that
 * holds a custom image goes only with the image (the cloud would refuse it for as long as the
 * image exists), and only when the user asked for both. What is deleted stops billing in the
 * session that showed it (`gone`). Answers with the resources as they are afterwards.
 */
export async function deleteResource(
  api: SessionCloudApi,
  target: ResourceTarget,
  reconcile: () => Promise<ReconcileResult>,
  gone: (kind: OwnedResource['kind'], id: string) => void = () => {},
): Promise<ReconcileResult> {
  const { regionId, kind, id } = target;
  const owner = await readOwnership(api, kind, regionId, id);
  if (!owner.found) return reconcile();
  if (!owner.danlus) throw notDanlus(kind, id, VERBS.delete);
  const listed = await reconcile();
  const found = listed.resources.find((r) => r.regionId === regionId && r.kind === kind && r.id === id);
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
