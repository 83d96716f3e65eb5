import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AppError } from '../../shared/errors';
import { msg } from '../../shared/words/message';
import { silentLogger } from '../log/logger';
import { Redactor } from '../log/redactor';
import type { AccessKey } from './access-key';
import { CredentialService, type ValidateCredentials } from './credential-service';
import { KeyringSecretStore } from './keyring-secret-store';
import { MemorySecretStore } from './memory-secret-store';
import { secretAccounts } from './secret-store';

const GOOD: AccessKey = { accessKeyId: 'LTAI_GOOD_KEY_abcd', accessKeySecret: 'GoodSecret0123456789abcdefghij' };
const OTHER: AccessKey = { accessKeyId: 'LTAI_OTHER_KEY_wxyz', accessKeySecret: 'OtherSecret123456789abcdefghij' };

let home: string;
let store: MemorySecretStore;
let redactor: Redactor;
let validated: AccessKey[];

/** Accepts GOOD and OTHER, rejects anything else the way the cloud client would. */
const validate: ValidateCredentials = async (key) => {
  validated.push(key);
  if (key.accessKeySecret !== GOOD.accessKeySecret && key.accessKeySecret !== OTHER.accessKeySecret) {
    throw new AppError(msg('cloud-error.auth', { code: 'InvalidAccessKeyId.NotFound' }), {
      code: 'cloud.auth',
      cloudCode: 'InvalidAccessKeyId.NotFound',
    });
  }
};

function service(env: Record<string, string | undefined> = {}, check: ValidateCredentials = validate) {
  return new CredentialService({ store, env, homeDir: home, validate: check, redactor });
}

function writeCliConfig(config: unknown): void {
  mkdirSync(join(home, '.aliyun'), { recursive: true });
  writeFileSync(join(home, '.aliyun', 'config.json'), JSON.stringify(config));
}

async function rejection(promise: Promise<unknown>): Promise<AppError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}

beforeEach(() => {
  home = mkdtempSync(join(tmpdir(), 'danlu-cred-'));
  store = new MemorySecretStore();
  redactor = new Redactor();
  validated = [];
});
afterEach(() => rmSync(home, { recursive: true, force: true }));

describe('first run', () => {
  it('reports nothing configured, the keychain available and no CLI profile', async () => {
    const status = await service().status();
    expect(status).toMatchObject({
      configured: false,
      source: null,
      accessKeyIdMasked: null,
      keychain: { available: true, hasAccessKey: false, problem: null },
      cliProfile: { found: false, importable: false, path: join(home, '.aliyun', 'config.json') },
    });
    expect(await service().current()).toBeNull();
  });
});

describe('save, replace, forget', () => {
  it('validates with the cloud first, then keeps the pair in the keychain and shows only a masked id', async () => {
    const creds = service();
    const status = await creds.save({
      accessKeyId: `  ${GOOD.accessKeyId}\n`,
      accessKeySecret: `${GOOD.accessKeySecret} `,
    });
    expect(validated).toEqual([GOOD]);
    expect(status).toMatchObject({ configured: true, source: 'keychain', accessKeyIdMasked: 'LTAI****abcd' });
    expect(JSON.stringify(status)).not.toContain(GOOD.accessKeySecret);
    expect(await creds.current()).toEqual({ ...GOOD, source: 'keychain' });
    // A fresh service (the next app start) finds it in the keychain.
    expect(await service().current()).toEqual({ ...GOOD, source: 'keychain' });
  });

  it('stores nothing when the cloud refuses the key, and keeps the previous one', async () => {
    const creds = service();
    await creds.save(GOOD);
    const bad = { accessKeyId: 'LTAI_WRONG_KEY_zzzz', accessKeySecret: 'WrongSecret0123456789abcdefgh' };
    const error = await rejection(creds.save(bad));
    expect(error.cloudCode).toBe('InvalidAccessKeyId.NotFound');
    expect(await service().current()).toEqual({ ...GOOD, source: 'keychain' });
    expect([...store.entries.values()].join()).not.toContain(bad.accessKeySecret);
  });

  it('replaces the stored pair', async () => {
    const creds = service();
    await creds.save(GOOD);
    const status = await creds.save(OTHER);
    expect(status.accessKeyIdMasked).toBe('LTAI****wxyz');
    expect(await service().current()).toEqual({ ...OTHER, source: 'keychain' });
    expect(store.entries.size).toBe(1);
  });

  it('forgets the pair', async () => {
    const creds = service();
    await creds.save(GOOD);
    const status = await creds.forget();
    expect(status).toMatchObject({ configured: false, source: null, keychain: { hasAccessKey: false } });
    expect(await creds.current()).toBeNull();
    expect(store.entries.has(secretAccounts.accessKey)).toBe(false);
  });

  it('refuses what cannot be a key before calling the cloud', async () => {
    const error = await rejection(service().save({ accessKeyId: 'LTAI 5t', accessKeySecret: GOOD.accessKeySecret }));
    expect(error.code).toBe('credentials.invalidKeyId');
    expect(validated).toEqual([]);
  });

  it('turns a validation failure that is not the cloud answering into a clear, retryable error', async () => {
    const offline: ValidateCredentials = async () => {
      throw new Error('connect ETIMEDOUT');
    };
    const error = await rejection(service({}, offline).save(GOOD));
    expect(error.code).toBe('credentials.validationFailed');
    expect(error.retryable).toBe(true);
    expect(store.entries.size).toBe(0);
  });

  it('hands the caller abort signal to the validation', async () => {
    const controller = new AbortController();
    let entered: () => void = () => {};
    const validating = new Promise<void>((resolve) => {
      entered = resolve;
    });
    const waits: ValidateCredentials = (_key, signal) =>
      new Promise((_resolve, reject) => {
        signal.addEventListener('abort', () => reject(signal.reason));
        entered();
      });
    const saving = service({}, waits).save(GOOD, controller.signal);
    await validating;
    controller.abort(new Error('cancelled by the user'));
    await expect(saving).rejects.toThrow('cancelled by the user');
    expect(store.entries.size).toBe(0);
  });
});

