/**
 * Where Danlu keeps secrets: the OS keychain, and nothing else. Implementations never fall back
 * to a file; when they cannot reach a keychain every call rejects with an AppError
 * ("keychain.unavailable", see keychain-errors.ts) and nothing is written anywhere.
 */
export interface SecretStore {
  /** The stored value, or null when there is none. */
  get(account: string, signal?: AbortSignal): Promise<string | null>;
  /** Stores or replaces a value. */
  set(account: string, value: string, signal?: AbortSignal): Promise<void>;
  /** Removes a value; false when there was none. */
  delete(account: string, signal?: AbortSignal): Promise<boolean>;
  /**
   * Whether a secret could be stored right now. Some keychains answer reads but refuse writes
   * (a Secret Service without an unlocked keyring), so this writes and removes a marker that
   * holds no secret. Rejects instead when there is no keychain at all on this computer
   * ("keychain.bindingMissing"), so the caller can say why.
   */
  available(signal?: AbortSignal): Promise<boolean>;
}

/** The service name every Danlu secret is filed under in the OS keychain. */
export const KEYCHAIN_SERVICE = 'danlu';

/** Account names inside the "danlu" service, one place so nothing else invents its own. */
export const secretAccounts = {
  /** The AccessKey pair, kept as one entry so a replacement can never leave a mixed pair. */
  accessKey: 'aliyun-access-key',
  /** Written and removed at once to learn whether the keychain can store (holds no secret). */
  probe: 'availability-probe',
  notebookToken: (instanceId: string) => `notebook-token:${instanceId}`,
  /** The private half of a launch's SSH host key, until its instance answered SSH. */
  hostKey: (sessionId: string) => `instance-host-key:${sessionId}`,
  /** The notification webhook: its address holds the chat service's key. */
  webhook: 'notify-webhook',
} as const;
