import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { parseTarget } from '../packaging/targets';
import { workflowProblems } from './workflow-policy';

interface Entry {
  name: string;
  os: string;
  targets: string;
  pack: string;
}

const FLAG: Record<string, string> = { darwin: '--mac', win32: '--win', linux: '--linux' };

for (const file of ['ci.yml', 'release.yml']) {
  const text = readFileSync(resolve(__dirname, '../../.github/workflows', file), 'utf8');
  const workflow = parse(text) as {
    jobs: Record<string, { strategy: { matrix: { include: Entry[] } }; steps: { run?: string }[] }>;
  };
  // The job that packs (release.yml also has one that checks and one that only publishes).
  const [jobId, job] = Object.entries(workflow.jobs).find(([, j]) =>
    (j.steps ?? []).some((s) => /electron-builder/.test(s.run ?? '')),
  ) ?? ['none', { strategy: { matrix: { include: [] } }, steps: [] }];
  const entries = job.strategy.matrix.include;
  const runs = job.steps.map((s) => s.run ?? '');
  const at = (pattern: RegExp) => runs.findIndex((run) => pattern.test(run));

  describe(`.github/workflows/${file}`, () => {
    it('follows the workflow policy', () => {
      expect(workflowProblems(file, text)).toEqual([]);
    });

    it(`job ${jobId} packs Intel and Apple silicon Macs, Windows and Linux`, () => {
      expect(entries.map((e) => e.targets).sort()).toEqual(['darwin-x64 darwin-arm64', 'linux-x64', 'win32-x64']);
    });

    it.each(entries.map((e) => [e.name, e] as const))(
      '%s packs exactly the targets it installs bindings for and checks',
      (_, entry) => {
        const targets = entry.targets.split(' ').map(parseTarget);
        const platforms = new Set(targets.map((t) => t.platform));
        expect([...platforms].map((p) => FLAG[p])).toEqual([entry.pack.split(' ')[0]]);
        expect(entry.pack.split(' ').filter((a) => /^--(x64|arm64|ia32|armv7l)$/.test(a))).toEqual(
          targets.map((t) => `--${t.arch}`),
        );
      },
    );

    it('installs every target binding before packing and checks every packed app after', () => {
      const install = at(/install-keyring-bindings\.ts \$TARGETS$/);
      const pack = at(/electron-builder \$\{\{ matrix\.pack \}\} --publish never/);
      const check = at(/check-packed-apps\.ts dist \$TARGETS$/);
      expect(install).toBeGreaterThan(at(/npm ci --ignore-scripts/));
      expect(pack).toBeGreaterThan(install);
      expect(check).toBeGreaterThan(pack);
    });
  });
}

describe('.github/workflows/ci.yml on each runner', () => {
  const text = readFileSync(resolve(__dirname, '../../.github/workflows/ci.yml'), 'utf8');
  const steps = (parse(text) as { jobs: { test: { steps: Array<{ name?: string; if?: string; run?: string }> } } }).jobs
    .test.steps;
  /** The steps whose command runs `pattern`, with the condition each runs under ('' = every runner). */
  const runs = (pattern: RegExp) => steps.filter((s) => pattern.test(s.run ?? '')).map((s) => s.if ?? '');

  it('runs the suites that find the bugs: keychain and browser on Linux, faults and crashes everywhere', () => {
    expect(runs(/^npm run test:keychain$/m)).toEqual(["runner.os == 'Linux'"]);
    expect(runs(/^npm run test:faults -- --cycles 12$/m)).toEqual(['']);
    expect(runs(/^npm run test:crash -- --kills 20$/m)).toEqual(['']);
    expect(runs(/^npx playwright test --project chromium$/m)).toEqual(["runner.os == 'Linux'"]);
    expect(runs(/check-deb-depends\.ts dist\/danlu_\*_amd64\.deb/)).toEqual(["runner.os == 'Linux'"]);
  });

  it('has every runner say what it does not run, naming each Linux-only suite where it is skipped', () => {
    const say = steps.find((s) => /::notice title=not run on/.test(s.run ?? ''));
    expect(say?.if).toBeUndefined();
    for (const suite of ['test:keychain', 'the browser suite', 'test:system', 'test:any-day']) {
      expect(say?.run).toContain(suite);
    }
  });
});
