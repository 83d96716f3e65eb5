import { posix } from 'node:path';
import type { RemoteEntry, RemoteListing } from '../../../shared/files';
import type { MachineLink } from '../machine/machine-links';
import { sftpCalls } from './sftp-calls';

const S_IFMT = 0o170000;
const KINDS = new Map<number, RemoteEntry['kind']>([
  [0o040000, 'dir'],
  [0o100000, 'file'],
  [0o120000, 'link'],
]);

/** One folder of the machine (resolved, on the data disk): folders first, then files, by name. */
export async function listRemote(link: MachineLink, path: string, root: string): Promise<RemoteListing> {
  const sftp = sftpCalls(await link.sftp(), link.gone);
  const entries: RemoteEntry[] = (await sftp.readdir(path))
    .filter((e) => !e.filename.endsWith('.danlu-part'))
    .map((e) => ({
      name: e.filename,
      path: posix.join(path, e.filename),
      kind: KINDS.get((e.attrs.mode ?? 0) & S_IFMT) ?? 'other',
      size: e.attrs.size ?? 0,
      mtime: new Date((e.attrs.mtime ?? 0) * 1000).toISOString(),
    }))
    .sort((a, b) => Number(b.kind === 'dir') - Number(a.kind === 'dir') || a.name.localeCompare(b.name));
  const parent = posix.dirname(path);
  return { path, ...(path !== root && parent.startsWith(root) ? { parent } : {}), entries };
}
