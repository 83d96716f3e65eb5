import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { Arch } from 'electron-builder';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { type FakeApp, keyringPath, macho, writeFakeApp } from './testing/binaries';

// Loaded as electron-builder loads it: plain Node require of the .cjs file.
const afterPack = createRequire(__filename)('./after-pack.cjs').default as (context: unknown) => Promise<void>;

let project: string;
let output: string;
beforeEach(() => {
  project = mkdtempSync(join(tmpdir(), 'danlu-after-pack-'));
  writeFileSync(join(project, 'package.json'), JSON.stringify({ name: 'danlu', productName: 'Danlu' }));
  output = join(project, 'dist');
  vi.spyOn(console, 'log').mockImplementation(() => {});
});

const macX64: FakeApp = {
  platform: 'darwin',
  folder: 'mac',
  executable: macho('x64'),
  natives: { [keyringPath('darwin-x64')]: macho('x64') },
};

const context = (folder: string, arch: Arch) => ({
  appOutDir: join(output, folder),
  electronPlatformName: 'darwin',
  arch,
  packager: { projectDir: project },
});

describe("electron-builder's afterPack hook", () => {
  it('lets an app through whose binding matches its executable', async () => {
    writeFakeApp(output, macX64);
    await expect(afterPack(context('mac', Arch.x64))).resolves.toBeUndefined();
  });

  it('stops the build when the keychain binding was removed, so no installer is made', async () => {
    writeFakeApp(output, { ...macX64, natives: {} });
    await expect(afterPack(context('mac', Arch.x64))).rejects.toThrow(
      'mac/Danlu.app (darwin-x64, executable darwin-x64) would ship without matching native modules',
    );
  });

  it('stops the build when the executable is not the architecture being packed', async () => {
    writeFakeApp(output, {
      ...macX64,
      executable: macho('arm64'),
      natives: { [keyringPath('darwin-arm64')]: macho('arm64') },
    });
    await expect(afterPack(context('mac', Arch.x64))).rejects.toThrow('(darwin-x64, executable darwin-arm64)');
  });
});

describe('the check run after packing', () => {
  const cli = resolve(__dirname, 'check-packed-apps.ts');
  const tsx = resolve(__dirname, '../../node_modules/tsx/dist/cli.mjs');
  const run = (...args: string[]) => spawnSync(process.execPath, [tsx, cli, ...args], { encoding: 'utf8' });

  it('prints each architecture and exits 0 for matching apps, 1 once the binding is gone', () => {
    const resources = writeFakeApp(output, macX64);
    const passed = run(output, 'darwin-x64');
    expect(passed.stdout).toContain('mac/Danlu.app: executable Mach-O x64');
    expect(passed.stdout).toContain(
      'ok   node_modules/@napi-rs/keyring-darwin-x64/keyring.darwin-x64.node  [Mach-O x64]',
    );
    expect(passed.status).toBe(0);

    rmSync(join(resources, 'app.asar.unpacked'), { recursive: true });
    const failed = run(output, 'darwin-x64');
    expect(failed.stdout).toContain(
      'FAIL no keychain binding (@napi-rs/keyring) for darwin-x64 under app.asar.unpacked',
    );
    expect(failed.stderr).toContain('do not match their native modules');
    expect(failed.status).toBe(1);
  });
});
