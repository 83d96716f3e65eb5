import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { zipArchive } from './zip-writer';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('the zip writer', () => {
  it('writes an archive Info-ZIP tests and extracts byte for byte: text deflated, noise stored, names in UTF-8', () => {
    const dir = mkdtempSync(join(tmpdir(), 'danlu-zip-'));
    dirs.push(dir);
    const noise = randomBytes(70_000);
    const text = `${'a line that repeats\n'.repeat(5000)}末行`;
    const zip = zipArchive(
      [
        { name: 'd/about.json', data: '{"version":"0.1.0"}' },
        { name: 'd/logs/danlu.log', data: text },
        { name: 'd/noise.bin', data: noise },
        { name: 'd/诊断.txt', data: '' },
      ],
      new Date(2026, 11, 8, 13, 0, 30),
    );
    // The repeated text shrinks; the random bytes cannot, and are stored as they are.
    expect(zip.length).toBeLessThan(noise.length + 2000);
    const file = join(dir, 'd.zip');
    writeFileSync(file, zip);
    expect(execFileSync('unzip', ['-t', file], { encoding: 'utf8' })).toMatch(/No errors detected/);
    execFileSync('unzip', ['-qq', file, '-d', join(dir, 'out')]);
    expect(readFileSync(join(dir, 'out/d/logs/danlu.log'), 'utf8')).toBe(text);
    expect(readFileSync(join(dir, 'out/d/noise.bin')).equals(noise)).toBe(true);
    expect(readFileSync(join(dir, 'out/d/诊断.txt'), 'utf8')).toBe('');
    expect(execFileSync('unzip', ['-l', file], { encoding: 'utf8' })).toMatch(/2026-12-08 13:00/);
  });

  it('refuses names that would land outside the folder it is extracted into', () => {
    for (const name of ['../x', '/etc/passwd', 'a/../../b', 'a\\b', '', 'a//b']) {
      expect(() => zipArchive([{ name, data: 'x' }], new Date())).toThrow(/not a relative zip entry name/);
    }
  });
});
