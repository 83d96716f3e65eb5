import { isSameOrigin } from './url-policy';

/** What Electron tells about the sender of an IPC request, reduced to what the check needs. */
export interface IpcSender {
  /** The request came from the web contents of Danlu's own window. */
  ownWindow: boolean;
  /** …from that window's main frame, not a subframe. */
  mainFrame: boolean;
  /** The URL the sending frame shows (undefined once the frame is gone). */
  frameUrl: string | undefined;
}

/**
 * Only the main frame of Danlu's own window, showing Danlu's own page (danlu://app, or the
 * development server in a development run), may call: a frame that navigated elsewhere, a
 * subframe or any other window is refused before its input is looked at.
 */
export function isTrustedSender(sender: IpcSender, appOrigin: string): boolean {
  return (
    sender.ownWindow && sender.mainFrame && sender.frameUrl !== undefined && isSameOrigin(sender.frameUrl, appOrigin)
  );
}
