import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { createDispatch } from '../../../src/main/api/dispatch';
import { KeyringSecretStore } from '../../../src/main/credentials/keyring-secret-store';
import type { Runtime } from '../../../src/main/runtime/create-runtime';
import { createNodeRuntime } from '../../../src/main/runtime/node-runtime';
import type { CredentialStatus } from '../../../src/shared/credentials';
import type { Simulator } from '../../../src/simulator';
import { keyringWithoutBinding } from '../../support/keyring-without-binding';
import { startTestSimulator } from '../../support/test-simulator';

// The app as it starts on a computer whose keychain binding is missing: the real library's own
// loader fails to find its binding, and everything above it is the app's real runtime.
const library = keyringWithoutBinding();
afterAll(() => library.dispose());

let runtime: Runtime | undefined;
let sim: Simulator | undefined;
let dataDir: string | undefined;
afterEach(async () => {
  await runtime?.dispose();
  await sim?.close();
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  runtime = sim = dataDir = undefined;
});

async function start(env: Record<string, string> = {}) {
  dataDir = mkdtempSync(join(tmpdir(), 'danlu-no-binding-'));
  const demo = await startTestSimulator({ seed: 7 });
  sim = demo;
  runtime = createNodeRuntime({
    dataDir: join(dataDir, 'data'),
    env,
    secretStore: new KeyringSecretStore({ loadLibrary: library.load }),
    demoSimulator: async () => ({
      endpoint: demo.endpoint,
      accessKeyId: demo.accessKeyId,
      accessKeySecret: demo.accessKeySecret,
      clock: demo.clock,
    }),
  });
  const dispatch = createDispatch(runtime.handlers, runtime.log);
  return async (name: string, input?: unknown) => dispatch(name, input, { transport: 'ipc' });
}

describe('starting without a loadable keychain binding', () => {
  it('the library really fails to load here, as in an app packed without its binding', () => {
    expect(() => library.load()).toThrow(/native binding/);
  });

  it('starts in demo mode, and the status the first-run screen and Settings show says why in both languages', async () => {
    const call = await start();
    const info = await call('app.info');
    expect(info).toMatchObject({ ok: true, value: { demo: true } });
    const status = await call('credentials.status');
    if (!status.ok) throw new Error(status.error.text.en);
    const keychain = (status.value as CredentialStatus).keychain;
    expect(keychain).toMatchObject({ available: false, problem: { code: 'keychain.bindingMissing' } });
    expect(keychain.problem?.text.en).toMatch(/could not load its connection to the system keychain on this computer/);
    expect(keychain.problem?.text.en).toContain('Danlu runs in demo mode');
    expect(keychain.problem?.text.zh).toContain('丹炉将以演示模式运行');
    // The demo cloud answers: the app is usable, not stuck on the keychain.
    expect(await call('sessions.list')).toMatchObject({ ok: true, value: [] });
  });

  it('saving a key is refused with the same reason, before anything is sent to the cloud', async () => {
    const call = await start();
    const saved = await call('credentials.save', {
      accessKeyId: 'LTAI5tExampleKeyId42',
      accessKeySecret: 'not-a-real-secret-0123456789',
    });
    expect(saved).toMatchObject({ ok: false, error: { code: 'keychain.bindingMissing' } });
  });

  it('uses the account from the environment variables when they are set', async () => {
    const call = await start({
      ALIYUN_ACCESS_KEY_ID: 'LTAI5tExampleKeyId42',
      ALIYUN_ACCESS_KEY_SECRET: 'not-a-real-secret',
    });
    expect(await call('app.info')).toMatchObject({ ok: true, value: { demo: false } });
    expect(await call('credentials.status')).toMatchObject({
      ok: true,
      value: { configured: true, source: 'env', keychain: { problem: { code: 'keychain.bindingMissing' } } },
    });
  });
});
