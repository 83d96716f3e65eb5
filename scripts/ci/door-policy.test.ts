import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { doorProblems, projectDoorProblems } from './door-policy';

describe('doors: sessions and aliyun are entered through their index.ts', () => {
  it('refuses a deep import from outside, naming the file, the line and the import to use instead', () => {
    const text = "import { a } from '../aliyun';\nimport { launch } from '../sessions/launch/launcher';\n";
    expect(doorProblems('src/main/runtime/wire.ts', text)).toEqual([
      {
        file: 'src/main/runtime/wire.ts',
        line: 2,
        specifier: '../sessions/launch/launcher',
        message:
          "'../sessions/launch/launcher' goes around the door of src/main/sessions: import from '../sessions' (its index.ts) and export what is missing there",
      },
    ]);
  });

  it('refuses a file right behind the door too, and every kind of import: type, re-export, dynamic', () => {
    const text = [
      "import type { SessionDeps } from '../../src/main/sessions/session-deps';",
      "export { allByToken } from '../../src/main/aliyun/paging';",
      "const m = await import('../../src/main/aliyun/actions/disks');",
    ].join('\n');
    const problems = doorProblems('tests/support/harness.ts', text);
    expect(problems.map((p) => [p.line, p.specifier])).toEqual([
      [1, '../../src/main/sessions/session-deps'],
      [2, '../../src/main/aliyun/paging'],
      [3, '../../src/main/aliyun/actions/disks'],
    ]);
    expect(problems[1]?.message).toContain("import from '../../src/main/aliyun' (its index.ts)");
  });

  it('lets the door itself through, and everything inside a folder reach its own rooms', () => {
    const door =
      "import { x } from '../sessions';\nimport { y } from '../sessions/index';\nimport { z } from '../aliyun/index.ts';";
    expect(doorProblems('src/main/runtime/wire.ts', door)).toEqual([]);
    expect(doorProblems('src/main/sessions/launch/launcher.ts', "import { r } from '../journal/record';")).toEqual([]);
    expect(doorProblems('src/main/aliyun/actions/disks.ts', "import { p } from '../paging';")).toEqual([]);
  });

  it('opens aliyun/testing to tests only, and does not confuse folders of the same name elsewhere', () => {
    const fixture = "import { startScriptedCloud } from '../../../src/main/aliyun/testing/scripted-cloud';";
    expect(doorProblems('tests/integration/cloud-check/smoke.test.ts', fixture)).toEqual([]);
    expect(
      doorProblems('src/main/prices/scan.test.ts', "import { c } from '../aliyun/testing/caller-fixture';"),
    ).toEqual([]);
    expect(
      doorProblems('src/main/prices/scan.ts', "import { c } from '../aliyun/testing/caller-fixture';"),
    ).toHaveLength(1);
    expect(doorProblems('tests/integration/prices/scan.test.ts', "import { s } from '../aliyun/sim-api';")).toEqual([]);
    expect(doorProblems('src/main/runtime/x.ts', "import { s } from 'aliyun/paging';")).toEqual([]);
  });

  it('holds across this repository', () => {
    expect(projectDoorProblems(resolve(__dirname, '..', '..'))).toEqual([]);
  });
});
