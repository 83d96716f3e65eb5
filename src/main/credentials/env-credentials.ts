import type { AccessKey } from './access-key';

export const ENV_KEY_ID = 'ALIYUN_ACCESS_KEY_ID';
export const ENV_KEY_SECRET = 'ALIYUN_ACCESS_KEY_SECRET';
export type EnvVariableName = typeof ENV_KEY_ID | typeof ENV_KEY_SECRET;

/** What the environment holds: both variables (they win over the keychain), one, or none. */
export type EnvCredentials =
  | { state: 'absent' }
  | { state: 'complete'; key: AccessKey }
  | { state: 'incomplete'; missing: EnvVariableName[] };

/** Reads the AccessKey from ALIYUN_ACCESS_KEY_ID / ALIYUN_ACCESS_KEY_SECRET (blank counts as unset). */
export function readEnvCredentials(env: Readonly<Record<string, string | undefined>>): EnvCredentials {
  const accessKeyId = env[ENV_KEY_ID]?.trim() ?? '';
  const accessKeySecret = env[ENV_KEY_SECRET]?.trim() ?? '';
  if (accessKeyId && accessKeySecret) return { state: 'complete', key: { accessKeyId, accessKeySecret } };
  if (!accessKeyId && !accessKeySecret) return { state: 'absent' };
  return { state: 'incomplete', missing: [accessKeyId ? ENV_KEY_SECRET : ENV_KEY_ID] };
}
