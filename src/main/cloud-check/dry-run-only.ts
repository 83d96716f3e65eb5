import { AppError } from '../../shared/errors';
import { msg } from '../../shared/words/message';
import { ACTIONS, type ActionName } from '../aliyun';

/** True for actions that only read (their row's RAM grant is `read`). */
export const isRead = (action: ActionName): boolean => ACTIONS[action].ram === 'read';

/**
 * The smoke check's guard, applied to the wire parameters of every call before it is sent:
 * anything but a read must carry DryRun=true, so the check can buy or change nothing.
 */
export function dryRunOnly(action: ActionName, params: Readonly<Record<string, string>>): void {
  if (isRead(action) || params.DryRun === 'true') return;
  throw new AppError(msg('error.notDryRun', { action }), { code: 'smoke.notDryRun' });
}
