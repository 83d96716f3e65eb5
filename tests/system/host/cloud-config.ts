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

/** A file cloud-init's `write_files` puts on the machine at its first boot. */
export interface WrittenFile {
  path: string;
  mode: number;
  content: Buffer;
}

/**
 * `write_files` (path, permissions, `encoding: b64` or plain one-line content) and `runcmd` (one
 * shell command a line) of a `#cloud-config`, in the shape Danlu writes them (first-boot.ts).
 */
export function firstBootFromUserData(base64: string | undefined): { files: WrittenFile[]; runcmd: string[] } {
  const found = { files: [] as WrittenFile[], runcmd: [] as string[] };
  if (!base64) return found;
  const lines = Buffer.from(base64, 'base64').toString('utf8').split('\n');
  if (lines[0] !== '#cloud-config') return found;
  let section = '';
  let file: { path?: string; mode?: number; b64?: boolean; content?: string } | undefined;
  const flush = () => {
    if (file?.path && file.content !== undefined) {
      found.files.push({
        path: file.path,
        mode: file.mode ?? 0o644,
        content: file.b64 ? Buffer.from(file.content, 'base64') : Buffer.from(file.content),
      });
    }
    file = undefined;
  };
  for (const line of lines) {
    const top = /^([a-z_]+):/.exec(line);
    if (top) {
      flush();
      section = top[1] as string;
      continue;
    }
    const item = /^ {2}- (.*)$/.exec(line);
    const field = /^ {4}([a-z]+): (.*)$/.exec(line);
    if (section === 'runcmd' && item) found.runcmd.push(item[1] as string);
    if (section !== 'write_files') continue;
    const [key, value] = item
      ? ((/^([a-z]+): (.*)$/.exec(item[1] as string)?.slice(1) ?? []) as string[])
      : field
        ? [field[1], field[2]]
        : [];
    if (item) flush();
    if (!key || value === undefined) continue;
    file ??= {};
    const text = value.replace(/^'(.*)'$/, '$1');
    if (key === 'path') file.path = text;
    if (key === 'permissions') file.mode = Number.parseInt(text, 8);
    if (key === 'encoding') file.b64 = text === 'b64';
    if (key === 'content') file.content = text;
  }
  flush();
  return found;
}
