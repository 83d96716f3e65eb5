/**
 * What a native binary was built for, read from its header: ELF (Linux), PE (Windows) or Mach-O
 * (macOS, thin or universal). Enough to tell whether a `.node` file can be loaded by the
 * executable it ships with; nothing here loads or runs either.
 */
import { closeSync, openSync, readSync } from 'node:fs';

/** The operating system family a binary format belongs to, named as Node names platforms. */
export type BinaryPlatform = 'linux' | 'win32' | 'darwin';

/** Node's names for architectures (process.arch), or `unknown(<machine code>)`. */
export type BinaryArch = 'x64' | 'arm64' | 'ia32' | 'arm' | 'riscv64' | `unknown(${string})`;

export interface BinaryInfo {
  format: 'ELF' | 'PE' | 'Mach-O';
  platform: BinaryPlatform;
  /** One architecture, or several for a universal (fat) Mach-O file. */
  archs: BinaryArch[];
}

const ELF_MACHINES: Record<number, BinaryArch> = { 3: 'ia32', 40: 'arm', 62: 'x64', 183: 'arm64', 243: 'riscv64' };
const PE_MACHINES: Record<number, BinaryArch> = { 332: 'ia32', 452: 'arm', 34404: 'x64', 43620: 'arm64' };
const MACHO_CPUS: Record<number, BinaryArch> = { 7: 'ia32', 12: 'arm', 16777223: 'x64', 16777228: 'arm64' };

const FAT_MAGIC = 0xcafebabe;
const FAT_MAGIC_64 = 0xcafebabf;
// Java class files share the fat magic; their "count" is a class-file version, far above any real count.
const MAX_FAT_ARCHS = 16;

const named = (table: Record<number, BinaryArch>, code: number): BinaryArch =>
  table[code] ?? `unknown(0x${code.toString(16)})`;

function readElf(bytes: Buffer): BinaryInfo | null {
  if (bytes.length < 20 || bytes.readUInt32BE(0) !== 0x7f454c46) return null;
  const littleEndian = bytes[5] === 1;
  const machine = littleEndian ? bytes.readUInt16LE(18) : bytes.readUInt16BE(18);
  return { format: 'ELF', platform: 'linux', archs: [named(ELF_MACHINES, machine)] };
}

function readPe(bytes: Buffer): BinaryInfo | null {
  if (bytes.length < 0x40 || bytes.toString('latin1', 0, 2) !== 'MZ') return null;
  const at = bytes.readUInt32LE(0x3c);
  if (at + 24 > bytes.length || bytes.readUInt32BE(at) !== 0x50450000) return null;
  return { format: 'PE', platform: 'win32', archs: [named(PE_MACHINES, bytes.readUInt16LE(at + 4))] };
}

function readThinMachO(bytes: Buffer): BinaryInfo | null {
  if (bytes.length < 8) return null;
  const magic = bytes.readUInt32LE(0);
  if (magic !== 0xfeedface && magic !== 0xfeedfacf) return null;
  return { format: 'Mach-O', platform: 'darwin', archs: [named(MACHO_CPUS, bytes.readUInt32LE(4))] };
}

function readFatMachO(bytes: Buffer): BinaryInfo | null {
  if (bytes.length < 8) return null;
  const magic = bytes.readUInt32BE(0);
  if (magic !== FAT_MAGIC && magic !== FAT_MAGIC_64) return null;
  const count = bytes.readUInt32BE(4);
  if (count === 0 || count > MAX_FAT_ARCHS) return null;
  const entrySize = magic === FAT_MAGIC_64 ? 32 : 20;
  if (8 + count * entrySize > bytes.length) return null;
  const archs: BinaryArch[] = [];
  for (let i = 0; i < count; i++) archs.push(named(MACHO_CPUS, bytes.readUInt32BE(8 + i * entrySize)));
  return { format: 'Mach-O', platform: 'darwin', archs };
}

/** The binary's format and architectures, or null when the bytes are none of the three formats. */
export function readBinaryInfo(header: Buffer): BinaryInfo | null {
  return readElf(header) ?? readPe(header) ?? readThinMachO(header) ?? readFatMachO(header);
}

/** Reads just the header of a file (a PE header can sit a little way in). */
export function readBinaryFile(path: string): BinaryInfo | null {
  const fd = openSync(path, 'r');
  try {
    const header = Buffer.alloc(4096);
    const length = readSync(fd, header, 0, header.length, 0);
    return readBinaryInfo(header.subarray(0, length));
  } finally {
    closeSync(fd);
  }
}

/** "Mach-O x64+arm64" — how the report names a binary. */
export function describeBinary(info: BinaryInfo | null): string {
  return info ? `${info.format} ${info.archs.join('+')}` : 'not a native binary';
}
