import type { ErrorInfo } from './errors';

/** Where the data disk is mounted on every instance: the only place files go to and come from. */
export const DATA_DISK = '/mnt/ml';

/** One entry of a remote folder, as the file list shows it. */
export interface RemoteEntry {
  name: string;
  /** Full path on the instance. */
  path: string;
  kind: 'file' | 'dir' | 'link' | 'other';
  size: number;
  /** Modification time (ISO). */
  mtime: string;
}

export interface RemoteListing {
  /** The folder, resolved (symlinks followed) and inside the data disk. */
  path: string;
  /** Its parent, when that is still on the data disk. */
  parent?: string;
  entries: RemoteEntry[];
}

export type TransferState = 'running' | 'done' | 'failed' | 'cancelled' | 'interrupted';

/** A transfer as the window shows it: what moves where, how far, how fast, how long still. */
export interface TransferView {
  id: string;
  sessionId: string;
  direction: 'upload' | 'download';
  /** What the user picked (local paths for an upload, remote ones for a download). */
  sources: string[];
  /** The folder it goes into. */
  target: string;
  files: number;
  filesDone: number;
  bytes: number;
  bytesDone: number;
  /** Bytes found already in place (checked by size and part hashes) and not sent again. */
  bytesSkipped: number;
  /** Bytes per second over the last seconds, while running. */
  rate?: number;
  secondsLeft?: number;
  state: TransferState;
  error?: ErrorInfo;
  startedAt: string;
  endedAt?: string;
}
