import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ErrorInfo } from '../../src/shared/errors';
import { findSecret } from '../support/find-secret';
import { requireKeyringSession } from './keyring-session';

requireKeyringSession();

const FIXTURE = join(import.meta.dirname, 'fixtures', 'save-without-keychain.ts');
const KEY = { accessKeyId: 'LTAI5tNoKeychain000001', accessKeySecret: 'NoKeychainSecret0123456789abcd' };
const TOKEN = 'notebook-token-without-a-keychain';

interface Outcome {
  statusBefore: { configured: boolean; keychain: { available: boolean; problem: ErrorInfo | null } };
  saveError: ErrorInfo | null;
  tokenError: ErrorInfo | null;
  validateCalls: number;
  kernelKeyring: { accessKey: string; token: string };
  unpinnedFallback: string;
}

let root: string;
let home: string;
let dataDir: string;

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile())
    .map((d) => relative(dir, join(d.parentPath, d.name)));
}

/** Starts the app's credential path in a fresh process with this D-Bus situation. */
function run(bus: { address?: string; ownSession?: boolean }): Outcome {
  const env: Record<string, string> = {};
  for (const [k, v] of Object.entries(process.env)) {
    if (v !== undefined && !/^(DBUS_SESSION_BUS_ADDRESS|ALIYUN_|XDG_)/.test(k)) env[k] = v;
  }
  Object.assign(env, {
    HOME: home,
    XDG_RUNTIME_DIR: join(root, 'run'),
    XDG_DATA_HOME: join(root, 'xdg-data'),
    XDG_CONFIG_HOME: join(root, 'xdg-config'),
  });
  if (bus.address) env.DBUS_SESSION_BUS_ADDRESS = bus.address;
  const node = [process.execPath, '--import', 'tsx', FIXTURE];
  const [command = '', ...args] = bus.ownSession ? ['dbus-run-session', '--', ...node] : node;
  const child = spawnSync(command, args, {
    cwd: join(import.meta.dirname, '..', '..'),
    env,
    input: JSON.stringify({ home, dataDir, key: KEY, token: TOKEN }),
    encoding: 'utf8',
    timeout: 60_000,
  });
  if (child.status !== 0) throw new Error(`fixture failed (${child.status}): ${child.stderr}`);
  const outcome = JSON.parse(child.stdout.trim().split('\n').pop() ?? '') as Outcome;
  console.log(`without the Secret Service pin, the keychain library would have: ${outcome.unpinnedFallback}`);
  return outcome;
}

function expectClearRefusalAndNothingStored(outcome: Outcome): void {
  expect(outcome.statusBefore.configured).toBe(false);
  expect(outcome.statusBefore.keychain.available).toBe(false);
  expect(outcome.statusBefore.keychain.problem?.code).toBe('keychain.unavailable');

  const error = outcome.saveError;
  expect(error?.code).toBe('keychain.unavailable');
  expect(error?.text.en).toMatch(/keychain is not available/);
  expect(error?.text.en).toContain('ALIYUN_ACCESS_KEY_ID and ALIYUN_ACCESS_KEY_SECRET');
  expect(error?.text.zh).toContain('系统钥匙串不可用');
  expect(error?.text.zh).toContain('ALIYUN_ACCESS_KEY_ID 和 ALIYUN_ACCESS_KEY_SECRET');
  expect(outcome.tokenError?.code).toBe('keychain.unavailable');
  // The key was never sent to the cloud: there was nowhere to keep it.
  expect(outcome.validateCalls).toBe(0);
  // Not quietly kept in the kernel keyring either (it forgets everything at logout).
  expect(outcome.kernelKeyring.accessKey).not.toBe('present');
  expect(outcome.kernelKeyring.token).not.toBe('present');

  // On disk: the log and nothing else, and neither secret in any form anywhere under the root.
  expect(filesUnder(dataDir)).toEqual([join('logs', 'danlu.log')]);
  expect(filesUnder(home)).toEqual([]);
  for (const secret of [KEY.accessKeySecret, TOKEN]) {
    const scan = findSecret(secret, [root]);
    expect(scan.hits).toEqual([]);
    expect(scan.scannedFiles).toContain(join(dataDir, 'logs', 'danlu.log'));
  }
}

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'danlu-nokeychain-'));
  home = join(root, 'home');
  dataDir = join(root, 'data');
  mkdirSync(home);
  mkdirSync(join(root, 'run'), { mode: 0o700 });
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

describe('a machine without a usable Secret Service', () => {
  it('with the session bus address pointing nowhere: says so, offers the environment variables, stores nothing', () => {
    expectClearRefusalAndNothingStored(run({ address: `unix:path=${join(root, 'no-such-bus')}` }));
  });

  it('with no session bus at all (a headless login): the same', () => {
    expectClearRefusalAndNothingStored(run({}));
  });

  it('with a session bus whose Secret Service has no unlocked keyring: the same', () => {
    expectClearRefusalAndNothingStored(run({ ownSession: true }));
  });
});
