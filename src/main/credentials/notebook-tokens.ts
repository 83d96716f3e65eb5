import { AppError } from '../../shared/errors';
import { msg } from '../../shared/words/message';
import type { Redactor } from '../log/redactor';
import { keychainOrMemory } from './keychain-or-memory';
import { type SecretStore, secretAccounts } from './secret-store';

const INSTANCE_ID = /^[A-Za-z0-9_-]{1,64}$/;

/**
 * The login token of each instance's notebook, kept in the keychain under its instance id. On a
 * computer without a keychain (its binding cannot load) a session with environment-variable keys
 * still works: tokens are then held in memory for this run only, never written anywhere.
 */
export class NotebookTokens {
  private readonly memory = new Map<string, string>();

  constructor(
    private readonly store: SecretStore,
    private readonly redactor: Redactor,
  ) {}

  async save(instanceId: string, token: string, signal?: AbortSignal): Promise<void> {
    this.redactor.addSecret(token);
    const name = account(instanceId);
    await keychainOrMemory(
      () => this.store.set(name, token, signal),
      () => void this.memory.set(instanceId, token),
    );
  }

  /** The token, or null when none was kept for this instance. */
  async get(instanceId: string, signal?: AbortSignal): Promise<string | null> {
    const name = account(instanceId);
    const token = await keychainOrMemory(
      () => this.store.get(name, signal),
      () => this.memory.get(instanceId) ?? null,
    );
    this.redactor.addSecret(token);
    return token;
  }

  /** Drops the token when its instance is released; false when there was none. */
  async forget(instanceId: string, signal?: AbortSignal): Promise<boolean> {
    const name = account(instanceId);
    return await keychainOrMemory(
      () => this.store.delete(name, signal),
      () => this.memory.delete(instanceId),
    );
  }
}

function account(instanceId: string): string {
  if (!INSTANCE_ID.test(instanceId)) {
    throw new AppError(msg('notebook.badInstanceId', { instanceId }), { code: 'notebookToken.badInstanceId' });
  }
  return secretAccounts.notebookToken(instanceId);
}
