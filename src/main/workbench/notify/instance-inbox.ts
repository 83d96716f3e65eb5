import type { Logger } from '../../log/logger';
import type { MachineLinks } from '../machine/machine-links';
import { ackCommand, PENDING_COMMAND, parseSpoolListing, type SpoolMessage } from './spool-listing';

export interface InstanceInboxDeps {
  links: Pick<MachineLinks, 'reader'>;
  /** Hands one message to the user (a notice: the tray's notification, the window, the webhook). */
  deliver: (sessionId: string, message: SpoolMessage) => void;
  sleep: (ms: number, signal: AbortSignal) => Promise<void>;
  log: Logger;
  /** How often the spool is read while the session runs. */
  pollMs?: number;
}

/** A machine set up before danlu-notify existed: looked at again this rarely. */
const NOT_INSTALLED_RECHECK_MS = 5 * 60_000;
const RECONNECT_MAX_MS = 30_000;
/** Sequence numbers remembered per session, so a message whose removal failed is not shown twice. */
const REMEMBERED = 500;

/**
 * Brings what `danlu-notify` spooled on the instance to the user: reads the spool every few
 * seconds while the session runs (and at once when the app comes back), delivers in sequence
 * order, then removes what it delivered. Nothing is removed before it was delivered; a removal
 * that failed is tried again and never shows a message twice.
 */
export class InstanceInbox {
  private readonly delivered = new Map<string, Set<number>>();

  constructor(private readonly deps: InstanceInboxDeps) {}

  async watch(sessionId: string, signal: AbortSignal): Promise<void> {
    // A new watch may be a new machine (after a recovery) whose numbers start again.
    this.delivered.delete(sessionId);
    let wait = 2000;
    try {
      while (!signal.aborted) {
        let pause = this.deps.pollMs ?? 5000;
        try {
          if (!(await this.drain(sessionId, signal))) pause = NOT_INSTALLED_RECHECK_MS;
          wait = 2000;
        } catch (error) {
          if (signal.aborted) return;
          this.deps.log.debug('instance notifications unreadable for now', { session: sessionId, error });
          pause = wait;
          wait = Math.min(RECONNECT_MAX_MS, wait * 2);
        }
        await this.deps.sleep(pause, signal);
      }
    } catch {
      // The sleep ended with the signal: the session stopped running.
    }
  }

  /** Reads the spool once, delivers what is new, removes what was delivered; false when the machine has no danlu-notify. */
  async drain(sessionId: string, signal?: AbortSignal): Promise<boolean> {
    // A dropped connection is forgotten by the links themselves: the next ask logs in again.
    const shell = await this.deps.links.reader(sessionId, signal);
    const listing = await shell.exec(PENDING_COMMAND, { signal, timeoutMs: 30_000, maxOutput: 512 * 1024 });
    if (listing.code === 127) return false;
    if (listing.code !== 0) throw new Error(`danlu-notify --pending exited ${listing.code}`);
    const seen = this.seen(sessionId);
    const messages = parseSpoolListing(listing.stdout);
    for (const message of messages) {
      if (seen.has(message.seq)) continue;
      this.deps.deliver(sessionId, message);
      seen.add(message.seq);
    }
    if (messages.length > 0) {
      const ack = await shell.exec(ackCommand(messages.map((m) => m.seq)), { signal, timeoutMs: 30_000 });
      if (ack.code !== 0) throw new Error(`danlu-notify --ack exited ${ack.code}`);
    }
    while (seen.size > REMEMBERED) seen.delete(seen.values().next().value as number);
    return true;
  }

  private seen(sessionId: string): Set<number> {
    let seen = this.delivered.get(sessionId);
    if (!seen) {
      seen = new Set();
      this.delivered.set(sessionId, seen);
    }
    return seen;
  }
}
