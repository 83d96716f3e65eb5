import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { installFacts, updateUnavailable } from './install-kind';

const base = { packaged: true, platform: 'linux', packageType: null, publisherNamed: false };

describe('whether this copy can update itself', () => {
  it('can as an AppImage, a deb, a signed Windows build and on macOS', () => {
    expect(updateUnavailable({ ...base, appImage: '/home/me/Danlu.AppImage' })).toBeNull();
    expect(updateUnavailable({ ...base, packageType: 'deb' })).toBeNull();
    expect(updateUnavailable({ ...base, platform: 'win32', publisherNamed: true })).toBeNull();
    expect(updateUnavailable({ ...base, platform: 'darwin' })).toBeNull();
  });

  it('cannot from the sources, as a snap or another package, nor unsigned on Windows', () => {
    expect(updateUnavailable({ ...base, packaged: false, appImage: '/x.AppImage' })).toBe('sources');
    expect(updateUnavailable({ ...base, snap: '/snap/danlu/1', appImage: '/x.AppImage' })).toBe('package');
    expect(updateUnavailable({ ...base, packageType: 'rpm' })).toBe('package');
    expect(updateUnavailable({ ...base, platform: 'win32' })).toBe('unsigned');
  });

  it("reads the package type and the publisher from electron-builder's files", () => {
    const dir = mkdtempSync(join(tmpdir(), 'danlu-resources-'));
    try {
      expect(installFacts(dir)).toEqual({ packageType: null, publisherNamed: false });
      writeFileSync(join(dir, 'package-type'), 'deb\n');
      writeFileSync(
        join(dir, 'app-update.yml'),
        'owner: danlu\nrepo: danlu\nprovider: github\npublisherName:\n  - Danlu\n',
      );
      expect(installFacts(dir)).toEqual({ packageType: 'deb', publisherNamed: true });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
