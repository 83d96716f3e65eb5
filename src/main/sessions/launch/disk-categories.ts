import { AppError } from '../../../shared/errors';
import { SYSTEM_DISK } from '../../../shared/storage-prices';
import { msg } from '../../../shared/words/message';
import { CloudError } from '../../aliyun';
import type { StepScope } from '../step-scope';

/** The disk categories an attempt's instance type was shown to take. */
export interface DiskCategories {
  instanceType: string;
  system: string;
  data: string;
}

/**
 * Cloud disk categories in the order Danlu tries them when a GPU family refuses one: ESSD first
 * (every family from the 6th generation on takes it), then ESSD AutoPL, then the older ultra and
 * standard SSD disks (the only ones gn5 and gn5i take) — from the help page "GPU-accelerated
 * compute-optimized instance families".
 */
export const CATEGORY_ORDER = ['cloud_essd', 'cloud_auto', 'cloud_efficiency', 'cloud_ssd'] as const;

/**
 * The answers meaning "this family does not take that category" (not invalid input: another
 * category, type or zone will do): RunInstances for the system disk and for a data disk,
 * AttachDisk, and CreateDisk for a category the zone sells to no family.
 */
const REFUSED = {
  system: ['InvalidSystemDiskCategory.ValueNotSupported'],
  data: [
    'InvalidDiskCategory.NotSupported',
    'InvalidDataDiskCategory.NotSupported',
    'InvalidDataDiskCategory.ValueNotSupported',
    'InvalidInstanceType.NotSupportDiskCategory',
  ],
} as const;

/** Which disk a cloud error refuses the category of, if it is such a refusal. */
export function refusedCategory(error: unknown): 'system' | 'data' | undefined {
  if (!(error instanceof CloudError) || !error.cloudCode) return undefined;
  if ((REFUSED.system as readonly string[]).includes(error.cloudCode)) return 'system';
  if ((REFUSED.data as readonly string[]).includes(error.cloudCode)) return 'data';
  return undefined;
}

/** The failover for a type that takes none of the categories the data disk could have. */
export function categoryRefusedFailover(instanceType: string, category: string): AppError {
  return new AppError(msg('launch.diskCategoryRefused', { instanceType, category }), {
    code: 'launch.diskCategoryRefused',
  });
}

/** `first`, then the rest of the table in its order. */
export function categoriesFrom(first: string): string[] {
  return [first, ...CATEGORY_ORDER.filter((c) => c !== first)];
}

/**
 * Runs `attempt` with a system and a data disk category, and while the cloud refuses one for
 * this family, again with the next category of the table. A data disk that already holds data
 * in that zone keeps its category: its refusal is a failover to the next zone or type, as is a
 * family that takes none.
 */
export async function withCategoryFailover(
  scope: StepScope,
  instanceType: string,
  dataDisk: { category: string; fixed: boolean },
  attempt: (categories: DiskCategories) => Promise<void>,
): Promise<DiskCategories> {
  const systems = categoriesFrom(SYSTEM_DISK.category);
  const datas = dataDisk.fixed ? [dataDisk.category] : categoriesFrom(dataDisk.category);
  let s = 0;
  let d = 0;
  for (;;) {
    const categories = { instanceType, system: systems[s] as string, data: datas[d] as string };
    try {
      await attempt(categories);
      if (categories.data !== dataDisk.category) {
        scope.log(msg('launch.diskCategoryChanged', { instanceType, from: dataDisk.category, to: categories.data }));
      }
      return categories;
    } catch (error) {
      const which = refusedCategory(error);
      if (which === 'system' && s + 1 < systems.length) s++;
      else if (which === 'data' && d + 1 < datas.length) d++;
      else if (which)
        throw categoryRefusedFailover(instanceType, which === 'system' ? categories.system : categories.data);
      else throw error;
    }
  }
}
