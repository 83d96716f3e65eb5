import { AppError } from '../../shared/errors';

/** An Alibaba Cloud AccessKey pair: the id is shown (masked), the secret never is. */
export interface AccessKey {
  accessKeyId: string;
  accessKeySecret: string;
}

// Real ids are "LTAI" + 12–20 letters and digits and secrets 30 characters, but the shape has
// changed before, so only what could never be a key is refused (spaces, quotes, odd lengths).
const KEY_ID = /^[A-Za-z0-9._-]{8,128}$/;
const KEY_SECRET = /^[A-Za-z0-9+/=._-]{8,256}$/;

/** Trims what a paste adds and refuses a pair that cannot be an AccessKey, before any cloud call. */
export function normalizeAccessKey(input: AccessKey): AccessKey {
  const accessKeyId = input.accessKeyId.trim();
  const accessKeySecret = input.accessKeySecret.trim();
  if (!KEY_ID.test(accessKeyId)) {
    throw new AppError('credentials.invalidKeyId', {
      en: 'This does not look like an AccessKey ID (letters and digits, usually starting with "LTAI"). Copy it again from the RAM console.',
      zh: '这看起来不像 AccessKey ID（由字母和数字组成，通常以 “LTAI” 开头）。请从 RAM 控制台重新复制。',
    });
  }
  if (!KEY_SECRET.test(accessKeySecret)) {
    throw new AppError('credentials.invalidKeySecret', {
      en: 'This does not look like an AccessKey secret (about 30 letters and digits). Copy it again; it is shown only once, when the key is created.',
      zh: '这看起来不像 AccessKey Secret（约 30 位字母和数字）。请重新复制；它只在创建 AccessKey 时显示一次。',
    });
  }
  return { accessKeyId, accessKeySecret };
}

/** "LTAI_EXAMPLE_1234" → "LTAI****1234": enough to recognise a key, too little to use it. */
export function maskAccessKeyId(accessKeyId: string): string {
  if (accessKeyId.length >= 12) return `${accessKeyId.slice(0, 4)}****${accessKeyId.slice(-4)}`;
  return `****${accessKeyId.slice(-Math.min(4, Math.floor(accessKeyId.length / 3)))}`;
}
