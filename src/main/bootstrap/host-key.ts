import { createHash } from 'node:crypto';
import { utils } from 'ssh2';

/**
 * An instance's SSH host key, made by Danlu before the instance exists and handed to it at
 * creation (cloud-init `ssh_keys` in UserData), so the key is known — pinned — before the first
 * connection instead of trusted when first seen.
 */
export interface InstanceHostKey {
  /**
   * OpenSSH private key: goes to the instance in UserData; Danlu keeps it only in the OS keychain,
   * and only until the instance answered SSH (a resumed launch repeats the same request with it).
   */
  privateKey: string;
  /** "ssh-ed25519 AAAA…" as known_hosts and cloud-init want it. */
  publicKey: string;
  /** "SHA256:…" of the key blob, what the SSH client compares before logging in. */
  sha256: string;
}

/** "SHA256:<base64 without padding>" of an OpenSSH public key line (or of the raw key blob). */
export function hostKeySha256(key: string | Buffer): string {
  const blob = typeof key === 'string' ? Buffer.from(key.trim().split(/\s+/)[1] ?? '', 'base64') : key;
  return `SHA256:${createHash('sha256').update(blob).digest('base64').replace(/=+$/, '')}`;
}

/**
 * An Ed25519 pair in OpenSSH form that parses back. ssh2's generator drops a public key's leading
 * zero byte (about one key in 256), which yields a private key neither ssh2 nor OpenSSH reads: such
 * a pair is made again.
 */
export function ed25519Pair(comment?: string): { private: string; public: string } {
  for (;;) {
    const pair = utils.generateKeyPairSync('ed25519', comment ? { comment } : undefined);
    if (!(utils.parseKey(pair.private) instanceof Error)) return pair;
  }
}

export function makeHostKey(): InstanceHostKey {
  const pair = ed25519Pair('danlu-host');
  const publicKey = pair.public.trim();
  return { privateKey: pair.private, publicKey, sha256: hostKeySha256(publicKey) };
}

/** The host key again from its private half (kept in the keychain while a launch waits for its instance). */
export function hostKeyFromPrivate(privateKey: string): InstanceHostKey | undefined {
  const parsed = utils.parseKey(privateKey);
  if (parsed instanceof Error) return undefined;
  const key = Array.isArray(parsed) ? parsed[0] : parsed;
  if (!key) return undefined;
  const blob = key.getPublicSSH();
  const publicKey = `${key.type} ${blob.toString('base64')} danlu-host`;
  return { privateKey, publicKey, sha256: hostKeySha256(blob) };
}

/**
 * The cloud-config that makes cloud-init replace the image's host keys with this one on the
 * instance's first boot (cloud-init generates no other keys when `ssh_keys` is given).
 */
export function hostKeyUserData(key: InstanceHostKey): string {
  const indented = key.privateKey
    .trim()
    .split('\n')
    .map((line) => `    ${line}`)
    .join('\n');
  return [
    '#cloud-config',
    '# Written by Danlu: the SSH host key it pinned before this machine existed.',
    'ssh_deletekeys: true',
    'ssh_keys:',
    '  ed25519_private: |',
    indented,
    `  ed25519_public: ${key.publicKey}`,
    '',
  ].join('\n');
}
