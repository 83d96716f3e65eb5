import { accessKeyProblems, keyFieldText } from '../../shared/credentials';
import { AppError } from '../../shared/errors';
import { plainInput } from '../../shared/typed-input';
import type { Message } from '../../shared/words/message';

/** An Alibaba Cloud AccessKey pair: the id is shown (masked), the secret never is. */
export interface AccessKey {
  accessKeyId: string;
  accessKeySecret: string;
}

/** Makes a pasted pair plain (trimmed, full-width characters made ASCII) and refuses one that cannot be an AccessKey, before any cloud call. */
export function normalizeAccessKey(input: AccessKey): AccessKey {
  const key = { accessKeyId: plainInput(input.accessKeyId), accessKeySecret: plainInput(input.accessKeySecret) };
  const problems = accessKeyProblems(key);
  const fields: Record<string, Message> = {};
  if (problems.accessKeyId) fields.accessKeyId = keyFieldText('accessKeyId', problems.accessKeyId);
  if (problems.accessKeySecret) fields.accessKeySecret = keyFieldText('accessKeySecret', problems.accessKeySecret);
  const first = problems.accessKeyId ? 'accessKeyId' : problems.accessKeySecret ? 'accessKeySecret' : undefined;
  if (first) {
    const code = first === 'accessKeyId' ? 'credentials.invalidKeyId' : 'credentials.invalidKeySecret';
    throw new AppError(fields[first] as Message, { code, fields });
  }
  return key;
}

/** "LTAI_EXAMPLE_1234" → "LTAI****1234": enough to recognise a key, too little to use it. */
export function maskAccessKeyId(accessKeyId: string): string {
  if (accessKeyId.length >= 12) return `${accessKeyId.slice(0, 4)}****${accessKeyId.slice(-4)}`;
  return `****${accessKeyId.slice(-Math.min(4, Math.floor(accessKeyId.length / 3)))}`;
}
