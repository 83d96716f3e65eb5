/**
 * `npm run lint:doors` (part of `npm run lint`): no code outside src/main/sessions or
 * src/main/aliyun imports a path below them; they are entered through their index.ts.
 */
import { resolve } from 'node:path';
import { DOORS, projectCodeFiles, projectDoorProblems } from './door-policy';

const root = resolve(__dirname, '..', '..');
const problems = projectDoorProblems(root);
for (const p of problems) console.log(`${p.file}:${p.line}: ${p.message}`);
console.log(
  `doors (${DOORS.map((d) => d.folder).join(', ')}): ${projectCodeFiles(root).length} file(s) checked, ${problems.length} problem(s)`,
);
process.exit(problems.length === 0 ? 0 : 1);
