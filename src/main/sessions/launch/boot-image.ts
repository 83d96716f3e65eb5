import { AppError } from '../../../shared/errors';
import type { Plan } from '../../../shared/session';
import { msg } from '../../../shared/words/message';
import type { Image } from '../../aliyun';
import type { SessionCloudApi } from '../session-cloud-api';
import type { StepScope } from '../step-scope';
import { requireUsable } from './brought-resources';

/**
 * The image the instance boots from: the user's saved image, or the newest public Ubuntu of the
 * chosen version. A region lists hundreds of public images, so Ubuntu is looked up with the
 * API's own filters (its image family first, then its name) over every page, never by reading
 * one page and filtering here.
 */
export async function resolveImage(scope: StepScope, plan: Plan): Promise<string> {
  const known = scope.record.bootImageId;
  if (known) return known;
  let imageId: string;
  if (plan.image.kind === 'custom') {
    imageId = plan.image.imageId;
    // Read right before it is used: Danlu's image, or one the user confirmed.
    await requireUsable(scope.api, 'image', scope.region, imageId, scope.record.confirmedForeign ?? [], scope.signal);
  } else {
    imageId = await newestUbuntu(scope.api, scope.region, plan.image.version, scope.signal);
    scope.log(msg('launch.bootImage', { imageId }));
  }
  scope.update((s) => {
    s.bootImageId = imageId;
  });
  return imageId;
}

/** The newest public Ubuntu image of a version in a region, found with the API's filters over every page. */
export async function newestUbuntu(
  api: Pick<SessionCloudApi, 'describeAllImages'>,
  regionId: string,
  version: string,
  signal?: AbortSignal,
): Promise<string> {
  const stem = `ubuntu_${version.replace('.', '_')}`;
  const query = {
    regionId,
    imageOwnerAlias: 'system' as const,
    osType: 'linux' as const,
    architecture: 'x86_64' as const,
  };
  const options = { signal };
  // Families such as "acs:ubuntu_22_04_x64" hold every build of one OS version.
  let found = newest(await api.describeAllImages({ ...query, imageFamily: `acs:${stem}_x64` }, options));
  if (!found) {
    const byName = await api.describeAllImages({ ...query, imageName: stem }, options);
    found = newest(byName.filter((i) => i.imageId.startsWith(`${stem}_x64`)));
  }
  if (!found) {
    throw new AppError(msg('launch.noImage', { version, regionId }));
  }
  return found.imageId;
}

/** The most recent Available image (by creation time, then by the date in its id). */
function newest(images: Image[]): Image | undefined {
  return images
    .filter((i) => i.status === 'Available')
    .sort((a, b) => (a.creationTime ?? '').localeCompare(b.creationTime ?? '') || a.imageId.localeCompare(b.imageId))
    .at(-1);
}
