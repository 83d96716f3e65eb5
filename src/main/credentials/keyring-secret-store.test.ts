import { describe, expect, it } from 'vitest';
import type { Clock } from '../../shared/clock';
import type { AppError } from '../../shared/errors';
import { type KeychainEntry, KeyringSecretStore } from './keyring-secret-store';

/** A clock whose sleeps end only when the test says the time has come. */
function manualClock() {
  const sleepers: { ms: number; resolve: () => void }[] = [];
  const clock: Clock = {
    now: () => 0,
    sleep: (ms, signal) =>
      new Promise<void>((resolve, reject) => {
        sleepers.push({ ms, resolve });
        signal?.addEventListener('abort', () => reject(signal.reason), { once: true });
      }),
  };
  const elapse = () => {
    for (const sleeper of sleepers.splice(0)) sleeper.resolve();
  };
  return { clock, elapse, sleepers };
}

const stuck: KeychainEntry = {
  getPassword: () => new Promise(() => {}),
  setPassword: () => new Promise(() => {}),
  deleteCredential: () => new Promise(() => {}),
};

// The real library on a real Secret Service is exercised by `npm run test:keychain`; these
// cover what cannot be staged there: a keychain that never answers, or fails mid-call.
describe('KeyringSecretStore', () => {
  it('gives up on a keychain that does not answer (an unlock prompt nobody sees) with a clear error', async () => {
    const time = manualClock();
    const store = new KeyringSecretStore({ timeoutMs: 30_000, clock: time.clock, openEntry: () => stuck });
    const reading = store.get('aliyun-access-key');
    await Promise.resolve();
    expect(time.sleepers.map((s) => s.ms)).toEqual([30_000]);
    time.elapse();
    await expect(reading).rejects.toMatchObject({ code: 'keychain.timeout', retryable: true });
    await expect(reading).rejects.toThrow(/did not answer within 30 s/);
  });

  it('stops waiting when the caller cancels', async () => {
    const time = manualClock();
    const store = new KeyringSecretStore({ clock: time.clock, openEntry: () => stuck });
    const controller = new AbortController();
    const writing = store.set('aliyun-access-key', 'value', controller.signal);
    controller.abort(new Error('window closed'));
    await expect(writing).rejects.toThrow('window closed');
  });

  it('turns a library failure into "keychain unavailable" with the cause kept', async () => {
    const failing: KeychainEntry = {
      ...stuck,
      setPassword: async () => {
        throw new Error('Platform failure: DBus error: no bus');
      },
    };
    const store = new KeyringSecretStore({ clock: manualClock().clock, openEntry: () => failing });
    const error = await store.set('aliyun-access-key', 'value').catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'keychain.unavailable' });
    expect(String((error as Error).cause)).toContain('no bus');
    expect(await store.available()).toBe(false);
  });

  it('files entries under the service "danlu" by default', async () => {
    const opened: string[] = [];
    const memory: KeychainEntry = { ...stuck, getPassword: async () => null };
    const store = new KeyringSecretStore({
      clock: manualClock().clock,
      openEntry: (service, account) => {
        opened.push(`${service}/${account}`);
        return memory;
      },
    });
    await store.get('aliyun-access-key');
    expect(opened).toEqual(['danlu/aliyun-access-key']);
  });

  it('loads the library only when first used, once, and turns a binding that cannot load into a clear error', async () => {
    let loads = 0;
    const store = new KeyringSecretStore({
      clock: manualClock().clock,
      platform: 'darwin',
      arch: 'x64',
      loadLibrary: () => {
        loads++;
        throw new Error('Cannot find native binding');
      },
    });
    expect(loads).toBe(0);
    const error = await store.get('aliyun-access-key').catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'keychain.bindingMissing' });
    expect((error as AppError).text.en).toContain('on this computer (macOS, Intel (x64))');
    expect((error as AppError).text.zh).toContain('这台电脑（macOS，Intel（x64））');
    expect(String((error as Error).cause)).toContain('Cannot find native binding');
    await expect(store.set('aliyun-access-key', 'v')).rejects.toMatchObject({ code: 'keychain.bindingMissing' });
    await expect(store.delete('aliyun-access-key')).rejects.toMatchObject({ code: 'keychain.bindingMissing' });
    // Not "unavailable": the caller learns there is no keychain here at all, and why.
    await expect(store.available()).rejects.toMatchObject({ code: 'keychain.bindingMissing' });
    expect(loads).toBe(1);
  });
});
