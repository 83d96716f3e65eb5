import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ensureBindings, type FetchTarball, lockedBinding } from './keyring-bindings';
import { macho } from './testing/binaries';
import { tarball } from './testing/tarball';

const realLock = JSON.parse(readFileSync(resolve(__dirname, '../../package-lock.json'), 'utf8'));

describe('which keychain binding the lock pins for a target', () => {
  it.each([
    ['darwin', 'x64', '@napi-rs/keyring-darwin-x64'],
    ['darwin', 'arm64', '@napi-rs/keyring-darwin-arm64'],
    ['win32', 'x64', '@napi-rs/keyring-win32-x64-msvc'],
    ['win32', 'arm64', '@napi-rs/keyring-win32-arm64-msvc'],
    ['linux', 'x64', '@napi-rs/keyring-linux-x64-gnu'],
    ['linux', 'arm64', '@napi-rs/keyring-linux-arm64-gnu'],
  ])('%s %s → %s, at the version @napi-rs/keyring asks for', (platform, arch, name) => {
    const binding = lockedBinding(realLock, { platform, arch });
    expect(binding.name).toBe(name);
    expect(binding.version).toBe(realLock.packages['node_modules/@napi-rs/keyring'].optionalDependencies[name]);
    expect(binding.integrity).toMatch(/^sha512-/);
  });

  it('refuses a target nothing is published for', () => {
    expect(() => lockedBinding(realLock, { platform: 'linux', arch: 'mips' })).toThrow(
      'package-lock.json pins 0 keychain bindings for linux-mips (expected one)',
    );
  });
});

/** A project folder with a lock pinning one binding, and the tarball that matches it. */
function project() {
  const dir = mkdtempSync(join(tmpdir(), 'danlu-bindings-'));
  const pack = tarball([
    { name: 'package/package.json', body: '{"name":"@napi-rs/keyring-darwin-x64","version":"2.1.2"}' },
    { name: 'package/keyring.darwin-x64.node', body: macho('x64') },
  ]);
  const integrity = `sha512-${createHash('sha512').update(pack).digest('base64')}`;
  const lock = {
    packages: {
      'node_modules/@napi-rs/keyring-darwin-x64': { version: '2.1.2', integrity, os: ['darwin'], cpu: ['x64'] },
    },
  };
  writeFileSync(join(dir, 'package-lock.json'), JSON.stringify(lock));
  const fetched: string[] = [];
  const fetch: FetchTarball = (name, version) => {
    fetched.push(`${name}@${version}`);
    return pack;
  };
  return { dir, pack, fetch, fetched, binding: join(dir, 'node_modules', '@napi-rs', 'keyring-darwin-x64') };
}

describe('installing the bindings of other architectures before packing', () => {
  it('puts the pinned tarball in node_modules, then leaves an installed one alone', () => {
    const p = project();
    expect(ensureBindings(p.dir, [{ platform: 'darwin', arch: 'x64' }], p.fetch)).toEqual([
      'darwin-x64: @napi-rs/keyring-darwin-x64@2.1.2 installed (integrity checked against package-lock.json)',
    ]);
    expect(readdirSync(p.binding).sort()).toEqual(['keyring.darwin-x64.node', 'package.json']);
    expect(ensureBindings(p.dir, [{ platform: 'darwin', arch: 'x64' }], p.fetch)).toEqual([
      'darwin-x64: @napi-rs/keyring-darwin-x64@2.1.2 already installed',
    ]);
    expect(p.fetched).toEqual(['@napi-rs/keyring-darwin-x64@2.1.2']);
  });

  it('replaces a binding of another version, or one that lost its .node file', () => {
    const p = project();
    mkdirSync(p.binding, { recursive: true });
    writeFileSync(join(p.binding, 'package.json'), '{"version":"2.0.0"}');
    writeFileSync(join(p.binding, 'stale.node'), 'old');
    ensureBindings(p.dir, [{ platform: 'darwin', arch: 'x64' }], p.fetch);
    expect(readdirSync(p.binding).sort()).toEqual(['keyring.darwin-x64.node', 'package.json']);
  });

  it('refuses a tarball that is not the one the lock pins, and installs nothing', () => {
    const p = project();
    const tampered: FetchTarball = () => Buffer.concat([p.pack, Buffer.from([0])]);
    expect(() => ensureBindings(p.dir, [{ platform: 'darwin', arch: 'x64' }], tampered)).toThrow(
      /the downloaded tarball is sha512-.*, package-lock.json pins sha512-/,
    );
    expect(readdirSync(join(p.dir))).toEqual(['package-lock.json']);
  });
});
