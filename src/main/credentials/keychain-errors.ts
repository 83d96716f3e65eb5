import { AppError } from '../../shared/errors';
import type { Localized } from '../../shared/localized';

const USE_ENV = {
  en: 'Set the environment variables ALIYUN_ACCESS_KEY_ID and ALIYUN_ACCESS_KEY_SECRET before starting Danlu instead; Danlu never writes the key to a file.',
  zh: '请改为在启动丹炉之前设置环境变量 ALIYUN_ACCESS_KEY_ID 和 ALIYUN_ACCESS_KEY_SECRET；丹炉绝不会把密钥写入文件。',
};

/** No keychain answered (no Secret Service, locked, or access refused): nothing was stored. */
export function keychainUnavailable(cause?: unknown): AppError {
  return new AppError(
    'keychain.unavailable',
    {
      en: `The system keychain is not available (on Linux: no unlocked Secret Service such as GNOME Keyring or KWallet), so Danlu cannot keep your AccessKey. ${USE_ENV.en}`,
      zh: `系统钥匙串不可用（Linux 上：没有已解锁的 Secret Service，例如 GNOME Keyring 或 KWallet），因此丹炉无法保存你的 AccessKey。${USE_ENV.zh}`,
    },
    { cause },
  );
}

/** The keychain did not answer in time, e.g. an unlock prompt nobody answered. */
export function keychainTimeout(seconds: number): AppError {
  return new AppError(
    'keychain.timeout',
    {
      en: `The system keychain did not answer within ${seconds} s (an unlock prompt may be waiting). Unlock it and try again. ${USE_ENV.en}`,
      zh: `系统钥匙串在 ${seconds} 秒内没有响应（可能有解锁提示在等待）。请解锁后重试。${USE_ENV.zh}`,
    },
    { retryable: true },
  );
}

/** The entry exists but is not what Danlu wrote (edited by hand or by another program). */
export function keychainEntryUnreadable(): AppError {
  return new AppError('keychain.unreadable', {
    en: 'The AccessKey stored in the system keychain for Danlu cannot be read. Save the key again, or forget it.',
    zh: '系统钥匙串中为丹炉保存的 AccessKey 无法读取。请重新保存，或将其删除。',
  });
}

/** How a person names their computer: "macOS, Apple silicon (arm64)". */
function machine(platform: string, arch: string): Localized {
  const chip: Record<string, Localized> = {
    'darwin-arm64': { en: 'Apple silicon', zh: 'Apple 芯片' },
    'darwin-x64': { en: 'Intel', zh: 'Intel' },
  };
  const system: Record<string, string> = { darwin: 'macOS', win32: 'Windows', linux: 'Linux' };
  const os = system[platform] ?? platform;
  const kind = chip[`${platform}-${arch}`];
  return kind
    ? { en: `${os}, ${kind.en} (${arch})`, zh: `${os}，${kind.zh}（${arch}）` }
    : { en: `${os}, ${arch}`, zh: `${os}，${arch}` };
}

/**
 * The keychain library's native binding for this computer could not be loaded (an installer
 * made for another architecture, or a damaged install): there is no keychain at all, so Danlu
 * runs in demo mode or with the environment variables.
 */
export function keychainBindingMissing(platform: string, arch: string, cause?: unknown): AppError {
  const on = machine(platform, arch);
  return new AppError(
    'keychain.bindingMissing',
    {
      en: `Danlu could not load its connection to the system keychain on this computer (${on.en}), so it can neither keep nor read an AccessKey there. Danlu runs in demo mode — or with your account, if ALIYUN_ACCESS_KEY_ID and ALIYUN_ACCESS_KEY_SECRET are set when it starts. Installing the Danlu build made for this computer fixes this.`,
      zh: `丹炉无法在这台电脑（${on.zh}）上加载系统钥匙串组件，因此既不能在钥匙串中保存、也不能读取 AccessKey。丹炉将以演示模式运行；如果启动时设置了 ALIYUN_ACCESS_KEY_ID 和 ALIYUN_ACCESS_KEY_SECRET，则使用你的账号。安装为这台电脑构建的丹炉版本即可解决。`,
    },
    { cause },
  );
}
