import { createHash } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { utils } from 'ssh2';

export interface LocalKey {
  privateKeyPath: string;
  privateKey: string;
  /** OpenSSH public key line. */
  publicKey: string;
  /** The name it is imported under in every region: "danlu-" + a digest of the public key. */
  keyPairName: string;
}

/** Where Danlu's private SSH key lives in the app data folder (what `ssh -i` names). */
export function localKeyPath(dataDir: string): string {
  return join(dataDir, 'keys', 'danlu_rsa');
}

/**
 * Danlu's own SSH key, made once and kept in the app data folder with owner-only permissions.
 * RSA, because ImportKeyPair documents RSA (ed25519 acceptance is not documented).
 */
export function ensureLocalKey(dataDir: string): LocalKey {
  const privateKeyPath = localKeyPath(dataDir);
  const dir = dirname(privateKeyPath);
  const publicPath = `${privateKeyPath}.pub`;
  if (!existsSync(privateKeyPath) || !existsSync(publicPath)) {
    mkdirSync(dir, { recursive: true, mode: 0o700 });
    const pair = utils.generateKeyPairSync('rsa', { bits: 3072, comment: 'danlu' });
    writeFileSync(privateKeyPath, pair.private, { mode: 0o600 });
    writeFileSync(publicPath, `${pair.public.trim()}\n`, { mode: 0o644 });
  }
  chmodSync(privateKeyPath, 0o600);
  const publicKey = readFileSync(publicPath, 'utf8').trim();
  return {
    privateKeyPath,
    privateKey: readFileSync(privateKeyPath, 'utf8'),
    publicKey,
    keyPairName: `danlu-${createHash('sha256')
      .update(publicKey.split(' ')[1] ?? publicKey)
      .digest('hex')
      .slice(0, 12)}`,
  };
}
