import { AppError } from '../../shared/errors';
import { CloudError } from '../aliyun';

/** True when the cloud says the thing is not there (already deleted counts as done). */
export function isNotFound(error: unknown): boolean {
  return error instanceof CloudError && error.kind === 'not_found';
}

/**
 * Sold out, the market above the limit, the instance removed by the cloud, or a family that takes
 * none of the disk's categories: worth trying the next zone or type.
 */
export function isFailover(error: unknown): boolean {
  if (error instanceof CloudError) return error.kind === 'no_stock' || error.kind === 'price_limit';
  return (
    error instanceof AppError &&
    (error.code === 'launch.instanceVanished' || error.code === 'launch.diskCategoryRefused')
  );
}

export function isAbort(error: unknown, signal: AbortSignal): boolean {
  return signal.aborted || (error instanceof Error && error.name === 'AbortError');
}

/** Runs a delete, treating "not found" as already deleted. */
export async function deleteIgnoringMissing(run: () => Promise<unknown>): Promise<void> {
  try {
    await run();
  } catch (error) {
    if (!isNotFound(error)) throw error;
  }
}
