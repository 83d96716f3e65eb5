import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { REMOTE_SCRIPT_DIR, shellQuote } from './remote-step';
import type { RemoteShell } from './ssh-runner';

/** Reads the bootstrap scripts (assets/bootstrap) from a folder: name → content. */
export async function readScripts(dir: string): Promise<Map<string, Buffer>> {
  const files = new Map<string, Buffer>();
  for (const name of (await readdir(dir)).sort()) files.set(name, await readFile(join(dir, name)));
  return files;
}

/**
 * Brings the scripts on the machine up to date over SFTP, uploading only those whose content
 * differs (all at once), each replaced atomically. Returns the names uploaded.
 */
export async function syncScripts(shell: RemoteShell, scripts: Map<string, Buffer>): Promise<string[]> {
  const dir = REMOTE_SCRIPT_DIR;
  const listing = await shell.exec(`mkdir -p ${dir} && cd ${dir} && sha256sum -- * 2>/dev/null; true`);
  const remote = new Map<string, string>();
  for (const line of listing.stdout.split('\n')) {
    const [hash, name] = line.trim().split(/\s+\*?/);
    if (hash && name) remote.set(name, hash);
  }
  const stale = [...scripts].filter(([name, content]) => remote.get(name) !== sha256(content));
  // One SFTP session carries every upload at once: a fresh machine needs all of them.
  await Promise.all(stale.map(([name, content]) => shell.upload(`${dir}/${name}.new`, content, 0o755)));
  if (stale.length > 0) {
    const moves = stale.map(([name]) => `mv -f ${shellQuote(`${name}.new`)} ${shellQuote(name)}`).join(' && ');
    const result = await shell.exec(`cd ${dir} && ${moves}`);
    if (result.code !== 0) throw new Error(`cannot install the set-up scripts: ${result.stderr.trim()}`);
  }
  return stale.map(([name]) => name);
}

function sha256(content: Buffer): string {
  return createHash('sha256').update(content).digest('hex');
}