describe('environment variables', () => {
  const env = { ALIYUN_ACCESS_KEY_ID: OTHER.accessKeyId, ALIYUN_ACCESS_KEY_SECRET: OTHER.accessKeySecret };

  it('win over the keychain, and the status says so', async () => {
    await service().save(GOOD);
    const creds = service(env);
    expect(await creds.current()).toEqual({ ...OTHER, source: 'env' });
    const status = await creds.status();
    expect(status).toMatchObject({
      configured: true,
      source: 'env',
      accessKeyIdMasked: 'LTAI****wxyz',
      env: { complete: true, missing: [] },
      keychain: { hasAccessKey: true, accessKeyIdMasked: 'LTAI****abcd' },
    });
  });

  it('work on a machine without a keychain', async () => {
    store.unavailable = true;
    const status = await service(env).status();
    expect(status).toMatchObject({ configured: true, source: 'env', keychain: { available: false } });
    expect(await service(env).current()).toEqual({ ...OTHER, source: 'env' });
  });

  it('are masked in logs from the moment the service exists', () => {
    service(env);
    expect(redactor.text(`signing with ${OTHER.accessKeySecret}`)).toBe('signing with ***');
  });

  it('are not used when only one is set, and the status names the missing one', async () => {
    await service().save(GOOD);
    const creds = service({ ALIYUN_ACCESS_KEY_ID: OTHER.accessKeyId, ALIYUN_ACCESS_KEY_SECRET: '  ' });
    expect(await creds.current()).toEqual({ ...GOOD, source: 'keychain' });
    expect((await creds.status()).env).toEqual({ complete: false, missing: ['ALIYUN_ACCESS_KEY_SECRET'] });
  });
});

describe('without a keychain', () => {
  beforeEach(() => {
    store.unavailable = true;
  });

  it('refuses to save, says to use the environment variables, and never calls the cloud', async () => {
    const error = await rejection(service().save(GOOD));
    expect(error.code).toBe('keychain.unavailable');
    expect(error.message).toContain('ALIYUN_ACCESS_KEY_ID');
    expect(error.message).toContain('ALIYUN_ACCESS_KEY_SECRET');
    expect(error.text.zh).toContain('环境变量 ALIYUN_ACCESS_KEY_ID');
    expect(validated).toEqual([]);
    expect(store.entries.size).toBe(0);
  });

  it('reports the keychain as unavailable with the reason', async () => {
    const status = await service().status();
    expect(status.configured).toBe(false);
    expect(status.keychain).toMatchObject({
      available: false,
      hasAccessKey: false,
      problem: { code: 'keychain.unavailable' },
    });
    await expect(service().current()).rejects.toMatchObject({ code: 'keychain.unavailable' });
  });
});

