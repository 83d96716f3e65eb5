import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

const HEADING = /^## .*Where things live\s*$/m;

/** The paths named at the start of the lines of README's "Where things live" block, e.g. "src/main/aliyun/". */
export function mapPaths(readme: string): string[] {
  const heading = HEADING.exec(readme);
  if (!heading) return [];
  const block = /```\n([\s\S]*?)\n```/.exec(readme.slice(heading.index))?.[1] ?? '';
  return block
    .split('\n')
    .map((line) => /^(\S+\/)\s/.exec(`${line} `)?.[1])
    .filter((path): path is string => path !== undefined);
}

/**
 * What the map gets wrong against the tree at `root`: a folder of src/main it does not name, or
 * a path it names that does not exist.
 */
export function mapProblems(readme: string, root: string): string[] {
  const named = mapPaths(readme);
  if (named.length === 0) return ['README.md has no "## … Where things live" section with a code block'];
  const folders = readdirSync(join(root, 'src/main'), { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => `src/main/${entry.name}/`);
  return [
    ...folders.filter((f) => !named.includes(f)).map((f) => `${f} is not on README's map`),
    ...named.filter((p) => !existsSync(join(root, p))).map((p) => `README's map names ${p}, which does not exist`),
  ];
}
