import { z } from 'zod';
import type { ErrorInfo } from '../errors';
import { event, request } from './define';

/** Where a running Danlu stands with its next version. */
export type UpdatePhase =
  /** This copy cannot update itself (see `unavailable`). */
  | 'unavailable'
  /** Nothing to do: not checked yet, or up to date at `checkedAt`. */
  | 'idle'
  | 'checking'
  | 'downloading'
  /** Downloaded and verified; installed by a restart, or when Danlu quits. */
  | 'ready'
  | 'installing';

/**
 * Why this copy cannot update itself: it runs from the sources, over the browser bridge, as an
 * unsigned Windows build (its installer could not be checked), or as a kind of install the
 * updater cannot replace (a Linux package other than the AppImage and the deb, a snap).
 */
export type UpdateUnavailable = 'sources' | 'bridge' | 'unsigned' | 'package';

/** Work that must not be cut short by a restart: a launch, stop, start, release, image or file transfer. */
export interface BusyWork {
  kind: 'launch' | 'stop' | 'start' | 'release' | 'image' | 'transfer';
  /** The session (or file) it is about. */
  name: string;
}

export interface UpdateStatus {
  /** The running version. */
  current: string;
  phase: UpdatePhase;
  unavailable?: UpdateUnavailable;
  /** The newer version being downloaded or ready. */
  next?: { version: string; releaseDate?: string };
  /** 0–100 while downloading. */
  percent?: number;
  /** Ready, but this work runs: the restart is offered once it ends. */
  waitingFor?: BusyWork[];
  /** When the feed last answered. */
  checkedAt?: string;
  /** The last check or download that failed; the running Danlu was not touched. */
  error?: ErrorInfo;
  /** Where updates come from: GitHub Releases, or the mirror set in Settings. */
  feed: { kind: 'github' } | { kind: 'mirror'; url: string };
  /** Checks at start and daily (Settings' switch); "Check now" works either way. */
  automatic: boolean;
}

export const updatesRequests = {
  'updates.status': request<UpdateStatus>()(z.undefined()),
  /** Reads the feed now; a newer version then downloads in the background. */
  'updates.check': request<UpdateStatus>()(z.undefined()),
  /** Restarts into the downloaded version; refused while a launch, release or transfer runs. */
  'updates.restart': request<UpdateStatus>()(z.undefined()),
};

export const updatesEvents = {
  'updates.changed': event<UpdateStatus>(),
};
