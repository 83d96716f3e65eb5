import { type NetworkInterfaceInfo, networkInterfaces } from 'node:os';
import type { Ticker } from '../../../shared/clock';

/** Something that says when the computer may have moved to another network. */
export interface NetworkChanges {
  /** Calls `listener` at each change until the returned function is called. */
  subscribe(listener: () => void): () => void;
}

export interface InterfaceWatchOptions {
  ticker: Ticker;
  /** How often the interfaces are read; Node has no event for a change of network. */
  everyMs?: number;
  /** The computer's interfaces (default Node's `os.networkInterfaces`). */
  read?: () => NodeJS.Dict<NetworkInterfaceInfo[]>;
}

/** The external addresses of every interface, as one comparable text (a Wi-Fi joined, a VPN up, a cable out). */
function signature(interfaces: NodeJS.Dict<NetworkInterfaceInfo[]>): string {
  return Object.entries(interfaces)
    .flatMap(([name, infos]) => (infos ?? []).filter((i) => !i.internal).map((i) => `${name} ${i.cidr ?? i.address}`))
    .sort()
    .join('\n');
}

/** A change of the computer's network seen in its interfaces' addresses, read every few seconds. */
export class InterfaceWatch implements NetworkChanges {
  constructor(private readonly options: InterfaceWatchOptions) {}

  subscribe(listener: () => void): () => void {
    const read = this.options.read ?? networkInterfaces;
    let last = signature(read());
    return this.options.ticker.every(this.options.everyMs ?? 10_000, () => {
      let now: string;
      try {
        now = signature(read());
      } catch {
        return; // Unreadable for a moment: the next read compares again.
      }
      if (now === last) return;
      last = now;
      listener();
    });
  }
}
