import type { Redactor } from '../log/redactor';
import { keychainOrMemory } from './keychain-or-memory';
import { type SecretStore, secretAccounts } from './secret-store';

const SESSION_ID = /^ses-[a-z0-9-]{1,60}$/;

/**
 * The private half of the SSH host key a launch hands its instance in UserData, kept in the OS
 * keychain from just before RunInstances until the instance answered SSH: a launch resumed after
 * a crash sends the very same request (same UserData, same ClientToken), so the cloud answers
 * with the instance it already made instead of making a second one. Never written to a file; on a
 * computer without a keychain binding it is held in memory for this run only.
 */
export class HostKeyVault {
  private readonly memory = new Map<string, string>();

  constructor(
    private readonly store: SecretStore,
    private readonly redactor: Redactor,
  ) {}

  async keep(sessionId: string, privateKey: string): Promise<void> {
    this.redactor.addSecret(privateKey);
    await keychainOrMemory(
      () => this.store.set(account(sessionId), privateKey),
      () => void this.memory.set(sessionId, privateKey),
    );
  }

  /** The kept private key, or null when none is (any more). */
  async recall(sessionId: string): Promise<string | null> {
    const key = await keychainOrMemory(
      () => this.store.get(account(sessionId)),
      () => this.memory.get(sessionId) ?? null,
    );
    this.redactor.addSecret(key);
    return key;
  }

  async forget(sessionId: string): Promise<void> {
    this.memory.delete(sessionId);
    await keychainOrMemory(
      () => this.store.delete(account(sessionId)),
      () => false,
    );
  }
}

function account(sessionId: string): string {
  // Session ids are made by Danlu: anything else is a programming error, never a user's input.
  if (!SESSION_ID.test(sessionId)) throw new Error(`not a session id: ${sessionId}`);
  return secretAccounts.hostKey(sessionId);
}
