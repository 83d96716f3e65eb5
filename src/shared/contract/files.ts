import { z } from 'zod';
import type { RemoteListing, TransferView } from '../files';
import { inputHint } from '../input-hints';
import { event, request } from './define';

const sessionId = z.string().regex(/^ses-[a-z0-9-]+$/, inputHint('sessionId'));
// No NUL or line breaks: a path is one line, on either side.
const onePath = (hint: 'remotePath' | 'localPath') =>
  z
    .string()
    .min(1, inputHint(hint))
    .max(4096, inputHint(hint))
    .regex(/^[^\0\r\n]+$/, inputHint(hint));

export const filesRequests = {
  /** One folder of the data disk (/mnt/ml when no path is given), resolved on the machine. */
  'files.list': request<RemoteListing>()(z.strictObject({ sessionId, path: onePath('remotePath').optional() })),
  /**
   * Uploads files and folders of this computer into a folder of the data disk. Without local
   * paths the desktop app asks with its file dialog; an unfinished same upload goes on.
   */
  'files.upload': request<TransferView>()(
    z.strictObject({
      sessionId,
      localPaths: z.array(onePath('localPath')).min(1).max(100).optional(),
      remoteDir: onePath('remotePath'),
    }),
  ),
  /** Downloads files and folders of the data disk into a folder of this computer (the desktop app asks when none is given). */
  'files.download': request<TransferView>()(
    z.strictObject({
      sessionId,
      remotePaths: z.array(onePath('remotePath')).min(1).max(100),
      localDir: onePath('localPath').optional(),
    }),
  ),
  'files.cancel': request<TransferView>()(z.strictObject({ id: z.string().regex(/^xfer-[a-z0-9]+$/) })),
  /** Transfers running, finished lately, or waiting to go on (after a drop or a restart). */
  'files.transfers': request<TransferView[]>()(z.strictObject({ sessionId: sessionId.optional() }).optional()),
};

export const filesEvents = {
  /** A transfer moved on: bytes, rate and time left, or its end. */
  'files.progress': event<TransferView>(),
};
