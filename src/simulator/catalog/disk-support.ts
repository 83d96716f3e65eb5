import type { World } from '../state/world';
import { DISK_CATEGORIES } from './disk-prices';

const ESSD_ONLY = ['cloud_essd', 'cloud_auto'] as const;
const ESSD_AND_OLDER = ['cloud_essd', 'cloud_auto', 'cloud_ssd', 'cloud_efficiency'] as const;
const OLDER_ONLY = ['cloud_efficiency', 'cloud_ssd'] as const;

/**
 * The cloud disk categories each GPU family can use, as the help page "GPU-accelerated
 * compute-optimized instance families" lists them (ESSDs and ESSD AutoPL for the 7th and 8th
 * generations; also standard SSDs and ultra disks for the 6th; only those two for gn5/gn5i).
 * Regional ESSDs and elastic ephemeral disks are not simulated; basic and ESSD Entry disks fit none.
 */
const BY_FAMILY: Record<string, readonly string[]> = {
  'ecs.gn5': OLDER_ONLY,
  'ecs.gn5i': OLDER_ONLY,
  'ecs.gn6i': ESSD_AND_OLDER,
  'ecs.gn6v': ESSD_AND_OLDER,
  'ecs.gn6e': ESSD_AND_OLDER,
  'ecs.gn7': ESSD_ONLY,
  'ecs.gn7i': ESSD_ONLY,
  'ecs.gn7e': ESSD_ONLY,
  'ecs.gn7s': ESSD_ONLY,
  'ecs.gn8is': ESSD_ONLY,
  'ecs.gn8v': ESSD_ONLY,
};

/** Categories an instance of the type can use: the family's with `diskCategoriesByFamily`, else every category. */
export function typeDiskCategories(world: World, instanceType: string): readonly string[] {
  const family = world.catalog.type(instanceType)?.family ?? '';
  if (!world.unkind.diskCategoriesByFamily) return DISK_CATEGORIES;
  return BY_FAMILY[family] ?? DISK_CATEGORIES;
}

/** Categories sold in a zone: those some family sold there can use (every category without the behaviour). */
export function zoneDiskCategories(world: World, regionId: string, zoneId: string): readonly string[] {
  if (!world.unkind.diskCategoriesByFamily) return DISK_CATEGORIES;
  const usable = new Set(world.catalog.typesSoldIn(regionId, zoneId).flatMap((t) => BY_FAMILY[t.family] ?? []));
  return DISK_CATEGORIES.filter((c) => usable.has(c));
}
