import type { AsyncEntry, EntryOptions } from '@napi-rs/keyring';
import { type Clock, systemClock } from '../../shared/clock';
import { AppError } from '../../shared/errors';
import { keychainBindingMissing, keychainTimeout, keychainUnavailable } from './keychain-errors';
import { type KeyringLibrary, type LoadKeyring, loadKeyring } from './keyring-library';
import { KEYCHAIN_SERVICE, type SecretStore, secretAccounts } from './secret-store';

/** The part of the library's AsyncEntry this store uses. */
export type KeychainEntry = Pick<AsyncEntry, 'getPassword' | 'setPassword' | 'deleteCredential'>;

export interface KeyringSecretStoreOptions {
  service?: string;
  /** How long to wait for the keychain; long enough for a person to answer an unlock prompt. */
  timeoutMs?: number;
  clock?: Clock;
  /** Opens an entry; the real library unless a test stands in for a stuck or failing keychain. */
  openEntry?: (service: string, account: string) => KeychainEntry;
  /** Loads the library and its native binding (once, when first needed). */
  loadLibrary?: LoadKeyring;
  /** This computer, named in the message when the binding cannot load. */
  platform?: string;
  arch?: string;
}

// On Linux the library would otherwise fall back to the kernel keyring when no Secret Service
// answers: that store forgets everything at logout, so the key would vanish silently. Pinning
// makes "no Secret Service" an error the user sees. Other platforms ignore this option.
const ENTRY_OPTIONS: EntryOptions = { linux: { store: 'secret-service' } };

/** The OS keychain (macOS Keychain, Windows Credential Manager, Linux Secret Service). */
export class KeyringSecretStore implements SecretStore {
  private readonly service: string;
  private readonly timeoutMs: number;
  private readonly clock: Clock;
  private readonly openEntry: (service: string, account: string) => KeychainEntry;
  private readonly loadLibrary: () => KeyringLibrary | AppError;
  private library: KeyringLibrary | AppError | undefined;

  constructor(options: KeyringSecretStoreOptions = {}) {
    this.service = options.service ?? KEYCHAIN_SERVICE;
    this.timeoutMs = options.timeoutMs ?? 120_000;
    this.clock = options.clock ?? systemClock;
    const load = options.loadLibrary ?? loadKeyring;
    this.loadLibrary = () => {
      try {
        return load();
      } catch (cause) {
        return keychainBindingMissing(options.platform ?? process.platform, options.arch ?? process.arch, cause);
      }
    };
    this.openEntry =
      options.openEntry ?? ((service, account) => new (this.keyring().AsyncEntry)(service, account, ENTRY_OPTIONS));
  }

  /** The library, loaded once; throws keychain.bindingMissing when its binding cannot load. */
  private keyring(): KeyringLibrary {
    this.library ??= this.loadLibrary();
    if (this.library instanceof AppError) throw this.library;
    return this.library;
  }

  get(account: string, signal?: AbortSignal): Promise<string | null> {
    return this.call((entry) => entry.getPassword(), account, signal);
  }

  set(account: string, value: string, signal?: AbortSignal): Promise<void> {
    return this.call((entry) => entry.setPassword(value), account, signal);
  }

  delete(account: string, signal?: AbortSignal): Promise<boolean> {
    return this.call((entry) => entry.deleteCredential(), account, signal);
  }

  async available(signal?: AbortSignal): Promise<boolean> {
    try {
      await this.set(secretAccounts.probe, 'Danlu checks that it can store secrets here', signal);
      await this.delete(secretAccounts.probe, signal);
      return true;
    } catch (error) {
      // No keychain at all on this computer: the caller says why rather than "not available".
      if (signal?.aborted || (error instanceof AppError && error.code === 'keychain.bindingMissing')) throw error;
      return false;
    }
  }

  /**
   * Runs one keychain operation with a deadline. The library ignores AbortSignal once a call is
   * under way, so the deadline and the caller's signal stop the waiting, not the native call.
   */
  private async call<T>(run: (entry: KeychainEntry) => Promise<T>, account: string, signal?: AbortSignal): Promise<T> {
    signal?.throwIfAborted();
    const stop = new AbortController();
    const onAbort = () => stop.abort(signal?.reason);
    signal?.addEventListener('abort', onAbort, { once: true });
    const operation = (async () => run(this.openEntry(this.service, account)))().catch((cause) => {
      throw cause instanceof AppError ? cause : keychainUnavailable(cause);
    });
    const deadline = this.clock.sleep(this.timeoutMs, stop.signal).then(() => {
      throw keychainTimeout(Math.round(this.timeoutMs / 1000));
    });
    try {
      return await Promise.race([operation, deadline]);
    } finally {
      signal?.removeEventListener('abort', onAbort);
      if (!stop.signal.aborted) stop.abort();
      // The loser of the race settles later; nobody waits for it, so keep it from surfacing.
      operation.catch(() => {});
      deadline.catch(() => {});
    }
  }
}
