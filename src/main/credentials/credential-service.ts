import { AppError } from '../../shared/errors';
import { bothLanguages, msg } from '../../shared/words/message';
import type { Logger } from '../log/logger';
import { silentLogger } from '../log/logger';
import type { Redactor } from '../log/redactor';
import { type AccessKey, maskAccessKeyId, normalizeAccessKey } from './access-key';
import { type CliProfile, readCliProfile } from './cli-profile';
import type { CredentialSource, CredentialStatus } from './credential-status';
import { ENV_KEY_ID, ENV_KEY_SECRET, readEnvCredentials } from './env-credentials';
import { keychainEntryUnreadable, keychainUnavailable } from './keychain-errors';
import { type SecretStore, secretAccounts } from './secret-store';

/** How a new key is taken: `confirmRoot`, the person chose to use the account's root key anyway. */
export interface KeyChoice {
  confirmRoot?: boolean;
}

/**
 * A cheap authenticated read (e.g. DescribeRegions) that rejects with an AppError for a bad key,
 * and for the account's root key unless `choice.confirmRoot`.
 */
export type ValidateCredentials = (credentials: AccessKey, signal: AbortSignal, choice?: KeyChoice) => Promise<void>;

export interface CredentialServiceDeps {
  store: SecretStore;
  /** The process environment (ALIYUN_ACCESS_KEY_ID / ALIYUN_ACCESS_KEY_SECRET are read from it). */
  env: Readonly<Record<string, string | undefined>>;
  /** Where ~/.aliyun/config.json is looked for. */
  homeDir: string;
  validate: ValidateCredentials;
  redactor: Redactor;
  log?: Logger;
}

/** The credentials the cloud client signs with, and where they came from. */
export interface ResolvedCredentials extends AccessKey {
  source: CredentialSource;
}

type KeychainRead = { available: true; key: AccessKey | null } | { available: false; problem: AppError };

const STORED_VERSION = 1;

/**
 * The AccessKey's life: found in the environment or the keychain, imported from the aliyun CLI,
 * validated against the cloud before it is kept, replaced, forgotten. Secrets go to the
 * Redactor the moment they are known and never into a status, a log or a file.
 */
export class CredentialService {
  private readonly store: SecretStore;
  private readonly env: Readonly<Record<string, string | undefined>>;
  private readonly homeDir: string;
  private readonly validate: ValidateCredentials;
  private readonly redactor: Redactor;
  private readonly log: Logger;
  /** The keychain pair once read, so signing a request does not ask the keychain every time. */
  private cached: AccessKey | null | undefined;
  private warnedIncompleteEnv = false;

  constructor(deps: CredentialServiceDeps) {
    this.store = deps.store;
    this.env = deps.env;
    this.homeDir = deps.homeDir;
    this.validate = deps.validate;
    this.redactor = deps.redactor;
    this.log = deps.log ?? silentLogger;
    const env = readEnvCredentials(this.env);
    if (env.state === 'complete') this.redactor.addSecret(env.key.accessKeySecret);
  }

  /** The pair to sign with: the environment when both variables are set, else the keychain. */
  async current(signal?: AbortSignal): Promise<ResolvedCredentials | null> {
    const env = readEnvCredentials(this.env);
    if (env.state === 'complete') return { ...env.key, source: 'env' };
    if (env.state === 'incomplete' && !this.warnedIncompleteEnv) {
      this.warnedIncompleteEnv = true;
      this.log.warn('credentials: only one AccessKey environment variable is set; using the keychain', {
        missing: env.missing,
      });
    }
    if (this.cached === undefined) {
      let read = await this.readKeychain(signal);
      if (!read.available && read.problem.code === 'keychain.bindingMissing') {
        // No keychain on this computer can hold a key: demo mode, and the window says why.
        this.log.warn('credentials: the keychain binding could not be loaded; no key from the keychain', {
          error: read.problem.cause,
        });
        read = { available: true, key: null };
      }
      if (!read.available) throw read.problem;
      this.cached = read.key;
    }
    return this.cached ? { ...this.cached, source: 'keychain' } : null;
  }

  async status(signal?: AbortSignal): Promise<CredentialStatus> {
    const env = readEnvCredentials(this.env);
    const read = await this.readKeychain(signal);
    if (read.available) this.cached = read.key;
    const stored = read.available ? read.key : null;
    // A keychain can answer reads yet refuse to store; the first-run screen must know before asking.
    const problem = !read.available
      ? read.problem
      : (await this.store.available(signal))
        ? null
        : keychainUnavailable();
    const inUse = env.state === 'complete' ? env.key : stored;
    return {
      configured: inUse !== null,
      source: env.state === 'complete' ? 'env' : stored ? 'keychain' : null,
      accessKeyIdMasked: inUse ? maskAccessKeyId(inUse.accessKeyId) : null,
      env: { complete: env.state === 'complete', missing: env.state === 'incomplete' ? env.missing : [] },
      keychain: {
        available: problem === null || problem.code === 'keychain.unreadable',
        hasAccessKey: stored !== null,
        accessKeyIdMasked: stored ? maskAccessKeyId(stored.accessKeyId) : null,
        problem: problem?.toInfo() ?? null,
      },
      cliProfile: this.cliProfileStatus(this.readCli()),
    };
  }

