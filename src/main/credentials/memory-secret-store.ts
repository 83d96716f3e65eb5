import { keychainUnavailable } from './keychain-errors';
import type { SecretStore } from './secret-store';

/**
 * A SecretStore held in memory, for unit tests and demo mode. It can act like the keychains
 * Danlu meets in the wild: none at all (`unavailable`), or one that answers reads but refuses
 * to store (`refusesWrites`, a Secret Service without an unlocked keyring).
 */
export class MemorySecretStore implements SecretStore {
  readonly entries = new Map<string, string>();
  unavailable: boolean;
  refusesWrites: boolean;

  constructor(options: { unavailable?: boolean; refusesWrites?: boolean } = {}) {
    this.unavailable = options.unavailable ?? false;
    this.refusesWrites = options.refusesWrites ?? false;
  }

  async get(account: string): Promise<string | null> {
    this.check(false);
    return this.entries.get(account) ?? null;
  }

  async set(account: string, value: string): Promise<void> {
    this.check(true);
    this.entries.set(account, value);
  }

  async delete(account: string): Promise<boolean> {
    this.check(true);
    return this.entries.delete(account);
  }

  async available(): Promise<boolean> {
    return !this.unavailable && !this.refusesWrites;
  }

  private check(writing: boolean): void {
    if (this.unavailable || (writing && this.refusesWrites)) {
      throw keychainUnavailable(new Error('no keychain (simulated)'));
    }
  }
}
