import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { writeFileAtomic } from './atomic-write';

const FILE = 'install-id';
const SHAPE = /^[0-9a-f]{16}$/;

/**
 * This install's id: a random value made once and kept in the data folder. Every resource Danlu
 * creates carries it (besides Danlu's own tag), so two computers sharing an account can tell
 * their resources apart. Not a secret: it only names the install.
 */
export function loadInstallId(dataDir: string): string {
  const path = join(dataDir, FILE);
  try {
    const kept = readFileSync(path, 'utf8').trim();
    if (SHAPE.test(kept)) return kept;
  } catch {
    // Not made yet.
  }
  const made = randomBytes(8).toString('hex');
  writeFileAtomic(path, `${made}\n`, 0o644);
  return made;
}
