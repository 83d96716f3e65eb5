import { createHmac } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import { replaceFile } from './replace-file';

/** known_hosts names a host by its address, or "[address]:port" when the port is not 22. */
function hostKeyName(host: string, port: number): string {
  return port === 22 ? host : `[${host}]:${port}`;
}

/** Whether one known_hosts line is about this host, hashed ("|1|salt|hash") or plain. */
function names(line: string, name: string): boolean {
  const fields = line.trim().split(/\s+/);
  const hosts = fields[0]?.startsWith('@') ? fields[1] : fields[0];
  if (!hosts || hosts.startsWith('#')) return false;
  return hosts.split(',').some((entry) => {
    const hashed = /^\|1\|([^|]+)\|([^|]+)$/.exec(entry);
    if (!hashed) return entry === name;
    const [, salt = '', hash = ''] = hashed;
    return createHmac('sha1', Buffer.from(salt, 'base64')).update(name).digest('base64') === hash;
  });
}

/**
 * Makes `line` the only key Danlu's known_hosts holds for `name` (an alias), keeping every
 * other line. Returns whether the file changed.
 */
export function pinKnownHost(knownHostsPath: string, name: string, line: string): boolean {
  let text = '';
  let mode = 0o600;
  try {
    text = readFileSync(knownHostsPath, 'latin1');
    mode = statSync(knownHostsPath).mode & 0o777;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  const kept = text.split(/(?<=\n)/).filter((l) => l !== '' && !names(l, name));
  const next = `${kept.join('')}${line}\n`;
  if (next === text) return false;
  replaceFile(knownHostsPath, Buffer.from(next, 'latin1'), mode);
  return true;
}

/**
 * Drops the host keys recorded for an address in Danlu's own known_hosts. A released spot
 * instance's IP goes to someone else's machine; without this the next instance on that IP would
 * be refused as a changed host key. Returns how many lines were removed.
 */
export function forgetKnownHost(knownHostsPath: string, host: string, port = 22): number {
  let text: string;
  try {
    text = readFileSync(knownHostsPath, 'latin1');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return 0;
    throw error;
  }
  const name = hostKeyName(host, port);
  const lines = text.split(/(?<=\n)/);
  const kept = lines.filter((line) => !names(line, name));
  const removed = lines.length - kept.length;
  if (removed > 0)
    replaceFile(knownHostsPath, Buffer.from(kept.join(''), 'latin1'), statSync(knownHostsPath).mode & 0o777);
  return removed;
}