  /**
   * Validates the pair against the cloud, then stores it in the keychain, replacing any pair
   * there. Nothing is stored when validation fails, and the previous pair stays.
   */
  async save(input: AccessKey & KeyChoice, signal?: AbortSignal): Promise<CredentialStatus> {
    const key = normalizeAccessKey(input);
    this.redactor.addSecret(key.accessKeySecret);
    // Ask the keychain first: no point sending a key to the cloud that cannot be kept.
    if (!(await this.store.available(signal))) throw keychainUnavailable();
    await this.validateKey(key, signal, { confirmRoot: input.confirmRoot === true });
    const entry = JSON.stringify({ v: STORED_VERSION, ...key });
    await this.store.set(secretAccounts.accessKey, entry, signal);
    this.cached = key;
    this.log.info('credentials: AccessKey saved to the keychain', {
      accessKeyId: maskAccessKeyId(key.accessKeyId),
      ...(input.confirmRoot ? { rootConfirmed: true } : {}),
    });
    return this.status(signal);
  }

  /** Imports the aliyun CLI's current AK profile: validated and stored exactly like save(). */
  async importFromCliProfile(choice: KeyChoice = {}, signal?: AbortSignal): Promise<CredentialStatus> {
    const cli = this.readCli();
    if (cli.state === 'absent') {
      throw new AppError(msg('account.cli.missing', { path: cli.path }), { code: 'credentials.cliProfileMissing' });
    }
    if (cli.state === 'not-importable') {
      throw new AppError(cli.reason, { code: 'credentials.cliProfileNotImportable' });
    }
    return this.save({ ...cli.key, ...choice }, signal);
  }

  /** Removes the stored pair from the keychain (environment variables are not Danlu's to change). */
  async forget(signal?: AbortSignal): Promise<CredentialStatus> {
    await this.store.delete(secretAccounts.accessKey, signal);
    this.cached = null;
    this.log.info('credentials: AccessKey removed from the keychain');
    return this.status(signal);
  }

  /**
   * Every AccessKey value Danlu can see — the environment (even one variable alone), the
   * keychain, the aliyun CLI profile — so that none of them leaves in a file Danlu writes.
   */
  async knownValues(signal?: AbortSignal): Promise<string[]> {
    const values = [this.env[ENV_KEY_ID], this.env[ENV_KEY_SECRET]];
    const read = await this.readKeychain(signal).catch(() => null);
    if (read?.available && read.key) values.push(read.key.accessKeyId, read.key.accessKeySecret);
    const cli = this.readCli();
    if (cli.state === 'importable') values.push(cli.key.accessKeyId, cli.key.accessKeySecret);
    return values.map((v) => v?.trim() ?? '').filter((v) => v !== '');
  }

  private async validateKey(key: AccessKey, signal: AbortSignal | undefined, choice: KeyChoice): Promise<void> {
    try {
      await this.validate(key, signal ?? new AbortController().signal, choice);
    } catch (error) {
      if (error instanceof AppError || signal?.aborted) throw error;
      throw new AppError(msg('account.validationFailed'), {
        code: 'credentials.validationFailed',
        cause: error,
        retryable: true,
      });
    }
  }

  private async readKeychain(signal?: AbortSignal): Promise<KeychainRead> {
    let text: string | null;
    try {
      text = await this.store.get(secretAccounts.accessKey, signal);
    } catch (error) {
      if (signal?.aborted || !(error instanceof AppError)) throw error;
      return { available: false, problem: error };
    }
    if (text === null) return { available: true, key: null };
    const key = parseStored(text);
    if (!key) return { available: false, problem: keychainEntryUnreadable() };
    this.redactor.addSecret(key.accessKeySecret);
    return { available: true, key };
  }

  private readCli(): CliProfile {
    const cli = readCliProfile(this.homeDir);
    if (cli.state === 'importable') this.redactor.addSecret(cli.key.accessKeySecret);
    return cli;
  }

  private cliProfileStatus(cli: CliProfile): CredentialStatus['cliProfile'] {
    return {
      path: cli.path,
      found: cli.state !== 'absent',
      importable: cli.state === 'importable',
      profile: cli.state === 'absent' ? null : cli.profile,
      mode: cli.state === 'importable' ? 'AK' : cli.state === 'not-importable' ? cli.mode : null,
      accessKeyIdMasked: cli.state === 'importable' ? maskAccessKeyId(cli.key.accessKeyId) : null,
      regionId: cli.state === 'importable' ? cli.regionId : null,
      reason: cli.state === 'not-importable' ? bothLanguages(cli.reason) : null,
    };
  }
}

function parseStored(text: string): AccessKey | null {
  try {
    const value = JSON.parse(text) as Partial<AccessKey> & { v?: unknown };
    if (typeof value.accessKeyId === 'string' && typeof value.accessKeySecret === 'string') {
      return { accessKeyId: value.accessKeyId, accessKeySecret: value.accessKeySecret };
    }
  } catch {
    // Not JSON: someone else wrote this entry.
  }
  return null;
}
