import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type Message, msg } from '../../shared/words/message';
import type { AccessKey } from './access-key';

/** What the aliyun CLI's config file offers for import. */
export type CliProfile =
  | { state: 'absent'; path: string }
  | { state: 'importable'; path: string; profile: string; key: AccessKey; regionId: string | null }
  | { state: 'not-importable'; path: string; profile: string | null; mode: string | null; reason: Message };

interface RawProfile {
  name?: unknown;
  mode?: unknown;
  access_key_id?: unknown;
  access_key_secret?: unknown;
  region_id?: unknown;
}

/** Where `aliyun configure` keeps its profiles. */
function cliConfigPath(homeDir: string): string {
  return join(homeDir, '.aliyun', 'config.json');
}

/**
 * Reads the current profile of ~/.aliyun/config.json. Only AccessKey ("AK") profiles can be
 * imported: the other modes hold short-lived or derived credentials that would stop working
 * once copied.
 */
export function readCliProfile(homeDir: string): CliProfile {
  const path = cliConfigPath(homeDir);
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { state: 'absent', path };
    return notImportable(path, null, null, msg('account.cli.unreadable', { path }));
  }
  let config: { current?: unknown; profiles?: unknown };
  try {
    config = JSON.parse(text) as typeof config;
  } catch {
    return notImportable(path, null, null, msg('account.cli.notJson', { path }));
  }
  const name = typeof config.current === 'string' && config.current ? config.current : 'default';
  const profiles = Array.isArray(config.profiles) ? (config.profiles as RawProfile[]) : [];
  const profile = profiles.find((p) => p && typeof p === 'object' && p.name === name);
  if (!profile) {
    return notImportable(path, name, null, msg('account.cli.noProfile', { name, path }));
  }
  const mode = typeof profile.mode === 'string' ? profile.mode : null;
  if (mode !== 'AK') {
    return notImportable(
      path,
      name,
      mode,
      msg('account.cli.notAk', { name, mode: mode ?? { msg: msg('account.cli.unknownMode') } }),
    );
  }
  const id = typeof profile.access_key_id === 'string' ? profile.access_key_id.trim() : '';
  const secret = typeof profile.access_key_secret === 'string' ? profile.access_key_secret.trim() : '';
  if (!id || !secret) {
    return notImportable(path, name, mode, msg('account.cli.incomplete', { name }));
  }
  const regionId = typeof profile.region_id === 'string' && profile.region_id ? profile.region_id : null;
  return { state: 'importable', path, profile: name, key: { accessKeyId: id, accessKeySecret: secret }, regionId };
}

function notImportable(path: string, profile: string | null, mode: string | null, reason: Message): CliProfile {
  return { state: 'not-importable', path, profile, mode, reason };
}
