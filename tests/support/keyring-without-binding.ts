import { copyFileSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { LoadKeyring } from '../../src/main/credentials/keyring-library';

/**
 * @napi-rs/keyring's own loader, copied into a folder where none of its per-platform binding
 * packages can be found: requiring it fails exactly as it does in an app packed without the
 * binding of its architecture.
 */
export function keyringWithoutBinding(): { load: LoadKeyring; dispose(): void } {
  const dir = mkdtempSync(join(tmpdir(), 'danlu-no-binding-'));
  const pkg = join(dir, 'node_modules', '@napi-rs', 'keyring');
  mkdirSync(pkg, { recursive: true });
  const source = dirname(require.resolve('@napi-rs/keyring/package.json'));
  for (const file of ['index.js', 'package.json']) copyFileSync(join(source, file), join(pkg, file));
  const load = createRequire(join(dir, 'index.js'));
  return { load: () => load('@napi-rs/keyring'), dispose: () => rmSync(dir, { recursive: true, force: true }) };
}
