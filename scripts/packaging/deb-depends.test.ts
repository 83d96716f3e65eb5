import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findTool, needTool, onlyOn } from '../../tests/support/platform';
import {
  configuredDebDepends,
  controlDepends,
  debDependsOf,
  electronBuilderDebDefaults,
  missingDepends,
  requiredDebDepends,
} from './deb-depends';

const root = resolve(__dirname, '../..');

describe("the deb's dependencies", () => {
  it("are electron-builder's defaults, read from the installed version, plus libsecret", () => {
    const defaults = electronBuilderDebDefaults(root);
    expect(defaults).toEqual(expect.arrayContaining(['libgtk-3-0', 'libnss3', 'libnotify4', 'xdg-utils']));
    expect(requiredDebDepends(root)).toEqual([...new Set([...defaults, 'libsecret-1-0'])]);
  });

  it('are all declared in electron-builder.yml, whose list replaces the defaults', () => {
    const declared = configuredDebDepends(readFileSync(join(root, 'electron-builder.yml'), 'utf8'));
    expect(declared).toBeDefined();
    expect(missingDepends(declared ?? [], requiredDebDepends(root))).toEqual([]);
    expect(debDependsOf(root).from).toBe('electron-builder.yml deb.depends');
  });

  it('are refused when a list drops the defaults, as `depends: [libsecret-1-0]` alone did', () => {
    const declared = configuredDebDepends('deb:\n  depends:\n    - libsecret-1-0\n') ?? [];
    expect(missingDepends(declared, requiredDebDepends(root))).toEqual(
      expect.arrayContaining(['libgtk-3-0', 'libnss3']),
    );
    // Without a list, electron-builder's own defaults apply.
    expect(configuredDebDepends('linux:\n  target: [deb]\n')).toBeUndefined();
  });

  it('are read from a control file: versions and alternatives reduced to names, continuation lines included', () => {
    const control = [
      'Package: danlu',
      'Version: 0.1.0',
      'Depends: libgtk-3-0, libnss3 (>= 3.26),',
      ' libxtst6 | libxtst6t64, libsecret-1-0',
      'Description: x',
      '',
    ].join('\n');
    expect(controlDepends(control)).toEqual(['libgtk-3-0', 'libnss3', 'libxtst6', 'libxtst6t64', 'libsecret-1-0']);
    expect(controlDepends('Package: bare\n')).toEqual([]);
  });

  it("are read from a built deb's control file where there is one", (context) => {
    onlyOn(context, ['linux'], 'debs are built and read with dpkg-deb on Linux');
    needTool(context, findTool('dpkg-deb'), 'dpkg-deb', "reading a deb's control file");
    const dir = mkdtempSync(join(tmpdir(), 'danlu-deb-'));
    try {
      mkdirSync(join(dir, 'pkg', 'DEBIAN'), { recursive: true });
      writeFileSync(
        join(dir, 'pkg', 'DEBIAN', 'control'),
        'Package: danlu\nVersion: 0.1.0\nArchitecture: amd64\nMaintainer: x <x@example.com>\nDepends: libgtk-3-0, libsecret-1-0\nDescription: test\n',
      );
      const deb = join(dir, 'danlu.deb');
      execFileSync('dpkg-deb', ['--build', '--root-owner-group', join(dir, 'pkg'), deb], { stdio: 'ignore' });
      const packed = debDependsOf(root, deb);
      expect(packed).toEqual({ from: deb, depends: ['libgtk-3-0', 'libsecret-1-0'] });
      expect(missingDepends(packed.depends, requiredDebDepends(root))).toContain('libnss3');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
