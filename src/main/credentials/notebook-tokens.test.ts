import { describe, expect, it } from 'vitest';
import { Redactor } from '../log/redactor';
import { KeyringSecretStore } from './keyring-secret-store';
import { MemorySecretStore } from './memory-secret-store';
import { NotebookTokens } from './notebook-tokens';

describe('NotebookTokens', () => {
  it('keeps one token per instance, masks it in logs, and forgets it with the instance', async () => {
    const store = new MemorySecretStore();
    const redactor = new Redactor();
    const tokens = new NotebookTokens(store, redactor);
    await tokens.save('i-first0001', 'token-of-the-first-notebook');
    await tokens.save('i-second002', 'token-of-the-second-notebook');
    expect(await tokens.get('i-first0001')).toBe('token-of-the-first-notebook');
    expect(redactor.text('login token-of-the-second-notebook')).toBe('login ***');
    expect(await tokens.forget('i-first0001')).toBe(true);
    expect(await tokens.get('i-first0001')).toBeNull();
    expect(await tokens.get('i-second002')).toBe('token-of-the-second-notebook');
  });

  it('registers a token read back after a restart with the redactor', async () => {
    const store = new MemorySecretStore();
    await new NotebookTokens(store, new Redactor()).save('i-restart01', 'token-kept-across-restarts');
    const redactor = new Redactor();
    await new NotebookTokens(store, redactor).get('i-restart01');
    expect(redactor.text('token-kept-across-restarts')).toBe('***');
  });

  it('refuses an id that could address another entry', async () => {
    const tokens = new NotebookTokens(new MemorySecretStore(), new Redactor());
    await expect(tokens.forget('../aliyun-access-key')).rejects.toThrow(/not an instance id/);
  });

  it('fails like the keychain when there is none, keeping nothing', async () => {
    const store = new MemorySecretStore({ unavailable: true });
    const tokens = new NotebookTokens(store, new Redactor());
    await expect(tokens.save('i-nokeychain', 'token-with-nowhere-to-go')).rejects.toMatchObject({
      code: 'keychain.unavailable',
    });
    expect(store.entries.size).toBe(0);
  });

  it('on a computer whose keychain binding cannot load, holds tokens for this run only', async () => {
    const noKeychain = new KeyringSecretStore({
      loadLibrary: () => {
        throw new Error('Cannot find native binding');
      },
    });
    const redactor = new Redactor();
    const tokens = new NotebookTokens(noKeychain, redactor);
    await tokens.save('i-nokeychain', 'token-held-in-memory');
    expect(await tokens.get('i-nokeychain')).toBe('token-held-in-memory');
    expect(redactor.text('token-held-in-memory')).toBe('***');
    expect(await tokens.forget('i-nokeychain')).toBe(true);
    expect(await tokens.get('i-nokeychain')).toBeNull();
    // The next run starts without them: nothing was written anywhere.
    expect(await new NotebookTokens(noKeychain, new Redactor()).get('i-nokeychain')).toBeNull();
  });

  it('still reports a keychain that exists but refuses (locked, no Secret Service)', async () => {
    const tokens = new NotebookTokens(new MemorySecretStore({ unavailable: true }), new Redactor());
    await expect(tokens.save('i-locked0001', 'token')).rejects.toMatchObject({ code: 'keychain.unavailable' });
  });
});
