import { AppError } from '../../shared/errors';

/**
 * Runs a keychain operation; on a computer whose keychain binding cannot load, the in-memory
 * stand-in instead (held for this run only, never written anywhere). Any other failure is thrown.
 */
export async function keychainOrMemory<T>(keychain: () => Promise<T>, memory: () => T): Promise<T> {
  try {
    return await keychain();
  } catch (error) {
    if (error instanceof AppError && error.code === 'keychain.bindingMissing') return memory();
    throw error;
  }
}
