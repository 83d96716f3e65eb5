/**
 * `npx tsx scripts/packaging/check-deb-depends.ts [dist/danlu_*.deb]`: the deb's dependencies,
 * read from the built deb's control file when one is named (else from electron-builder.yml),
 * against electron-builder's defaults plus libsecret. Exits 1, naming what is missing, when the
 * deb would install on a clean system without a library Electron or the keychain needs.
 */
import { resolve } from 'node:path';
import { debDependsOf, missingDepends, requiredDebDepends } from './deb-depends';

const root = resolve(__dirname, '../..');
const debs = process.argv.slice(2);
let failed = false;
for (const deb of debs.length > 0 ? debs : [undefined]) {
  const packed = debDependsOf(root, deb);
  const missing = missingDepends(packed.depends, requiredDebDepends(root));
  console.log(`${packed.from}: Depends ${packed.depends.join(', ')}`);
  if (missing.length > 0) {
    failed = true;
    console.error(`  missing ${missing.join(', ')} (electron-builder's defaults and libsecret-1-0 are all needed)`);
  }
}
process.exit(failed ? 1 : 0);
