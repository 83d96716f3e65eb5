import { keychainUnavailable } from './keychain-errors';
import type { SecretStore } from './secret-store';

/**
 * A SecretStore held in memory, for unit tests and demo mode. `unavailable: true` makes it act
 * like a machine without a keychain: every call fails the way KeyringSecretStore does.
 */
export class MemorySecretStore implements SecretStore {
  readonly entries = new Map<string, string>();
  unavailable: boolean;

  constructor(options: { unavailable?: boolean } = {}) {
    this.unavailable = options.unavailable ?? false;
  }

  async get(account: string): Promise<string | null> {
    this.check();
    return this.entries.get(account) ?? null;
  }

  async set(account: string, value: string): Promise<void> {
    this.check();
    this.entries.set(account, value);
  }

  async delete(account: string): Promise<boolean> {
    this.check();
    return this.entries.delete(account);
  }

  async available(): Promise<boolean> {
    return !this.unavailable;
  }

  private check(): void {
    if (this.unavailable) throw keychainUnavailable(new Error('no keychain (simulated)'));
  }
}
