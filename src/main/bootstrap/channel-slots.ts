/**
 * How many commands one SSH connection runs at once. sshd opens at most `MaxSessions` sessions
 * per connection (10 by default) and refuses the next with "open failed"; the SFTP session that
 * uploads the scripts is one of them. With every step free to start, the bootstrap could ask for
 * more at its widest (seen under load: a step failed on "Channel open failure"), so each command
 * waits for a slot, first come first served.
 */
export const CHANNELS_AT_ONCE = 9;

export class ChannelSlots {
  private busy = 0;
  private readonly waiting: Array<() => void> = [];

  constructor(private readonly size = CHANNELS_AT_ONCE) {}

  /** Runs `work` once a slot is free; a cancel while it waits ends the wait with the signal's reason. */
  async run<T>(work: () => Promise<T>, signal?: AbortSignal): Promise<T> {
    await this.take(signal);
    try {
      return await work();
    } finally {
      this.busy -= 1;
      this.waiting.shift()?.();
    }
  }

  private take(signal?: AbortSignal): Promise<void> {
    if (signal?.aborted) return Promise.reject(signal.reason ?? new Error('aborted'));
    if (this.busy < this.size) {
      this.busy += 1;
      return Promise.resolve();
    }
    return new Promise((resolve, reject) => {
      const turn = () => {
        signal?.removeEventListener('abort', onAbort);
        this.busy += 1;
        resolve();
      };
      const onAbort = () => {
        const at = this.waiting.indexOf(turn);
        if (at >= 0) this.waiting.splice(at, 1);
        reject(signal?.reason ?? new Error('aborted'));
      };
      signal?.addEventListener('abort', onAbort, { once: true });
      this.waiting.push(turn);
    });
  }
}
