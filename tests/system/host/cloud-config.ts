/**
 * The part of cloud-init the test instances need: host keys from the `ssh_keys` of a
 * `#cloud-config` in UserData. Reads only the shape Danlu writes (block scalars for private
 * keys, plain scalars for public ones); anything else is ignored, as cloud-init ignores keys it
 * does not know.
 */
export interface HostKeyFiles {
  /** File name under /etc/ssh → content. */
  files: Map<string, string>;
  /** `ssh_deletekeys` (default true): the image's own host keys go first. */
  deleteExisting: boolean;
}

const TYPES = ['rsa', 'dsa', 'ecdsa', 'ed25519'];

export function hostKeysFromUserData(base64: string | undefined): HostKeyFiles | undefined {
  if (!base64) return undefined;
  const text = Buffer.from(base64, 'base64').toString('utf8');
  if (!text.startsWith('#cloud-config')) return undefined;
  const lines = text.split('\n');
  const start = lines.findIndex((l) => /^ssh_keys:\s*$/.test(l));
  if (start < 0) return undefined;
  const files = new Map<string, string>();
  for (let i = start + 1; i < lines.length; i++) {
    const line = lines[i] as string;
    if (!/^\s+\S/.test(line)) break;
    const entry = /^\s+([a-z0-9]+)_(private|public):\s*(\|)?\s*(.*)$/.exec(line);
    if (!entry || !TYPES.includes(entry[1] as string)) continue;
    const [, type, part, block, inline] = entry;
    const name = `ssh_host_${type}_key${part === 'public' ? '.pub' : ''}`;
    if (block) {
      const indent = /^(\s*)/.exec(lines[i + 1] ?? '')?.[1]?.length ?? 0;
      const body: string[] = [];
      while (i + 1 < lines.length && (lines[i + 1] as string).startsWith(' '.repeat(indent)) && indent > 0) {
        body.push((lines[++i] as string).slice(indent));
      }
      files.set(name, `${body.join('\n')}\n`);
    } else {
      files.set(name, `${inline}\n`);
    }
  }
  const deleteExisting = !lines.some((l) => /^ssh_deletekeys:\s*false\s*$/.test(l));
  return { files, deleteExisting };
}
