import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { CredentialStatus } from '../../../src/shared/credentials';
import type { Simulator } from '../../../src/simulator';
import { type ContractRuntime, contractRuntime } from '../../support/contract-runtime';
import { startTestSimulator } from '../../support/test-simulator';

let sim: Simulator | undefined;
let c: ContractRuntime | undefined;
afterEach(async () => {
  await c?.dispose();
  await sim?.close();
  c = undefined;
  sim = undefined;
});

async function start(identity: 'Account' | 'RAMUser') {
  sim = await startTestSimulator({ seed: 97, identity });
  c = contractRuntime(sim, {});
  return { sim, c, key: { accessKeyId: sim.accessKeyId, accessKeySecret: sim.accessKeySecret } };
}

/** The refusal a call ends with: its code and both languages. */
async function refusal(work: Promise<unknown>): Promise<{ code?: string; en: string; zh?: string }> {
  const error = (await work.then(
    () => undefined,
    (e: unknown) => e,
  )) as (Error & { code?: string; zh?: string }) | undefined;
  expect(error, 'the call was refused').toBeDefined();
  return { code: error?.code, en: error?.message ?? '', zh: error?.zh };
}

describe("the account's root AccessKey", () => {
  it('is refused by default with a RAM-user explanation in both languages, and kept only once confirmed', async () => {
    const { c, key } = await start('Account');
    const refused = await refusal(c.call('credentials.save', key));
    expect(refused.code).toBe('credentials.rootKey');
    expect(refused.en).toMatch(/root/);
    expect(refused.en).toMatch(/RAM user/);
    expect(refused.zh).toMatch(/主账号/);
    expect(refused.zh).toMatch(/RAM 用户/);
    // Nothing was kept: the app still runs on the demo.
    expect((await c.call<CredentialStatus>('credentials.status')).configured).toBe(false);
    expect(JSON.stringify(refused)).not.toContain(key.accessKeySecret);

    const saved = await c.call<CredentialStatus>('credentials.save', { ...key, confirmRoot: true });
    expect(saved).toMatchObject({ configured: true, source: 'keychain' });
  });

  it("is refused from the aliyun CLI's profile the same way, and imported once confirmed", async () => {
    const { c, key } = await start('Account');
    const home = join(c.dataDir, 'home');
    mkdirSync(join(home, '.aliyun'), { recursive: true });
    writeFileSync(
      join(home, '.aliyun', 'config.json'),
      JSON.stringify({
        current: 'default',
        profiles: [
          {
            name: 'default',
            mode: 'AK',
            access_key_id: key.accessKeyId,
            access_key_secret: key.accessKeySecret,
            region_id: 'us-west-1',
          },
        ],
      }),
    );
    expect((await c.call<CredentialStatus>('credentials.status')).cliProfile.importable).toBe(true);
    expect((await refusal(c.call('credentials.importCli'))).code).toBe('credentials.rootKey');
    expect((await c.call<CredentialStatus>('credentials.status')).configured).toBe(false);
    const imported = await c.call<CredentialStatus>('credentials.importCli', { confirmRoot: true });
    expect(imported.configured).toBe(true);
  });

  it("is told apart from a RAM user's key, which needs no confirmation", async () => {
    const { sim, c, key } = await start('RAMUser');
    expect(await c.call<CredentialStatus>('credentials.save', key)).toMatchObject({ configured: true });
    await c.call('credentials.forget');
    // The same key, now answered as the root's: refused again.
    sim.setIdentity('Account');
    expect((await refusal(c.call('credentials.save', key))).code).toBe('credentials.rootKey');
  });
});
