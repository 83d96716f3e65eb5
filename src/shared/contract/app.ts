import { z } from 'zod';
import type { Localized } from '../localized';
import { event, request } from './define';

export type Platform = 'darwin' | 'win32' | 'linux' | 'other';

export interface AppInfo {
  name: string;
  version: string;
  platform: Platform;
  /** The OS locale as the platform reports it, e.g. "zh-CN" or "en-US". */
  locale: string;
  /** True when Danlu talks to the built-in simulator: nothing is bought. */
  demo: boolean;
  /** In demo mode, how many times faster than real time the simulated cloud runs (1: real time). */
  demoSpeed?: number;
  /** Which transport answered: the Electron app or the development bridge. */
  transport: 'ipc' | 'bridge';
  /** Danlu's SSH private key, for the full form of the SSH command. */
  sshKeyPath: string;
  /** Whether the desktop shows Danlu's tray icon (missing: GNOME without AppIndicator; the window says how to get one). */
  tray: 'present' | 'missing' | 'unknown';
}

export interface Pong {
  message: string;
  at: string;
}

/** What happened to a session that the user hears about. */
export type SessionNoticeKind =
  | 'ready'
  | 'reclaim'
  | 'interrupted'
  | 'failed'
  | 'stopped'
  | 'started'
  | 'released'
  | 'imageSaved'
  | 'operationFailed'
  | 'unaskedStop'
  | 'leaseEnded'
  | 'stillBilled'
  /** The user's address changed while a session ran: its rules moved. */
  | 'addressMoved'
  /** Danlu acts on its own (a budget, the idle guard): what it does and why. */
  | 'auto';

/** Something the user should hear about even with the window closed (also a system notification). */
export interface Notice {
  level: 'info' | 'warning' | 'error';
  title: Localized;
  body: Localized;
  sessionId?: string;
  kind?:
    | SessionNoticeKind
    | 'budget'
    | 'idle'
    | 'orphans'
    | 'journal'
    | 'update'
    | 'tray'
    | 'diagnostics'
    | 'instance'
    | 'webhook';
  /** A newer notice with the same key replaces the older one instead of piling up. */
  key?: string;
}

export const appRequests = {
  'app.info': request<AppInfo>()(z.undefined()),
  'app.ping': request<Pong>()(z.strictObject({ message: z.string().max(200) })),
};

export const appEvents = {
  'app.notice': event<Notice>(),
};
