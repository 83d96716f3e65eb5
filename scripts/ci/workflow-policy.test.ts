import { describe, expect, it } from 'vitest';
import { workflowProblems } from './workflow-policy';

const SHA = 'a'.repeat(40);

/** A minimal workflow that follows every rule; each test breaks one. */
const good = `
name: w
on: push
permissions:
  contents: read
jobs:
  build:
    runs-on: ubuntu-24.04
    steps:
      - uses: actions/checkout@${SHA} # v7.0.1
        with:
          persist-credentials: false
      - uses: actions/setup-node@${SHA} # v7.0.0
        with:
          node-version: 22
          package-manager-cache: false
      - run: npm ci --ignore-scripts
  publish:
    needs: build
    runs-on: ubuntu-24.04
    permissions:
      contents: write
    steps:
      - run: gh release upload "$TAG" installers/*
`;

describe('the workflow policy', () => {
  it('passes a workflow that follows every rule', () => {
    expect(workflowProblems('w.yml', good)).toEqual([]);
  });

  it('wants every action pinned by a full commit SHA with its tag in a comment', () => {
    expect(workflowProblems('w.yml', good.replace(`checkout@${SHA} # v7.0.1`, 'checkout@v7'))).toEqual([
      'w.yml:10: actions/checkout@v7 is not pinned by a full commit SHA',
    ]);
    expect(workflowProblems('w.yml', good.replace(`setup-node@${SHA} # v7.0.0`, `setup-node@${SHA}`))).toEqual([
      `w.yml:13: actions/setup-node@${SHA} needs its release tag in a comment (# v1.2.3)`,
    ]);
  });

  it('wants top-level permissions, and none that write', () => {
    expect(workflowProblems('w.yml', good.replace('permissions:\n  contents: read\n', ''))).toEqual([
      'w.yml: sets no top-level permissions (the default token may write)',
    ]);
    expect(
      workflowProblems('w.yml', good.replace('permissions:\n  contents: read\n', 'permissions: write-all\n')),
    ).toEqual(['w.yml: grants write at the top level; grant it to the one job that needs it']);
  });

  it('wants checkout not to keep the token', () => {
    expect(workflowProblems('w.yml', good.replace('persist-credentials: false', 'fetch-depth: 1'))).toEqual([
      `w.yml: job build, step "actions/checkout@${SHA}": checkout must not keep the token (persist-credentials: false)`,
    ]);
  });

  it('refuses installs that run every dependency install script', () => {
    expect(workflowProblems('w.yml', good.replace('npm ci --ignore-scripts', 'npm ci && npm install x'))).toEqual([
      'w.yml: job build, step "npm ci && npm install x": "npm ci && npm install x" runs every dependency\'s install scripts; use --ignore-scripts',
    ]);
  });

  it('keeps project code out of the job that may write, and caches out of a workflow that may', () => {
    expect(
      workflowProblems('w.yml', good.replace('gh release upload', 'npm run publish && gh release upload')),
    ).toEqual([
      'w.yml: job publish, step "npm run publish && gh release upload "$TAG" installers/*": a job that may write runs no project or dependency code',
    ]);
    expect(workflowProblems('w.yml', good.replace('package-manager-cache: false', 'cache: npm'))).toEqual([
      `w.yml: job build, step "actions/setup-node@${SHA}": a workflow that may write uses no dependency cache (package-manager-cache: false)`,
    ]);
  });

  it('gives signing secrets only to a job limited to version tags, in an environment, that runs no tests', () => {
    const signing = `
  sign:
    needs: build
    if: startsWith(github.ref, 'refs/tags/v')
    environment: release
    runs-on: ubuntu-24.04
    permissions:
      contents: read
    steps:
      - run: npm ci --ignore-scripts
      - run: npx electron-builder --publish never
        env:
          CSC_LINK: \${{ secrets.CSC_LINK }}
`;
    const withSigning = good.replace('  publish:\n', `${signing}  publish:\n`);
    expect(workflowProblems('w.yml', withSigning)).toEqual([]);
    expect(
      workflowProblems('w.yml', withSigning.replace("    if: startsWith(github.ref, 'refs/tags/v')\n", '')),
    ).toEqual([
      "w.yml: job sign reads secrets: run it only for version tags (if: startsWith(github.ref, 'refs/tags/v'))",
    ]);
    expect(workflowProblems('w.yml', withSigning.replace('    environment: release\n', ''))).toEqual([
      'w.yml: job sign reads secrets: keep them in an environment limited to version tags',
    ]);
    expect(
      workflowProblems(
        'w.yml',
        withSigning.replace(
          '      - run: npx electron-builder',
          '      - run: npm test\n      - run: npx electron-builder',
        ),
      ),
    ).toEqual(['w.yml: job sign reads secrets: it runs no tests (step "npm test")']);
    // The job's own token is no signing secret.
    expect(
      workflowProblems(
        'w.yml',
        good.replace('gh release upload', `GH_TOKEN=\${{ secrets.GITHUB_TOKEN }} gh release upload`),
      ),
    ).toEqual([]);
  });
});
