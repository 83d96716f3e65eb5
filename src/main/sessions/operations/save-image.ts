import { AppError } from '../../../shared/errors';
import { msg } from '../../../shared/words/message';
import { clientTokenFor, sessionTag, withDanluTags } from '../../aliyun';
import { requireDanlus, VERBS } from '../reconcile/ownership';
import type { StepScope } from '../step-scope';
import { opDetail, opPercent, opStep, type PlannedStep, planned } from './operation-steps';
import { snapshotDisk } from './snapshot-disk';

export const IMAGE_STEPS: PlannedStep[] = [planned('imageSnapshot'), planned('imageCreate')];

/**
 * Saves the stopped, bootstrapped — and scrubbed — machine's system disk as an image (drivers,
 * tools and setup included), so the next launch from it skips the installs. The data disk is not part of it.
 */
export async function saveImage(scope: StepScope, imageName: string): Promise<string> {
  const { instanceId } = scope.record.resources;
  if (!instanceId || scope.record.phase !== 'stopped') {
    throw new AppError(msg('session.imageNeedsStop'));
  }
  const snapshotId = await opStep(scope, 'imageSnapshot', async () => {
    await requireDanlus(scope.api, 'instance', scope.region, instanceId, VERBS.snapshot, scope.signal);
    const system = await scope.api.describeDisks(
      { regionId: scope.region, instanceId, diskType: 'system' },
      { signal: scope.signal },
    );
    const systemDisk = system.disks[0];
    if (!systemDisk) throw new Error(`instance ${instanceId} has no system disk`);
    const diskId = systemDisk.diskId;
    // The system disk starts a lineage of its own: the image's snapshot is never among the data's.
    const id = await snapshotDisk(scope, diskId, `image-snapshot:${imageName}`, diskId, {
      onStarted: (started) =>
        opDetail(scope, 'imageSnapshot', msg('operation.snapshot.started', { snapshotId: started, diskId })),
      onProgress: (percent) => opPercent(scope, 'imageSnapshot', percent),
    });
    opDetail(scope, 'imageSnapshot', msg('operation.snapshot.accomplished', { snapshotId: id, diskId }));
    return id;
  });
  return opStep(scope, 'imageCreate', () => createImageFrom(scope, imageName, snapshotId));
}

async function createImageFrom(scope: StepScope, imageName: string, snapshotId: string): Promise<string> {
  const clientToken = scope.token(`image:${imageName}`, () => clientTokenFor(scope.sessionId, 'image', imageName));
  const { imageId } = await scope.api.createImage(
    {
      regionId: scope.region,
      snapshotId,
      imageName,
      description: `Danlu image from ${scope.record.instanceType} (${scope.record.name})`,
      architecture: 'x86_64',
      clientToken,
      tags: withDanluTags([sessionTag(scope.sessionId), { key: 'danlu:name', value: scope.record.name }]),
    },
    { signal: scope.signal },
  );
  opDetail(scope, 'imageCreate', msg('operation.image.creating', { imageId }));
  await scope.wait(
    (api) =>
      api.describeAllImages({
        regionId: scope.region,
        imageId,
        imageOwnerAlias: 'self',
        status: ['Creating', 'Available', 'CreateFailed'],
      }),
    (images) => {
      const image = images[0];
      if (image?.status === 'CreateFailed') {
        throw new AppError(msg('session.imageFailed', { imageId }));
      }
      if (image) opPercent(scope, 'imageCreate', image.progress);
      return image?.status === 'Available';
    },
    {
      timeoutMs: 120 * 60_000,
      intervalMs: 5000,
      maxIntervalMs: 20_000,
      what: msg('wait.image', { imageId }),
    },
  );
  scope.update((s) => {
    s.resources.imageId = imageId;
    // The image holds the system disk's snapshot; it is not one of the data-disk snapshots.
    s.resources.snapshotIds = (s.resources.snapshotIds ?? []).filter((id) => id !== snapshotId);
  });
  opDetail(scope, 'imageCreate', msg('operation.image.ready', { imageId }));
  return imageId;
}
