import { createHash, generateKeyPairSync } from 'node:crypto';

const TYPES = ['ssh-rsa', 'ssh-dss', 'ecdsa-sha2-nistp256', 'ecdsa-sha2-nistp384', 'ecdsa-sha2-nistp521'];

/** The key blob of an OpenSSH public key line when its type is accepted; undefined when malformed. */
export function parsePublicKey(line: string, acceptEd25519: boolean): Buffer | undefined {
  const [type, data] = line.trim().split(/\s+/);
  if (!type || !data) return undefined;
  const allowed = acceptEd25519 ? [...TYPES, 'ssh-ed25519'] : TYPES;
  if (!allowed.includes(type) || !/^[A-Za-z0-9+/]+={0,2}$/.test(data)) return undefined;
  const blob = Buffer.from(data, 'base64');
  if (blob.length < 4) return undefined;
  const nameLength = blob.readUInt32BE(0);
  if (nameLength + 4 > blob.length || blob.subarray(4, 4 + nameLength).toString('latin1') !== type) return undefined;
  return blob;
}

/** MD5 of the key blob as colon-separated hex, the form KeyPairFingerPrint takes. */
export function md5Fingerprint(blob: Buffer): string {
  return (createHash('md5').update(blob).digest('hex').match(/../g) ?? []).join(':');
}

/** A fresh RSA key pair: PKCS#8 PEM private key and the OpenSSH public key line. */
export function generateRsaKeyPair(comment: string): { privateKeyPem: string; publicKeyLine: string; blob: Buffer } {
  const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const jwk = publicKey.export({ format: 'jwk' });
  const blob = Buffer.concat([
    sshString(Buffer.from('ssh-rsa')),
    sshString(mpint(Buffer.from(jwk.e ?? '', 'base64url'))),
    sshString(mpint(Buffer.from(jwk.n ?? '', 'base64url'))),
  ]);
  return {
    privateKeyPem: privateKey.export({ format: 'pem', type: 'pkcs8' }).toString(),
    publicKeyLine: `ssh-rsa ${blob.toString('base64')} ${comment}`,
    blob,
  };
}

function sshString(data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  return Buffer.concat([length, data]);
}

function mpint(data: Buffer): Buffer {
  // A leading 0x00 keeps a number with its top bit set positive.
  return (data[0] ?? 0) & 0x80 ? Buffer.concat([Buffer.from([0]), data]) : data;
}
