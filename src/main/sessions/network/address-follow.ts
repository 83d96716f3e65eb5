import type { Ticker } from '../../../shared/clock';
import { coalesced } from '../../../shared/coalesced';
import type { Logger } from '../../log/logger';
import type { NetworkChanges } from './interface-watch';

export interface AddressFollowOptions {
  ticker: Ticker;
  /** How often the address is checked while the app runs; default five minutes. */
  everyMs?: number;
  /** A change of network: checked at once rather than at the next tick. */
  networkChanges?: NetworkChanges;
  /** Learns the address and moves the rules of the sessions that are up (SessionHub.followAddresses). */
  follow: () => Promise<unknown>;
  log: Logger;
}

/**
 * Keeps the rules of running sessions on the user's address: a check every few minutes and at
 * each change of network. One check at a time; a trigger during a check asks for one more after
 * it, so a move seen mid-check is never missed.
 */
export class AddressFollow {
  private stops: Array<() => void> = [];
  private readonly checks = coalesced(() =>
    this.options.follow().then(
      () => undefined,
      (error: unknown) => this.options.log.warn('address check failed', { error }),
    ),
  );

  constructor(private readonly options: AddressFollowOptions) {}

  start(): void {
    if (this.stops.length > 0) return;
    this.stops.push(this.options.ticker.every(this.options.everyMs ?? 5 * 60_000, () => void this.check()));
    const changes = this.options.networkChanges;
    if (changes) this.stops.push(changes.subscribe(() => void this.check()));
  }

  /** Checks now (or right after the check under way); resolves when no check is left to run. */
  check(): Promise<void> {
    return this.checks.run();
  }

  async dispose(): Promise<void> {
    for (const stop of this.stops.splice(0)) stop();
    await this.checks.current();
  }
}
