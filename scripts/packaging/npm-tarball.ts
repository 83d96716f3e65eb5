/**
 * Unpacks an npm package tarball (gzip'd ustar, everything under `package/`) into a folder.
 * npm's own tarballs hold only files and folders; anything else (links, devices) is refused,
 * as is any path that would land outside the target folder.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, normalize, sep } from 'node:path';
import { gunzipSync } from 'node:zlib';

const BLOCK = 512;

function field(header: Buffer, start: number, length: number): string {
  const raw = header.subarray(start, start + length);
  const end = raw.indexOf(0);
  return raw.toString('utf8', 0, end < 0 ? raw.length : end);
}

function octal(header: Buffer, start: number, length: number): number {
  const text = field(header, start, length).trim();
  return text === '' ? 0 : Number.parseInt(text, 8);
}

/** The `path` record of a pax extended header, if it has one. */
function paxPath(body: Buffer): string | undefined {
  const text = body.toString('utf8');
  let at = 0;
  while (at < text.length) {
    const space = text.indexOf(' ', at);
    const length = Number.parseInt(text.slice(at, space), 10);
    if (!Number.isFinite(length) || length <= 0) break;
    const record = text.slice(space + 1, at + length - 1);
    if (record.startsWith('path=')) return record.slice(5);
    at += length;
  }
  return undefined;
}

/** Where an entry goes inside `into`, without the leading `package/`; throws for escaping paths. */
function destination(into: string, name: string): string | null {
  const inside = name.split('/').slice(1).join('/');
  if (inside === '') return null;
  const relative = normalize(inside);
  if (relative.startsWith('..') || relative.startsWith(sep) || /^[A-Za-z]:/.test(relative)) {
    throw new Error(`the package tarball holds a path outside the package: ${name}`);
  }
  return join(into, relative);
}

/** Extracts the gzip'd tarball into `into` (created if missing); returns the files written. */
export function extractPackage(tarball: Buffer, into: string): string[] {
  const tar = gunzipSync(tarball);
  const written: string[] = [];
  let longName: string | undefined;
  for (let at = 0; at + BLOCK <= tar.length; ) {
    const header = tar.subarray(at, at + BLOCK);
    if (header.every((b) => b === 0)) break;
    const size = octal(header, 124, 12);
    const type = String.fromCharCode(header[156] ?? 0);
    const body = tar.subarray(at + BLOCK, at + BLOCK + size);
    at += BLOCK + Math.ceil(size / BLOCK) * BLOCK;
    if (type === 'x') {
      longName = paxPath(body);
      continue;
    }
    if (type === 'g') continue;
    const prefix = field(header, 345, 155);
    const name = longName ?? (prefix ? `${prefix}/${field(header, 0, 100)}` : field(header, 0, 100));
    longName = undefined;
    const target = destination(into, name);
    if (type === '5') {
      if (target) mkdirSync(target, { recursive: true });
    } else if (type === '0' || type === '\0') {
      if (!target) continue;
      mkdirSync(dirname(target), { recursive: true });
      writeFileSync(target, body, { mode: (octal(header, 100, 8) & 0o755) | 0o644 });
      written.push(target);
    } else {
      throw new Error(`the package tarball holds an entry of type "${type}" (${name}); npm packages hold only files`);
    }
  }
  return written;
}
