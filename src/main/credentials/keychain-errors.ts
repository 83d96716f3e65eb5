import { AppError } from '../../shared/errors';
import { type Message, msg } from '../../shared/words/message';

const useEnv = { msg: msg('account.keychain.useEnv') };

/** No keychain answered (no Secret Service, locked, or access refused): nothing was stored. */
export function keychainUnavailable(cause?: unknown): AppError {
  return new AppError(msg('account.keychain.unavailable', { useEnv }), { code: 'keychain.unavailable', cause });
}

/** The keychain did not answer in time, e.g. an unlock prompt nobody answered. */
export function keychainTimeout(seconds: number): AppError {
  return new AppError(msg('account.keychain.timeout', { seconds, useEnv }), {
    code: 'keychain.timeout',
    retryable: true,
  });
}

/** The entry exists but is not what Danlu wrote (edited by hand or by another program). */
export function keychainEntryUnreadable(): AppError {
  return new AppError(msg('account.keychain.unreadable'), { code: 'keychain.unreadable' });
}

/** How a person names their computer: "macOS, Apple silicon (arm64)". */
function machine(platform: string, arch: string): Message {
  const chip: Record<string, Message> = {
    'darwin-arm64': msg('account.machine.appleSilicon'),
    'darwin-x64': msg('account.machine.intel'),
  };
  const system: Record<string, string> = { darwin: 'macOS', win32: 'Windows', linux: 'Linux' };
  const os = system[platform] ?? platform;
  const kind = chip[`${platform}-${arch}`];
  return kind
    ? msg('account.machine.withChip', { os, chip: { msg: kind }, arch })
    : msg('account.machine.plain', { os, arch });
}
/**
 * The keychain library's native binding for this computer could not be loaded (an installer
 * made for another architecture, or a damaged install): there is no keychain at all, so Danlu
 * runs in demo mode or with the environment variables.
 */
export function keychainBindingMissing(platform: string, arch: string, cause?: unknown): AppError {
  return new AppError(msg('account.keychain.bindingMissing', { machine: { msg: machine(platform, arch) } }), {
    code: 'keychain.bindingMissing',
    cause,
  });
}
