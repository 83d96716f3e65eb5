import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { findSecret } from '../support/find-secret';

// "?>" runs make "+" and "/" in base64 at every alignment, so base64url differs from base64.
const SECRET = 'Ab3?>?>?>?>xYz!9 q"k';
let dir: string;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'danlu-find-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('findSecret', () => {
  it('finds the secret raw, base64 at every alignment, base64url, URL-encoded, JSON-escaped, hex and UTF-16', () => {
    mkdirSync(join(dir, 'nested', 'deeper'), { recursive: true });
    const files: Record<string, string | Buffer> = {
      'raw.txt': `x${SECRET}y`,
      'nested/b64-0.txt': Buffer.from(SECRET).toString('base64'),
      'nested/b64-1.txt': Buffer.from(`a${SECRET}zz`).toString('base64'),
      'nested/deeper/b64-2.txt': Buffer.from(`ab${SECRET}`).toString('base64'),
      'b64url.txt': Buffer.from(`ab${SECRET}`).toString('base64url'),
      'url.log': `GET /?AccessKeySecret=${encodeURIComponent(SECRET)}&x=1`,
      'json.json': JSON.stringify({ s: SECRET }),
      'hex.bin': Buffer.from(SECRET).toString('hex'),
      'utf16.txt': Buffer.from(SECRET, 'utf16le'),
    };
    for (const [name, content] of Object.entries(files)) writeFileSync(join(dir, name), content);
    const scan = findSecret(SECRET, [dir]);
    const found = (name: string) => scan.hits.filter((h) => h.file === join(dir, name)).map((h) => h.encoding);
    expect(found('raw.txt')).toContain('raw');
    expect(found('nested/b64-0.txt')).toContain('base64');
    expect(found('nested/b64-1.txt')).toContain('base64');
    expect(found('nested/deeper/b64-2.txt')).toContain('base64');
    expect(found('b64url.txt')).toContain('base64url');
    expect(found('url.log')).toContain('url');
    expect(found('json.json')).toContain('json');
    expect(found('hex.bin')).toContain('hex');
    expect(found('utf16.txt')).toContain('utf16le');
    expect(scan.hits.find((h) => h.file === join(dir, 'raw.txt'))?.offset).toBe(1);
  });

  it('reports nothing for clean files, scans given log files, and does not follow symlinks', () => {
    writeFileSync(join(dir, 'clean.txt'), 'AccessKeySecret=***');
    const outside = mkdtempSync(join(tmpdir(), 'danlu-find-outside-'));
    try {
      writeFileSync(join(outside, 'leak.log'), SECRET);
      symlinkSync(outside, join(dir, 'link'));
      const scan = findSecret(SECRET, [dir]);
      expect(scan.hits).toEqual([]);
      expect(scan.scannedFiles).toEqual([join(dir, 'clean.txt')]);
      expect(findSecret(SECRET, [join(outside, 'leak.log')]).hits).toHaveLength(1);
    } finally {
      rmSync(outside, { recursive: true, force: true });
    }
  });
});
