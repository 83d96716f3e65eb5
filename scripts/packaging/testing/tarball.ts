/** Builds gzip'd ustar archives the way npm lays out a package tarball, for tests. */
import { gzipSync } from 'node:zlib';

export interface TarEntry {
  name: string;
  body?: Buffer | string;
  /** '0' file (default), '5' folder, '2' symbolic link, 'x' pax header. */
  type?: string;
}

function header(entry: TarEntry, size: number): Buffer {
  const h = Buffer.alloc(512);
  h.write(entry.name.slice(0, 100), 0, 'utf8');
  h.write('0000644\0', 100, 'latin1');
  h.write('0000000\0', 108, 'latin1');
  h.write('0000000\0', 116, 'latin1');
  h.write(`${size.toString(8).padStart(11, '0')}\0`, 124, 'latin1');
  h.write('00000000000\0', 136, 'latin1');
  h.write(entry.type ?? '0', 156, 'latin1');
  h.write('ustar\0', 257, 'latin1');
  h.write('00', 263, 'latin1');
  h.fill(' ', 148, 156);
  const sum = h.reduce((total, byte) => total + byte, 0);
  h.write(`${sum.toString(8).padStart(6, '0')}\0 `, 148, 'latin1');
  return h;
}

export function tarball(entries: TarEntry[]): Buffer {
  const blocks: Buffer[] = [];
  for (const entry of entries) {
    const body = Buffer.from(entry.body ?? '');
    blocks.push(header(entry, body.length), body, Buffer.alloc((512 - (body.length % 512)) % 512));
  }
  blocks.push(Buffer.alloc(1024));
  return gzipSync(Buffer.concat(blocks));
}

/** A pax extended header record carrying a long path. */
export function paxPath(path: string): string {
  const record = ` path=${path}\n`;
  let length = record.length + 1;
  while (`${length}${record}`.length !== length) length++;
  return `${length}${record}`;
}
