import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

/** Where `npm test` finds its files (vitest.config.mts). */
const ROOTS = ['src', 'scripts', 'tests/integration', 'tests/support'];

/**
 * What starts a simulator in a test: the test simulator itself and every harness built on it.
 * A new harness belongs here; the test next to this file fails when a file starts one another way.
 */
export const SIMULATOR_STARTERS = [
  'startTestSimulator(',
  'startSimApi(',
  'startBridgeHarness(',
  'contractRuntime(',
  'simPerTest(',
];

function testFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'node_modules' ? [] : testFiles(path);
    return /\.test\.tsx?$/.test(entry.name) ? [path] : [];
  });
}

/** Every vitest file under `root` that starts a simulator, relative to `root`, sorted. */
export function simulatorSuites(root: string): string[] {
  return ROOTS.flatMap((dir) => testFiles(join(root, dir)))
    .filter((file) => {
      const text = readFileSync(file, 'utf8');
      return SIMULATOR_STARTERS.some((starter) => text.includes(starter));
    })
    .map((file) => relative(root, file))
    .sort();
}
