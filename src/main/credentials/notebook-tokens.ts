import { AppError } from '../../shared/errors';
import type { Redactor } from '../log/redactor';
import { type SecretStore, secretAccounts } from './secret-store';

const INSTANCE_ID = /^[A-Za-z0-9_-]{1,64}$/;

/** The login token of each instance's notebook, kept in the keychain under its instance id. */
export class NotebookTokens {
  constructor(
    private readonly store: SecretStore,
    private readonly redactor: Redactor,
  ) {}

  async save(instanceId: string, token: string, signal?: AbortSignal): Promise<void> {
    this.redactor.addSecret(token);
    await this.store.set(account(instanceId), token, signal);
  }

  /** The token, or null when none was kept for this instance. */
  async get(instanceId: string, signal?: AbortSignal): Promise<string | null> {
    const token = await this.store.get(account(instanceId), signal);
    this.redactor.addSecret(token);
    return token;
  }

  /** Drops the token when its instance is released; false when there was none. */
  async forget(instanceId: string, signal?: AbortSignal): Promise<boolean> {
    return await this.store.delete(account(instanceId), signal);
  }
}

function account(instanceId: string): string {
  if (!INSTANCE_ID.test(instanceId)) {
    throw new AppError('notebookToken.badInstanceId', {
      en: `"${instanceId}" is not an instance id.`,
      zh: `“${instanceId}” 不是实例 ID。`,
    });
  }
  return secretAccounts.notebookToken(instanceId);
}