describe('a keychain binding that cannot load (an installer made for another architecture)', () => {
  const warnings: string[] = [];
  const log = { ...silentLogger, warn: (message: string) => void warnings.push(message) };
  const broken = (env: Record<string, string> = {}) =>
    new CredentialService({
      store: new KeyringSecretStore({
        platform: 'darwin',
        arch: 'x64',
        loadLibrary: () => {
          throw new Error('Cannot find native binding');
        },
      }),
      env,
      homeDir: home,
      validate,
      redactor,
      log,
    });

  it('runs without a key (demo mode) instead of failing, and logs why once', async () => {
    warnings.length = 0;
    const creds = broken();
    expect(await creds.current()).toBeNull();
    expect(await creds.current()).toBeNull();
    expect(warnings).toEqual(['credentials: the keychain binding could not be loaded; no key from the keychain']);
  });

  it('still uses the environment variables', async () => {
    const creds = broken({ ALIYUN_ACCESS_KEY_ID: GOOD.accessKeyId, ALIYUN_ACCESS_KEY_SECRET: GOOD.accessKeySecret });
    expect(await creds.current()).toEqual({ ...GOOD, source: 'env' });
    expect((await creds.status()).source).toBe('env');
  });

  it('tells the window why, and refuses to save without calling the cloud', async () => {
    const creds = broken();
    const status = await creds.status();
    expect(status).toMatchObject({
      configured: false,
      keychain: { available: false, hasAccessKey: false, problem: { code: 'keychain.bindingMissing' } },
    });
    expect(status.keychain.problem?.text.en).toContain('Danlu runs in demo mode');
    expect(status.keychain.problem?.text.zh).toContain('丹炉将以演示模式运行');
    expect((await rejection(creds.save(GOOD))).code).toBe('keychain.bindingMissing');
    expect(validated).toEqual([]);
  });
});

describe('a keychain that answers reads but cannot store (no unlocked keyring)', () => {
  it('is reported as unavailable before the user types a key, and save never calls the cloud', async () => {
    store.refusesWrites = true;
    const status = await service().status();
    expect(status.keychain).toMatchObject({ available: false, problem: { code: 'keychain.unavailable' } });
    const error = await rejection(service().save(GOOD));
    expect(error.code).toBe('keychain.unavailable');
    expect(validated).toEqual([]);
  });
});

describe('a keychain entry someone else changed', () => {
  it('is reported as unreadable and can be replaced', async () => {
    store.entries.set(secretAccounts.accessKey, 'not json');
    const status = await service().status();
    expect(status.keychain).toMatchObject({ available: true, problem: { code: 'keychain.unreadable' } });
    await expect(service().current()).rejects.toMatchObject({ code: 'keychain.unreadable' });
    await service().save(GOOD);
    expect(await service().current()).toEqual({ ...GOOD, source: 'keychain' });
  });
});

describe('aliyun CLI profile', () => {
  const profile = (extra: Record<string, unknown>) => ({
    name: 'work',
    mode: 'AK',
    access_key_id: GOOD.accessKeyId,
    access_key_secret: GOOD.accessKeySecret,
    region_id: 'us-west-1',
    ...extra,
  });

  it('offers the current AK profile for import and imports it after validation', async () => {
    writeCliConfig({ current: 'work', profiles: [profile({ name: 'default', access_key_id: 'x' }), profile({})] });
    const creds = service();
    const before = await creds.status();
    expect(before.cliProfile).toMatchObject({
      found: true,
      importable: true,
      profile: 'work',
      mode: 'AK',
      accessKeyIdMasked: 'LTAI****abcd',
      regionId: 'us-west-1',
      reason: null,
    });
    expect(JSON.stringify(before)).not.toContain(GOOD.accessKeySecret);
    expect(redactor.text(GOOD.accessKeySecret)).toBe('***');
    const after = await creds.importFromCliProfile();
    expect(validated).toEqual([GOOD]);
    expect(after).toMatchObject({ configured: true, source: 'keychain' });
  });

  it('explains why a profile in another mode cannot be imported', async () => {
    writeCliConfig({ current: 'sts', profiles: [profile({ name: 'sts', mode: 'StsToken', sts_token: 'tok' })] });
    const status = await service().status();
    expect(status.cliProfile).toMatchObject({ found: true, importable: false, profile: 'sts', mode: 'StsToken' });
    expect(status.cliProfile.reason?.en).toContain('StsToken');
    expect(status.cliProfile.reason?.zh).toContain('StsToken');
    const error = await rejection(service().importFromCliProfile());
    expect(error.code).toBe('credentials.cliProfileNotImportable');
    expect(validated).toEqual([]);
  });

  it('falls back to the "default" profile when none is marked current', async () => {
    writeCliConfig({ profiles: [profile({ name: 'default' })] });
    expect((await service().status()).cliProfile).toMatchObject({ importable: true, profile: 'default' });
  });

  it('reports a broken file or a missing current profile instead of failing', async () => {
    mkdirSync(join(home, '.aliyun'));
    writeFileSync(join(home, '.aliyun', 'config.json'), '{ "current": ');
    expect((await service().status()).cliProfile).toMatchObject({ found: true, importable: false });
    writeCliConfig({ current: 'gone', profiles: [profile({})] });
    const status = await service().status();
    expect(status.cliProfile).toMatchObject({ found: true, importable: false, profile: 'gone' });
    expect(status.cliProfile.reason?.en).toContain('"gone"');
  });

  it('says so when there is no CLI configuration to import', async () => {
    const error = await rejection(service().importFromCliProfile());
    expect(error.code).toBe('credentials.cliProfileMissing');
  });
});
