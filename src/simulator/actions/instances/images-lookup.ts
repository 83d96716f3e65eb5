import { apiError } from '../../api/api-error';
import { findPublicImage } from '../../catalog/images';
import type { World } from '../../state/world';

/** The image an instance boots from: a public one of the region, or an Available custom image of the region. */
export function bootImage(
  world: World,
  regionId: string,
  imageId: string,
): { size: number; osName: string; osNameEn: string } {
  const pub = findPublicImage(regionId, imageId);
  if (pub) return { size: pub.sizeGiB, osName: pub.osName, osNameEn: pub.osNameEn };
  const custom = world.store.images.get(imageId);
  if (!custom || custom.regionId !== regionId) throw apiError('InvalidImageId.NotFound');
  if (custom.status !== 'Available') throw apiError('InvalidImageId.NotReady');
  return { size: custom.size, osName: custom.osName, osNameEn: custom.osNameEn };
}

/** OS names for DescribeInstances, also once the image itself is gone. */
export function osNames(world: World, regionId: string, imageId: string): { osName: string; osNameEn: string } {
  const pub = findPublicImage(regionId, imageId);
  const custom = world.store.images.get(imageId);
  return {
    osName: pub?.osName ?? custom?.osName ?? 'Ubuntu  22.04 64位',
    osNameEn: pub?.osNameEn ?? custom?.osNameEn ?? 'Ubuntu  22.04 64 bit',
  };
}
