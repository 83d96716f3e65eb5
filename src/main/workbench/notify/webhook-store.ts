import { WEBHOOK_FORMATS, type WebhookFormat } from '../../../shared/notify';
import { keychainOrMemory } from '../../credentials/keychain-or-memory';
import { type SecretStore, secretAccounts } from '../../credentials/secret-store';
import type { Redactor } from '../../log/redactor';

export interface Webhook {
  url: string;
  format: WebhookFormat;
}

/**
 * The webhook's address, a secret (it carries the chat service's key): kept in the OS keychain,
 * never in settings or logs. Every part of it that could identify the key is given to the
 * redactor. Without a keychain on this computer it is held in memory for this run only.
 */
export class WebhookStore {
  private memory: Webhook | null = null;
  private cached: { hook: Webhook | null; kept: 'keychain' | 'memory' } | undefined;

  constructor(
    private readonly store: SecretStore,
    private readonly redactor: Redactor,
  ) {}

  async get(): Promise<{ hook: Webhook | null; kept: 'keychain' | 'memory' }> {
    if (this.cached) return this.cached;
    const read = await this.orMemory(
      async () => parse(await this.store.get(secretAccounts.webhook)),
      () => this.memory,
    );
    if (read.value) this.hide(read.value.url);
    this.cached = { hook: read.value, kept: read.kept };
    return this.cached;
  }

  async save(hook: Webhook): Promise<void> {
    this.hide(hook.url);
    const kept = await this.orMemory(
      () => this.store.set(secretAccounts.webhook, JSON.stringify(hook)),
      () => {
        this.memory = hook;
      },
    );
    this.cached = { hook, kept: kept.kept };
  }

  async forget(): Promise<void> {
    await this.orMemory(
      async () => {
        await this.store.delete(secretAccounts.webhook);
      },
      () => {
        this.memory = null;
      },
    );
    this.cached = undefined;
    this.memory = null;
  }

  /** The address and every part of it that could identify the key (secretParts), masked wherever they would be written. */
  private hide(url: string): void {
    for (const part of secretParts(url)) this.redactor.addSecret(part);
  }

  /** Where the value went: the keychain, or memory on a computer without one. */
  private async orMemory<T>(
    keychain: () => Promise<T>,
    memory: () => T,
  ): Promise<{ value: T; kept: 'keychain' | 'memory' }> {
    let kept: 'keychain' | 'memory' = 'keychain';
    const value = await keychainOrMemory(keychain, () => {
      kept = 'memory';
      return memory();
    });
    return { value, kept };
  }
}

/** The address, its path and query, and each long part of them: each would give the key away. */
export function secretParts(url: string): string[] {
  const parts = [url];
  try {
    const parsed = new URL(url);
    parts.push(parsed.pathname + parsed.search);
    for (const part of parsed.pathname.split('/')) if (part.length >= 12) parts.push(part);
    for (const value of parsed.searchParams.values()) if (value.length >= 6) parts.push(value);
  } catch {
    // Not an address: the whole text stands for it.
  }
  return parts;
}

function parse(text: string | null): Webhook | null {
  if (!text) return null;
  try {
    const value = JSON.parse(text) as Partial<Webhook>;
    if (typeof value.url !== 'string' || !WEBHOOK_FORMATS.includes(value.format as WebhookFormat)) return null;
    return { url: value.url, format: value.format as WebhookFormat };
  } catch {
    return null;
  }
}
