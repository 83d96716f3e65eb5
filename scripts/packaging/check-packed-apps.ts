/**
 * Run after packing, on every machine that packs: for each app electron-builder left in the
 * output folder, prints the architecture of its executable and of every `.node` file under
 * app.asar.unpacked, and exits 1 when they do not match, when the keychain binding is missing,
 * or when a named target was not packed at all.
 *
 *   tsx scripts/packaging/check-packed-apps.ts dist darwin-x64 darwin-arm64
 */
import { resolve } from 'node:path';
import { appNames, checkOutputFolder } from './packed-apps';
import { parseTarget } from './targets';

const [folder = 'dist', ...targets] = process.argv.slice(2);
try {
  for (const target of targets) parseTarget(target);
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(2);
}
const output = resolve(folder);
const result = checkOutputFolder(output, appNames(resolve(__dirname, '..', '..')), targets);
for (const line of result.lines) console.log(line);
if (!result.ok) {
  console.error(`\nthe packed apps in ${output} do not match their native modules`);
  process.exit(1);
}
console.log('\nevery packed app carries native modules for its own architecture');
