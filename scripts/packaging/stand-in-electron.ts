/**
 * An Electron distribution for packing offline: no Electron binary can be downloaded here, so
 * `npm run package:check` packs against this folder. Its executable is a real, minimal x86-64
 * Linux program (it exits 0) carrying Electron's fuse wire at Electron's defaults, so
 * electron-builder flips the fuses in it as in the real binary and the architecture check reads
 * a genuine ELF header.
 */
import { chmodSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export const FUSE_SENTINEL = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX';
export const FUSE_ENABLE = 0x31;
export const FUSE_DISABLE = 0x30;

const BASE = 0x400000;
const HEADER = 64;
const PROGRAM_HEADER = 56;
// xor edi, edi; mov eax, 60 (exit); syscall
const EXIT_0 = Buffer.from([0x31, 0xff, 0xb8, 0x3c, 0x00, 0x00, 0x00, 0x0f, 0x05]);

/** A static ELF64 x86-64 executable that exits 0, followed by `trailer` (not loaded, just carried). */
function elfExecutable(trailer: Buffer): Buffer {
  const code = HEADER + PROGRAM_HEADER;
  const size = code + EXIT_0.length + trailer.length;
  const elf = Buffer.alloc(code);
  elf.write('\x7fELF', 0, 'latin1');
  elf[4] = 2; // 64-bit
  elf[5] = 1; // little-endian
  elf[6] = 1; // ELF version
  elf.writeUInt16LE(2, 16); // ET_EXEC
  elf.writeUInt16LE(0x3e, 18); // x86-64
  elf.writeUInt32LE(1, 20);
  elf.writeBigUInt64LE(BigInt(BASE + code), 24); // entry point: the code after the headers
  elf.writeBigUInt64LE(BigInt(HEADER), 32); // program headers right after this header
  elf.writeUInt16LE(HEADER, 52);
  elf.writeUInt16LE(PROGRAM_HEADER, 54);
  elf.writeUInt16LE(1, 56);
  elf.writeUInt32LE(1, HEADER); // PT_LOAD
  elf.writeUInt32LE(5, HEADER + 4); // readable, executable
  elf.writeBigUInt64LE(BigInt(BASE), HEADER + 16);
  elf.writeBigUInt64LE(BigInt(BASE), HEADER + 24);
  elf.writeBigUInt64LE(BigInt(size), HEADER + 32);
  elf.writeBigUInt64LE(BigInt(size), HEADER + 40);
  elf.writeBigUInt64LE(0x1000n, HEADER + 48);
  return Buffer.concat([elf, EXIT_0, trailer]);
}

/** Writes the stand-in distribution (executable `electron`, LICENSE) into `dir`. */
export function writeStandInElectron(dir: string, defaultFuses: number[]): void {
  mkdirSync(join(dir, 'resources'), { recursive: true });
  const wire = Buffer.concat([Buffer.from(FUSE_SENTINEL), Buffer.from([1, defaultFuses.length, ...defaultFuses])]);
  writeFileSync(join(dir, 'electron'), elfExecutable(wire));
  chmodSync(join(dir, 'electron'), 0o755);
  writeFileSync(join(dir, 'LICENSE'), 'stand-in');
}
