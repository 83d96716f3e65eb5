import { AppError } from '../../shared/errors';

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
