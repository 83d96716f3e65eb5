import { expectDryRunPass } from '../aliyun';
import { CATEGORY_ORDER, refusedCategory } from '../sessions';

/**
 * Dry-runs a RunInstances with each system disk category in the order a launch tries them, as a
 * launch does: a GPU family that refuses one (gn5 takes no ESSD) is not a failed check. Answers
 * the category the cloud accepted.
 */
export async function dryRunWithSystemDisk(run: (category: string) => Promise<unknown>): Promise<string> {
  for (const category of CATEGORY_ORDER) {
    try {
      await expectDryRunPass(run(category));
      return category;
    } catch (error) {
      if (refusedCategory(error) !== 'system' || category === CATEGORY_ORDER.at(-1)) throw error;
    }
  }
  throw new Error('no system disk category to try');
}
