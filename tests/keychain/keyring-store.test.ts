import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { AccessKey } from '../../src/main/credentials/access-key';
import { CredentialService } from '../../src/main/credentials/credential-service';
import { KeyringSecretStore } from '../../src/main/credentials/keyring-secret-store';
import { NotebookTokens } from '../../src/main/credentials/notebook-tokens';
import { KEYCHAIN_SERVICE, secretAccounts } from '../../src/main/credentials/secret-store';
import { fileSink } from '../../src/main/log/file-sink';
import { createLogger } from '../../src/main/log/logger';
import { Redactor } from '../../src/main/log/redactor';
import { findSecret } from '../support/find-secret';
import { requireKeyringSession, secretServiceItems } from './keyring-session';

const { keyringDataDir } = requireKeyringSession();

const FIRST: AccessKey = { accessKeyId: 'LTAI5tKeyringFirst0001', accessKeySecret: 'KeyringFirstSecret0123456789ab' };
const SECOND: AccessKey = { accessKeyId: 'LTAI5tKeyringSecond002', accessKeySecret: 'KeyringSecondSecret123456789cd' };

let dataDir: string;
let home: string;
const store = new KeyringSecretStore({ timeoutMs: 15_000 });

function credentials(redactor = new Redactor()) {
  const log = createLogger(fileSink(join(dataDir, 'logs', 'danlu.log')), redactor);
  const validate = async (key: AccessKey) => {
    log.info('validating AccessKey', { key });
  };
  return new CredentialService({ store, env: {}, homeDir: home, validate, redactor, log });
}

const accessKeyItems = () => secretServiceItems({ service: KEYCHAIN_SERVICE, username: secretAccounts.accessKey });

beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'danlu-keychain-data-'));
  home = mkdtempSync(join(tmpdir(), 'danlu-keychain-home-'));
  await store.delete(secretAccounts.accessKey);
});
afterAll(async () => {
  await store.delete(secretAccounts.accessKey);
  rmSync(dataDir, { recursive: true, force: true });
  rmSync(home, { recursive: true, force: true });
});

describe('the OS keychain (GNOME Keyring over the Secret Service)', () => {
  beforeEach(async () => {
    await store.delete(secretAccounts.accessKey);
  });

  it('answers, and files entries under the service "danlu"', async () => {
    expect(await store.available()).toBe(true);
    await store.set(secretAccounts.accessKey, 'value-for-the-service-check');
    expect(accessKeyItems()).toHaveLength(1);
  });

  it('saves, reads, replaces and forgets a value', async () => {
    expect(await store.get(secretAccounts.accessKey)).toBeNull();
    await store.set(secretAccounts.accessKey, 'first-value-123');
    expect(await store.get(secretAccounts.accessKey)).toBe('first-value-123');
    await store.set(secretAccounts.accessKey, 'second-value-456');
    expect(await store.get(secretAccounts.accessKey)).toBe('second-value-456');
    expect(accessKeyItems()).toHaveLength(1);
    expect(await store.delete(secretAccounts.accessKey)).toBe(true);
    expect(await store.get(secretAccounts.accessKey)).toBeNull();
    expect(await store.delete(secretAccounts.accessKey)).toBe(false);
    expect(accessKeyItems()).toHaveLength(0);
  });

  it('keeps the AccessKey across app starts; save replaces it, forget removes it', async () => {
    const saved = await credentials().save(FIRST);
    expect(saved).toMatchObject({ configured: true, source: 'keychain', accessKeyIdMasked: 'LTAI****0001' });
    // A new service and a new store object: nothing is held in memory between them.
    expect(await credentials().current()).toEqual({ ...FIRST, source: 'keychain' });
    await credentials().save(SECOND);
    expect(await credentials().current()).toEqual({ ...SECOND, source: 'keychain' });
    expect(accessKeyItems()).toHaveLength(1);
    const forgotten = await credentials().forget();
    expect(forgotten).toMatchObject({ configured: false, keychain: { available: true, hasAccessKey: false } });
    expect(await credentials().current()).toBeNull();
    expect(accessKeyItems()).toHaveLength(0);
  });

  it('keeps one notebook token per instance', async () => {
    const tokens = new NotebookTokens(store, new Redactor());
    await tokens.save('i-keyring0001', 'notebook-token-one-0001');
    await tokens.save('i-keyring0002', 'notebook-token-two-0002');
    expect(await tokens.get('i-keyring0001')).toBe('notebook-token-one-0001');
    expect(await tokens.forget('i-keyring0001')).toBe(true);
    expect(await tokens.get('i-keyring0001')).toBeNull();
    expect(await tokens.get('i-keyring0002')).toBe('notebook-token-two-0002');
    await tokens.forget('i-keyring0002');
  });

  it('leaves the secret nowhere in clear: not in the data folder, the log, or the keyring files', async () => {
    await credentials().save(FIRST);
    await credentials().save(SECOND);
    const log = readFileSync(join(dataDir, 'logs', 'danlu.log'), 'utf8');
    expect(log).toContain('LTAI****0001');
    for (const secret of [FIRST.accessKeySecret, SECOND.accessKeySecret]) {
      const scan = findSecret(secret, [dataDir, home, keyringDataDir]);
      expect(scan.hits).toEqual([]);
      expect(scan.scannedFiles).toContain(join(dataDir, 'logs', 'danlu.log'));
      expect(scan.scannedFiles.some((f) => f.startsWith(keyringDataDir))).toBe(true);
    }
  });
});
