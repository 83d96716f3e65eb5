import { AppError } from '../../shared/errors';
import { msg } from '../../shared/words/message';

/**
 * The account's root AccessKey can do anything in the account, and a key kept on a laptop can
 * leak: Danlu asks for a RAM user's key and takes the root's only after an explicit confirmation.
 */
export function rootKeyRefused(): AppError {
  return new AppError(msg('account.rootKey.refused'), { code: 'credentials.rootKey' });
}
