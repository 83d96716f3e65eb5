/**
 * `npm run docs:ram-policy`: writes the RAM policies the app builds from the action table into
 * README.md's "RAM policy" section (its two JSON blocks), so the copy people paste never drifts
 * from what the app shows. `--check` only says whether the copy is current (exit 1 when not).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { ramPolicyJson, ramPolicyStrictJson } from '../../src/main/credentials/ram-policy';
import { withRamPolicies } from './ram-policy-section';

const file = resolve(__dirname, '..', '..', 'README.md');
const before = readFileSync(file, 'utf8').replace(/\r\n/g, '\n');
const after = withRamPolicies(before, [ramPolicyJson, ramPolicyStrictJson]);
if (after === before) {
  console.log('README.md: the RAM policies are current');
} else if (process.argv.includes('--check')) {
  console.log('README.md: the RAM policies differ from the app’s; run npm run docs:ram-policy');
  process.exit(1);
} else {
  writeFileSync(file, after);
  console.log('README.md: the RAM policies were rewritten from the action table');
}
