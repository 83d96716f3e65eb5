import type { ErrorInfo } from './errors';

/** What every request answers, over IPC and over the bridge alike. */
export type Envelope<T = unknown> = { ok: true; value: T } | { ok: false; error: ErrorInfo };

/** IPC channel names; one for requests, one for events. */
export const REQUEST_CHANNEL = 'danlu:request';
export const EVENT_CHANNEL = 'danlu:event';
