import type { filesRequests } from '../../../shared/contract/files';
import { AppError } from '../../../shared/errors';
import { msg } from '../../../shared/words/message';
import type { FileTransfers } from '../../workbench';
import type { AreaHandlers } from '../handler';

/** Asks the person for local paths (the desktop app's file dialog); empty when they chose nothing. */
export type PathPicker = (what: 'upload' | 'downloadFolder') => Promise<string[]>;

/** Files in and out of the data disk. */
export function filesHandlers(
  files: Pick<FileTransfers, 'list' | 'upload' | 'download' | 'cancel' | 'transfers'>,
  pick: PathPicker | undefined,
): AreaHandlers<typeof filesRequests> {
  const paths = async (given: string[] | undefined, what: Parameters<PathPicker>[0]) => {
    if (given) return given;
    if (!pick)
      throw new AppError(msg('files.noPick'), { code: 'files.noPick', fields: { local: msg('files.noPick') } });
    const chosen = await pick(what);
    if (chosen.length === 0) throw new AppError(msg('files.pickedNothing'), { code: 'files.pickedNothing' });
    return chosen;
  };
  return {
    'files.list': ({ sessionId, path }) => files.list(sessionId, path),
    'files.upload': async ({ sessionId, localPaths, remoteDir }) =>
      files.upload(sessionId, await paths(localPaths, 'upload'), remoteDir),
    'files.download': async ({ sessionId, remotePaths, localDir }) =>
      files.download(
        sessionId,
        remotePaths,
        (await paths(localDir ? [localDir] : undefined, 'downloadFolder'))[0] as string,
      ),
    'files.cancel': ({ id }) => files.cancel(id),
    'files.transfers': (input) => files.transfers(input?.sessionId),
  };
}
