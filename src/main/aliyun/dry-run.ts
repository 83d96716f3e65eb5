import { CloudError } from './cloud-error';

/**
 * Runs a call made with `dryRun: true` and resolves when the cloud says it would succeed
 * (its DryRunOperation answer); any other failure is rethrown. A call that really succeeded
 * means the server ignored DryRun, which is reported rather than silently accepted.
 */
export async function expectDryRunPass(call: Promise<unknown>): Promise<void> {
  try {
    await call;
  } catch (error) {
    if (error instanceof CloudError && error.kind === 'dry_run_ok') return;
    throw error;
  }
  throw new Error('The dry run was carried out for real: the server ignored DryRun');
}
