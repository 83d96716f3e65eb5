import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractPackage } from './npm-tarball';
import { paxPath, tarball } from './testing/tarball';

const into = () => join(mkdtempSync(join(tmpdir(), 'danlu-tar-')), 'pkg');

describe("unpacking an npm package's tarball", () => {
  it('writes its files without the leading package/ folder', () => {
    const dir = into();
    const written = extractPackage(
      tarball([
        { name: 'package/', type: '5' },
        { name: 'package/package.json', body: '{"version":"1.0.0"}' },
        { name: 'package/lib/a.node', body: Buffer.from([0x7f, 0x45, 0x4c, 0x46]) },
      ]),
      dir,
    );
    expect(written.map((f) => f.slice(dir.length + 1).replaceAll('\\', '/'))).toEqual(['package.json', 'lib/a.node']);
    expect(readFileSync(join(dir, 'package.json'), 'utf8')).toBe('{"version":"1.0.0"}');
    expect(readFileSync(join(dir, 'lib', 'a.node'))).toEqual(Buffer.from([0x7f, 0x45, 0x4c, 0x46]));
  });

  it('takes a long name from a pax header', () => {
    const dir = into();
    const long = `package/${'d'.repeat(120)}/file.txt`;
    extractPackage(
      tarball([
        { name: 'PaxHeader', type: 'x', body: paxPath(long) },
        { name: 'short', body: 'x' },
      ]),
      dir,
    );
    expect(readFileSync(join(dir, 'd'.repeat(120), 'file.txt'), 'utf8')).toBe('x');
  });

  it('refuses paths that leave the package and entries that are not files', () => {
    const dir = into();
    expect(() => extractPackage(tarball([{ name: 'package/../../evil', body: 'x' }]), dir)).toThrow(
      'outside the package',
    );
    expect(existsSync(join(dir, '..', '..', 'evil'))).toBe(false);
    expect(() => extractPackage(tarball([{ name: 'package/link', type: '2' }]), into())).toThrow(
      'npm packages hold only files',
    );
  });
});
