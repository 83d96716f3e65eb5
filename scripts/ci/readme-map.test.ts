import { mkdirSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { mapPaths, mapProblems } from './readme-map';

const readmeWith = (lines: string[]) =>
  ['# Danlu', '', '## 代码结构 · Where things live', '', '```', ...lines, '```', '', 'More prose.'].join('\n');

function tree(folders: string[]): string {
  const root = mkdtempSync(join(tmpdir(), 'danlu-map-'));
  for (const folder of folders) mkdirSync(join(root, folder), { recursive: true });
  return root;
}

describe("README's map of where things live", () => {
  it('reads the paths that start its lines, not the words that continue them', () => {
    const readme = readmeWith([
      'src/main/app/        the only Electron code',
      'src/main/sessions/   the session lifecycle: journal/ (records), launch/ (pre-flight)',
      '                     watch/ (spot reclaim)',
      'tests/               suites',
    ]);
    expect(mapPaths(readme)).toEqual(['src/main/app/', 'src/main/sessions/', 'tests/']);
  });

  it('names a src/main folder the map leaves out, and a path it names that does not exist', () => {
    const root = tree(['src/main/app', 'src/main/sessions', 'src/main/meter']);
    const readme = readmeWith(['src/main/app/   Electron', 'src/main/sessions/   sessions', 'src/main/guards/   gone']);
    expect(mapProblems(readme, root)).toEqual([
      "src/main/meter/ is not on README's map",
      "README's map names src/main/guards/, which does not exist",
    ]);
    expect(mapProblems('# Danlu\n', root)).toHaveLength(1);
  });

  it("holds for this repository's README.md", () => {
    const root = resolve(__dirname, '..', '..');
    expect(mapProblems(readFileSync(join(root, 'README.md'), 'utf8').replace(/\r\n/g, '\n'), root)).toEqual([]);
  });
});
