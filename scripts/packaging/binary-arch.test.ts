import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { describeBinary, readBinaryFile, readBinaryInfo } from './binary-arch';
import { lockedBinding } from './keyring-bindings';
import { writeStandInElectron } from './stand-in-electron';
import { elf, fat, macho, pe } from './testing/binaries';

describe('reading what a native binary was built for', () => {
  it.each(['x64', 'arm64', 'ia32', 'arm', 'riscv64'])('ELF %s', (arch) => {
    expect(readBinaryInfo(elf(arch))).toEqual({ format: 'ELF', platform: 'linux', archs: [arch] });
  });

  it('a big-endian ELF header is read in its own byte order', () => {
    const header = elf('x64');
    header[5] = 2;
    header.writeUInt16BE(0xb7, 18);
    expect(readBinaryInfo(header)?.archs).toEqual(['arm64']);
  });

  it.each(['x64', 'arm64', 'ia32'])('PE %s', (arch) => {
    expect(readBinaryInfo(pe(arch))).toEqual({ format: 'PE', platform: 'win32', archs: [arch] });
  });

  it.each(['x64', 'arm64'])('thin Mach-O %s', (arch) => {
    expect(readBinaryInfo(macho(arch))).toEqual({ format: 'Mach-O', platform: 'darwin', archs: [arch] });
  });

  it('a universal Mach-O file lists every slice, with 32- or 64-bit fat records', () => {
    expect(readBinaryInfo(fat(['x64', 'arm64']))?.archs).toEqual(['x64', 'arm64']);
    expect(readBinaryInfo(fat(['arm64'], true))?.archs).toEqual(['arm64']);
  });

  it('a Java class file, which shares the universal magic number, is not taken for one', () => {
    const classFile = Buffer.from([0xca, 0xfe, 0xba, 0xbe, 0x00, 0x00, 0x00, 0x41, 0, 0, 0, 0]);
    expect(readBinaryInfo(classFile)).toBeNull();
  });

  it('an unknown machine is named by its code rather than guessed', () => {
    const header = elf('x64');
    header.writeUInt16LE(0x1234, 18);
    expect(readBinaryInfo(header)?.archs).toEqual(['unknown(0x1234)']);
  });

  it('text, a truncated header and an MZ stub without a PE header are not native binaries', () => {
    expect(readBinaryInfo(Buffer.from('#!/bin/sh\necho hi\n'))).toBeNull();
    expect(readBinaryInfo(elf('x64').subarray(0, 10))).toBeNull();
    const stub = pe('x64');
    stub.write('XX', 0x80, 'latin1');
    expect(readBinaryInfo(stub)).toBeNull();
    expect(describeBinary(null)).toBe('not a native binary');
  });

  it("reads the real keychain binding npm installed for this machine's platform and architecture", () => {
    const root = resolve(__dirname, '../..');
    const { name } = lockedBinding(JSON.parse(readFileSync(join(root, 'package-lock.json'), 'utf8')), process);
    const folder = join(root, 'node_modules', ...name.split('/'));
    const file = readdirSync(folder).find((f) => f.endsWith('.node')) ?? 'none';
    const binding = readBinaryFile(join(folder, file));
    expect(binding?.platform).toBe(process.platform);
    expect(binding?.archs).toEqual([process.arch]);
  });

  it('reads the stand-in Electron executable as x86-64 Linux, and a script as no binary', () => {
    const dir = mkdtempSync(join(tmpdir(), 'danlu-stand-in-'));
    writeStandInElectron(dir, [0x31]);
    expect(describeBinary(readBinaryFile(join(dir, 'electron')))).toBe('ELF x64');
    writeFileSync(join(dir, 'script'), '#!/bin/sh\n');
    expect(readBinaryFile(join(dir, 'script'))).toBeNull();
  });
});
