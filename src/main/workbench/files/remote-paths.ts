import { posix } from 'node:path';
import { AppError } from '../../../shared/errors';
import { msg } from '../../../shared/words/message';
import type { MachineLink } from '../machine/machine-links';

/** A word for the shell, in single quotes (the only character needing care inside them is the quote itself). */
export function shellWord(text: string): string {
  return `'${text.replaceAll("'", `'\\''`)}'`;
}

const inside = (path: string, root: string) => path === root || path.startsWith(`${root}/`);

const outside = (path: string, root: string) =>
  new AppError(msg('files.outsideDisk', { path, root }), {
    code: 'files.outsideDisk',
    fields: { path: msg('files.outsideDiskShort', { root }) },
  });

/**
 * A path the user named, on the data disk: relative ones are taken from the disk's root, `..`
 * is resolved first, and anything that lands outside is refused.
 */
export function onDataDisk(input: string, root: string): string {
  const trimmed = input.trim();
  const full = posix.normalize(posix.isAbsolute(trimmed) ? trimmed : posix.join(root, trimmed)).replace(/\/+$/, '');
  const path = full === '' ? '/' : full;
  if (!inside(path, root)) throw outside(trimmed, root);
  return path;
}

/**
 * The same paths as the machine resolves them (symlinks followed, with `realpath -m`, so paths
 * not made yet resolve too); refused when any leads off the data disk.
 */
export async function resolvedOnDisk(
  link: MachineLink,
  paths: string[],
  root: string,
  signal?: AbortSignal,
): Promise<string[]> {
  const out: string[] = [];
  // A few hundred paths per command keeps the command line short.
  for (let i = 0; i < paths.length; i += 200) {
    const batch = paths.slice(i, i + 200);
    const result = await link.exec(`realpath -m -- ${[root, ...batch].map(shellWord).join(' ')}`, {
      timeoutMs: 30_000,
      signal,
    });
    const lines = result.stdout.split('\n').filter((l) => l !== '');
    if (result.code !== 0 || lines.length !== batch.length + 1) {
      throw new AppError(msg('files.remoteFailed', { command: 'realpath', reason: result.stderr.trim() }));
    }
    const realRoot = lines[0] as string;
    batch.forEach((path, j) => {
      const real = lines[j + 1] as string;
      if (!inside(real, realRoot)) throw outside(path, root);
      out.push(real);
    });
  }
  return out;
}
