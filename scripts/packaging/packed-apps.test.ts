import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { appPassed, checkOutputFolder, checkPackedApp, findPackedApps } from './packed-apps';
import { elf, type FakeApp, fat, keyringPath, macho, NAMES, pe, writeFakeApp } from './testing/binaries';

let output: string;
beforeEach(() => {
  output = mkdtempSync(join(tmpdir(), 'danlu-packed-'));
});
afterEach(() => rmSync(output, { recursive: true, force: true }));

const linux: FakeApp = {
  platform: 'linux',
  folder: 'linux-unpacked',
  executable: elf('x64'),
  natives: { [keyringPath('linux-x64-gnu')]: elf('x64') },
};
const macX64: FakeApp = {
  platform: 'darwin',
  folder: 'mac',
  executable: macho('x64'),
  natives: { [keyringPath('darwin-x64')]: macho('x64') },
};
const macArm64: FakeApp = {
  platform: 'darwin',
  folder: 'mac-arm64',
  executable: macho('arm64'),
  natives: { [keyringPath('darwin-arm64')]: macho('arm64') },
};
const windows: FakeApp = {
  platform: 'win32',
  folder: 'win-unpacked',
  executable: pe('x64'),
  natives: { [keyringPath('win32-x64-msvc')]: pe('x64') },
};

const only = (app: FakeApp) => {
  writeFakeApp(output, app);
  const [found] = findPackedApps(output, NAMES);
  if (!found) throw new Error('no app found');
  return checkPackedApp(found);
};

describe('the packed-app check', () => {
  it('finds every app electron-builder leaves, macOS bundles included, and passes matching ones', () => {
    for (const app of [linux, macX64, macArm64, windows]) writeFakeApp(output, app);
    const result = checkOutputFolder(output, NAMES, ['linux-x64', 'darwin-x64', 'darwin-arm64', 'win32-x64']);
    expect(result.lines.filter((l) => l.includes(': executable'))).toEqual([
      'linux-unpacked: executable ELF x64',
      'mac/Danlu.app: executable Mach-O x64',
      'mac-arm64/Danlu.app: executable Mach-O arm64',
      'win-unpacked: executable PE x64',
    ]);
    expect(result.lines).toContain(
      '  ok   node_modules/@napi-rs/keyring-darwin-arm64/keyring.darwin-arm64.node  [Mach-O arm64]',
    );
    expect(result.ok).toBe(true);
  });

  it('fails an app whose keychain binding was removed', () => {
    const report = only({ ...macX64, natives: {} });
    expect(appPassed(report)).toBe(false);
    expect(report.problems).toEqual(['no keychain binding (@napi-rs/keyring) for darwin-x64 under app.asar.unpacked']);
  });

  it('fails the x64 macOS app when it carries the arm64 binding (the bug a single npm ci on an arm64 runner made)', () => {
    const report = only({ ...macX64, natives: { [keyringPath('darwin-arm64')]: macho('arm64') } });
    expect(report.natives[0]?.problem).toBe('built for arm64, the app runs as x64');
    expect(report.problems).toContain('no keychain binding (@napi-rs/keyring) for darwin-x64 under app.asar.unpacked');
  });

  it('fails any native module of another platform, even beside a matching binding', () => {
    const report = only({ ...linux, natives: { ...linux.natives, 'node_modules/x/x.node': macho('x64') } });
    expect(report.natives.find((n) => n.path === 'node_modules/x/x.node')?.problem).toBe(
      'built for darwin (Mach-O), the app is linux (ELF)',
    );
    expect(appPassed(report)).toBe(false);
  });

  it('a universal app needs universal native modules; a universal binding serves a thin app', () => {
    const universal = only({ ...macX64, folder: 'mac-universal', executable: fat(['x64', 'arm64']) });
    expect(universal.natives[0]?.problem).toBe('built for x64, the app runs as arm64');
    rmSync(join(output, 'mac-universal'), { recursive: true });
    const thin = only({ ...macArm64, natives: { [keyringPath('darwin-arm64')]: fat(['x64', 'arm64']) } });
    expect(appPassed(thin)).toBe(true);
  });

  it('fails an app without its executable, or whose executable is no native binary', () => {
    writeFakeApp(output, windows);
    rmSync(join(output, 'win-unpacked', 'Danlu.exe'));
    const [app] = findPackedApps(output, NAMES);
    expect(app && checkPackedApp(app).problems).toEqual(['the executable Danlu.exe is missing']);
    rmSync(join(output, 'win-unpacked'), { recursive: true });
    expect(only({ ...linux, executable: Buffer.from('#!/bin/sh\n') }).problems).toEqual([
      'the executable is not a native binary',
    ]);
  });

  it('fails when an expected architecture was never packed, or no app at all', () => {
    writeFakeApp(output, macArm64);
    const result = checkOutputFolder(output, NAMES, ['darwin-x64', 'darwin-arm64']);
    expect(result.ok).toBe(false);
    expect(result.lines).toContain('FAIL a packed app for darwin-x64 that passes');
    expect(result.lines).toContain('ok   a packed app for darwin-arm64');
    expect(checkOutputFolder(join(output, 'nothing'), NAMES).lines).toEqual([
      `FAIL no packed app in ${join(output, 'nothing')}`,
    ]);
  });
});
