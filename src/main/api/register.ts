import { REQUEST_CHANNEL } from '../../shared/envelope';
import { AppError } from '../../shared/errors';
import { msg } from '../../shared/words/message';
import type { Dispatch } from './dispatch';

/** The part of Electron's IpcMainInvokeEvent that register() looks at. */
export interface InvokeEvent {
  readonly sender: unknown;
  readonly senderFrame: unknown;
}

/** The part of Electron's ipcMain that register() uses (so it is testable without Electron). */
export interface IpcMainLike {
  handle(channel: string, listener: (event: InvokeEvent, ...args: unknown[]) => Promise<unknown>): void;
  removeHandler(channel: string): void;
}

const untrusted = new AppError(msg('error.untrustedSender'), { code: 'untrusted_sender' });

/**
 * Registers the contract on ipcMain. `isTrusted` decides whether a message comes from our own
 * window's main frame; anything else (subframes, the notebook view, other windows) is refused
 * before its input is even looked at. Returns a function that unregisters.
 */
export function register(ipc: IpcMainLike, dispatch: Dispatch, isTrusted: (event: InvokeEvent) => boolean) {
  ipc.handle(REQUEST_CHANNEL, async (event, name, input) => {
    if (!isTrusted(event)) return { ok: false, error: untrusted.toInfo() };
    return dispatch(name, input, { transport: 'ipc' });
  });
  return () => ipc.removeHandler(REQUEST_CHANNEL);
}
