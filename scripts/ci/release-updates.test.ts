import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { APP_SCHEME } from '../../src/main/desktop/url-policy';
import { PROJECT } from '../../src/shared/project';

const root = resolve(__dirname, '../..');
const read = (path: string) => readFileSync(resolve(root, path), 'utf8');

interface Step {
  uses?: string;
  run?: string;
  with?: Record<string, unknown>;
}
const release = parse(read('.github/workflows/release.yml')) as { jobs: Record<string, { steps: Step[] }> };
const builder = parse(read('electron-builder.yml')) as {
  publish: { provider: string; owner: string; repo: string };
  protocols: Array<{ schemes: string[] }>;
  mac: { target: Array<{ target: string; arch: string[] }> };
};
const pkg = JSON.parse(read('package.json')) as { dependencies: Record<string, string> };

describe('the release publishes what installed apps update from', () => {
  it('builds the update files beside the installers: latest*.yml, the macOS zips, the blockmaps', () => {
    const upload = release.jobs.installers?.steps.find((s) => s.uses?.startsWith('actions/upload-artifact@'));
    const paths = String(upload?.with?.path ?? '')
      .split('\n')
      .map((p) => p.trim())
      .filter(Boolean);
    expect(paths).toEqual(
      expect.arrayContaining([
        'dist/*.dmg',
        'dist/*.exe',
        'dist/*.AppImage',
        'dist/*.deb',
        'dist/*.zip',
        'dist/*.blockmap',
        'dist/latest*.yml',
      ]),
    );
    expect(builder.mac.target).toContainEqual({ target: 'zip', arch: ['x64', 'arm64'] });
  });

  it('attaches every downloaded file to the release, and refuses a release without its update files', () => {
    const run = release.jobs.publish?.steps.map((s) => s.run ?? '').join('\n') ?? '';
    for (const file of ['latest.yml', 'latest-mac.yml', 'latest-linux.yml']) expect(run).toContain(file);
    expect(run).toMatch(/test -s "installers\/\$file" \|\| \{ echo "missing \$file"; exit 1; \}/);
    expect(run).toMatch(/gh release upload "\$TAG" installers\/\* --clobber/);
  });

  it('points the app at the project’s GitHub Releases and registers its link scheme', () => {
    expect(builder.publish).toMatchObject({ provider: 'github', owner: PROJECT.owner, repo: PROJECT.repo });
    expect(PROJECT.newIssue).toBe(`https://github.com/${PROJECT.owner}/${PROJECT.repo}/issues/new`);
    expect(builder.protocols.flatMap((p) => p.schemes)).toEqual([APP_SCHEME]);
  });

  it('pins electron-updater to an exact version', () => {
    expect(pkg.dependencies['electron-updater']).toMatch(/^\d+\.\d+\.\d+$/);
  });
});
