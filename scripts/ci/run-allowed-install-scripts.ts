/**
 * After `npm ci --ignore-scripts`: runs the install scripts of exactly the packages
 * package.json's `allowScripts` allows, and fails when an installed package has an install
 * script nobody reviewed.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { installScriptPolicy } from './install-script-policy';

const root = resolve(__dirname, '..', '..');
const read = (file: string) => JSON.parse(readFileSync(join(root, file), 'utf8'));
const policy = installScriptPolicy(read('package.json'), read('package-lock.json'));

if (policy.unreviewed.length > 0) {
  console.error(
    `install scripts not reviewed in package.json "allowScripts": ${policy.unreviewed.join(', ')} — decide true or false for each`,
  );
  process.exit(1);
}
console.log(`install scripts skipped: ${policy.denied.join(', ') || 'none'}`);
if (policy.allowed.length > 0) {
  console.log(`running the install scripts of: ${policy.allowed.join(', ')}`);
  execFileSync('npm', ['rebuild', '--foreground-scripts', ...policy.allowed], {
    cwd: root,
    stdio: 'inherit',
    // npm is a .cmd script on Windows, which only a shell can start.
    shell: process.platform === 'win32',
  });
}
