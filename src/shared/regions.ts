import type { RegionGroup } from './prices';

/**
 * Mainland China regions (ids "cn-…", except Hong Kong): datasets and libraries download
 * badly from there, so bootstrap switches to domestic mirrors and the UI suggests overseas.
 */
export function regionGroup(regionId: string): RegionGroup {
  return regionId.startsWith('cn-') && regionId !== 'cn-hongkong' ? 'mainland' : 'overseas';
}
