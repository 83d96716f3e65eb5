/**
 * Before packing: puts the keychain binding of every target an installer is packed for into
 * node_modules, exactly as package-lock.json pins it.
 *
 *   tsx scripts/packaging/install-keyring-bindings.ts darwin-x64 darwin-arm64
 */
import { resolve } from 'node:path';
import { ensureBindings } from './keyring-bindings';
import { parseTarget } from './targets';

try {
  const targets = process.argv.slice(2).map(parseTarget);
  if (targets.length === 0) throw new Error('name at least one target, e.g. darwin-x64 darwin-arm64');
  for (const line of ensureBindings(resolve(__dirname, '..', '..'), targets)) console.log(line);
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}
