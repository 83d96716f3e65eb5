import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { writeFileAtomic } from '../store/atomic-write';
import { AUTOSTART_FILE } from './login-item';

/** Where XDG desktops look for autostart entries. */
export function autostartDir(env: Readonly<Record<string, string | undefined>>, homeDir: string): string {
  const config = env.XDG_CONFIG_HOME?.startsWith('/') ? env.XDG_CONFIG_HOME : join(homeDir, '.config');
  return join(config, 'autostart');
}

/** Writes Danlu's autostart entry (readable by the session, as other entries), or removes it. */
export function applyAutostart(dir: string, entry: string | null): void {
  const path = join(dir, AUTOSTART_FILE);
  if (entry === null) rmSync(path, { force: true });
  else writeFileAtomic(path, entry, 0o644);
}
