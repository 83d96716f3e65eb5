import { readdirSync, readFileSync } from 'node:fs';
import { join, posix } from 'node:path';
import ts from 'typescript';

/**
 * A folder that outside code enters only through its index.ts, so what lies behind the door can
 * be rearranged without touching its callers. `fixtures` are sub-folders that test code may
 * also import (ready-made fakes of what the folder talks to).
 */
export interface Door {
  folder: string;
  fixtures?: string[];
}

export const DOORS: Door[] = [
  { folder: 'src/main/sessions' },
  { folder: 'src/main/aliyun', fixtures: ['src/main/aliyun/testing'] },
];

/** One import that goes around a door. */
export interface DoorProblem {
  file: string;
  line: number;
  specifier: string;
  message: string;
}

const isTestCode = (file: string) => file.startsWith('tests/') || /\.(test|spec)\.[cm]?tsx?$/.test(file);
const within = (path: string, folder: string) => path === folder || path.startsWith(`${folder}/`);
const INDEX = /^index(\.[cm]?[jt]sx?)?$/;

/** The door a resolved import target stands behind and goes around, if any. */
function bypassedDoor(file: string, target: string, doors: Door[]): Door | undefined {
  for (const door of doors) {
    if (!target.startsWith(`${door.folder}/`) || within(file, door.folder)) continue;
    if (INDEX.test(target.slice(door.folder.length + 1))) continue;
    if (isTestCode(file) && door.fixtures?.some((f) => within(target, f))) continue;
    return door;
  }
  return undefined;
}

function doorMessage(file: string, specifier: string, door: Door): string {
  const relative = posix.relative(posix.dirname(file), door.folder);
  const index = relative.startsWith('.') ? relative : `./${relative}`;
  const fixtures = door.fixtures?.length ? `; tests may also use ${door.fixtures.map((f) => `${f}/`).join(', ')}` : '';
  return `'${specifier}' goes around the door of ${door.folder}: import from '${index}' (its index.ts) and export what is missing there${fixtures}`;
}

/**
 * Every import, export-from, require or dynamic import in one file (its path relative to the
 * repository, with forward slashes) that reaches below a door from outside it.
 */
export function doorProblems(file: string, text: string, doors: Door[] = DOORS): DoorProblem[] {
  const problems: DoorProblem[] = [];
  const { importedFiles } = ts.preProcessFile(text, true, true);
  for (const imported of importedFiles) {
    const specifier = imported.fileName;
    if (!specifier.startsWith('.')) continue;
    const target = posix.normalize(posix.join(posix.dirname(file), specifier));
    const door = bypassedDoor(file, target, doors);
    if (!door) continue;
    const line = text.slice(0, imported.pos).split('\n').length;
    problems.push({ file, line, specifier, message: doorMessage(file, specifier, door) });
  }
  return problems;
}

const SOURCE = /\.[cm]?[jt]sx?$/;
const SKIP = new Set(['node_modules', 'out', 'dist']);

/** The code files of the project that may import anything: under src, tests and scripts. */
export function projectCodeFiles(root: string): string[] {
  const files: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(join(root, dir), { withFileTypes: true })) {
      const path = `${dir}/${entry.name}`;
      if (entry.isDirectory() && !SKIP.has(entry.name)) walk(path);
      else if (entry.isFile() && SOURCE.test(entry.name)) files.push(path);
    }
  };
  for (const top of ['src', 'tests', 'scripts']) walk(top);
  return files.sort();
}

/** Every door problem of the project at `root`. */
export function projectDoorProblems(root: string): DoorProblem[] {
  return projectCodeFiles(root).flatMap((file) => doorProblems(file, readFileSync(join(root, file), 'utf8')));
}
