import { createHash } from 'node:crypto';
import { open } from 'node:fs/promises';
import { AppError } from '../../../shared/errors';
import { msg } from '../../../shared/words/message';
import type { MachineLink } from '../machine/machine-links';
import { shellWord } from './remote-paths';

/** Files move in parts of this size; a part is the unit that is checked, and resent when it differs. */
export const PART = 8 * 1024 * 1024;

/** SHA-256 (hex) of each of the first `count` whole parts of a local file. */
export async function localPartHashes(path: string, count: number): Promise<string[]> {
  const hashes: string[] = [];
  const file = await open(path, 'r');
  const buffer = Buffer.allocUnsafe(PART);
  try {
    for (let i = 0; i < count; i++) {
      const { bytesRead } = await file.read(buffer, 0, PART, i * PART);
      hashes.push(createHash('sha256').update(buffer.subarray(0, bytesRead)).digest('hex'));
    }
  } finally {
    await file.close();
  }
  return hashes;
}

// Reads each part with dd and hashes it on the machine: only the hashes cross the connection.
const HASH_PARTS = `f=$1; n=$2; i=0
while [ "$i" -lt "$n" ]; do
  dd if="$f" bs=${PART} skip="$i" count=1 iflag=fullblock status=none | sha256sum | cut -d' ' -f1
  i=$((i + 1))
done`;

/** The same, of a file on the machine, hashed there with `sha256sum`. */
export async function remotePartHashes(
  link: MachineLink,
  path: string,
  count: number,
  signal?: AbortSignal,
): Promise<string[]> {
  if (count === 0) return [];
  const result = await link.exec(`sh -c ${shellWord(HASH_PARTS)} danlu-hash ${shellWord(path)} ${count}`, {
    timeoutMs: 60_000 + count * 5000,
    signal,
  });
  const hashes = result.stdout.split('\n').filter((l) => /^[0-9a-f]{64}$/.test(l));
  if (result.code !== 0 || hashes.length !== count) {
    throw new AppError(msg('files.remoteFailed', { command: 'sha256sum', reason: result.stderr.trim() }));
  }
  return hashes;
}

/** How many leading parts agree: what arrived intact and need not be sent again. */
export function partsInPlace(here: readonly string[], there: readonly string[]): number {
  let i = 0;
  while (i < here.length && i < there.length && here[i] === there[i]) i++;
  return i;
}
