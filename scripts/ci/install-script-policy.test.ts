import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { installScriptPolicy } from './install-script-policy';

const lock = {
  packages: {
    '': {},
    'node_modules/esbuild': { hasInstallScript: true },
    'node_modules/ssh2': { hasInstallScript: true },
    'node_modules/a/node_modules/@scope/native': { hasInstallScript: true },
    'node_modules/plain': {},
    'node_modules/newcomer': { hasInstallScript: true },
  },
};

describe('which install scripts may run', () => {
  it('runs only what allowScripts allows by name, skips denials, and names what nobody reviewed', () => {
    const policy = installScriptPolicy(
      { allowScripts: { esbuild: true, ssh2: false, '@scope/native@1.2.3': true } },
      lock,
    );
    expect(policy).toEqual({ allowed: ['@scope/native', 'esbuild'], denied: ['ssh2'], unreviewed: ['newcomer'] });
  });

  it("this project's lock holds no install script that package.json does not decide on", () => {
    const read = (file: string) => JSON.parse(readFileSync(resolve(__dirname, '../..', file), 'utf8'));
    const policy = installScriptPolicy(read('package.json'), read('package-lock.json'));
    expect(policy.unreviewed).toEqual([]);
    expect(policy.allowed).toEqual(['esbuild']);
  });
});
