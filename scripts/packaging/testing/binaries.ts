/**
 * Headers of native binaries for tests, written byte by byte from the formats' specifications,
 * so every architecture and format can be checked on any machine.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

const ELF: Record<string, number> = { x64: 0x3e, arm64: 0xb7, ia32: 0x03, arm: 0x28, riscv64: 0xf3 };
const PE: Record<string, number> = { x64: 0x8664, arm64: 0xaa64, ia32: 0x014c };
const MACHO: Record<string, number> = { x64: 0x01000007, arm64: 0x0100000c };

const code = (table: Record<string, number>, arch: string): number => {
  const value = table[arch];
  if (value === undefined) throw new Error(`no test header for ${arch}`);
  return value;
};

export function elf(arch: string): Buffer {
  const b = Buffer.alloc(64);
  b.write('\x7fELF', 0, 'latin1');
  b[4] = 2;
  b[5] = 1;
  b[6] = 1;
  b.writeUInt16LE(3, 16); // a shared object, as .node files are
  b.writeUInt16LE(code(ELF, arch), 18);
  return b;
}

export function pe(arch: string): Buffer {
  const at = 0x80;
  const b = Buffer.alloc(at + 24);
  b.write('MZ', 0, 'latin1');
  b.writeUInt32LE(at, 0x3c);
  b.write('PE\0\0', at, 'latin1');
  b.writeUInt16LE(code(PE, arch), at + 4);
  return b;
}

export function macho(arch: string): Buffer {
  const b = Buffer.alloc(32);
  b.writeUInt32LE(0xfeedfacf, 0);
  b.writeUInt32LE(code(MACHO, arch), 4);
  b.writeUInt32LE(8, 12); // MH_BUNDLE, as .node files are
  return b;
}

/** A universal (fat) Mach-O header listing the slices; `wide` uses the 64-bit fat_arch records. */
export function fat(archs: string[], wide = false): Buffer {
  const size = wide ? 32 : 20;
  const b = Buffer.alloc(8 + archs.length * size);
  b.writeUInt32BE(wide ? 0xcafebabf : 0xcafebabe, 0);
  b.writeUInt32BE(archs.length, 4);
  archs.forEach((arch, i) => {
    b.writeUInt32BE(code(MACHO, arch), 8 + i * size);
  });
  return b;
}

function write(path: string, bytes: Buffer | string): void {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, bytes);
}

/** A packed app's layout as electron-builder leaves it, for each platform. */
export interface FakeApp {
  platform: 'linux' | 'win32' | 'darwin';
  /** The folder under the output folder: linux-unpacked, win-unpacked, mac, mac-arm64, … */
  folder: string;
  executable: Buffer;
  /** `.node` files under app.asar.unpacked, by path. */
  natives: Record<string, Buffer>;
}

export const NAMES = { productName: 'Danlu', executableName: 'danlu' };

/** Writes the app into `output` and returns the folder that holds app.asar. */
export function writeFakeApp(output: string, app: FakeApp): string {
  const dir = join(output, app.folder);
  const resources =
    app.platform === 'darwin' ? join(dir, 'Danlu.app', 'Contents', 'Resources') : join(dir, 'resources');
  const executable =
    app.platform === 'darwin'
      ? join(dir, 'Danlu.app', 'Contents', 'MacOS', 'Danlu')
      : join(dir, app.platform === 'win32' ? 'Danlu.exe' : 'danlu');
  write(executable, app.executable);
  write(join(resources, 'app.asar'), 'asar');
  for (const [path, bytes] of Object.entries(app.natives)) write(join(resources, 'app.asar.unpacked', path), bytes);
  return resources;
}

export const keyringPath = (triple: string) => `node_modules/@napi-rs/keyring-${triple}/keyring.${triple}.node`;
