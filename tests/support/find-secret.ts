import { lstatSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** How the secret was written where it was found. */
export type SecretEncoding = 'raw' | 'base64' | 'base64url' | 'url' | 'json' | 'hex' | 'utf16le';

export interface SecretHit {
  file: string;
  encoding: SecretEncoding;
  /** Byte offset of the match in the file. */
  offset: number;
}

export interface SecretScan {
  hits: SecretHit[];
  /** Every regular file read, so a test can show it looked somewhere real. */
  scannedFiles: string[];
}

/**
 * Base64 of the secret as it would appear at any position inside a longer base64 text: encoded
 * after 0, 1 or 2 leading bytes, keeping only the characters that depend on the secret alone.
 */
function base64Needles(secret: Buffer): string[] {
  const needles: string[] = [];
  for (let lead = 0; lead < 3; lead++) {
    const encoded = Buffer.concat([Buffer.alloc(lead), secret])
      .toString('base64')
      .replace(/=+$/, '');
    const from = Math.ceil((8 * lead) / 6);
    const to = Math.floor((8 * (lead + secret.length)) / 6);
    if (to - from >= 4) needles.push(encoded.slice(from, to));
  }
  return needles;
}

/** Every form in which a secret could leak into a file. */
function needles(secret: string): { encoding: SecretEncoding; bytes: Buffer }[] {
  const raw = Buffer.from(secret, 'utf8');
  const forms: { encoding: SecretEncoding; text: string | Buffer }[] = [
    { encoding: 'raw', text: raw },
    { encoding: 'url', text: encodeURIComponent(secret) },
    // RFC 3986 as signing code does it: also !'()* escaped, and form-style "+" for spaces.
    {
      encoding: 'url',
      text: encodeURIComponent(secret).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`),
    },
    { encoding: 'url', text: encodeURIComponent(secret).replace(/%20/g, '+') },
    { encoding: 'url', text: encodeURIComponent(secret).replace(/%[0-9A-F]{2}/g, (m) => m.toLowerCase()) },
    { encoding: 'json', text: JSON.stringify(secret).slice(1, -1) },
    { encoding: 'hex', text: raw.toString('hex') },
    { encoding: 'utf16le', text: Buffer.from(secret, 'utf16le') },
    ...base64Needles(raw).flatMap((b64) => [
      { encoding: 'base64' as const, text: b64 },
      { encoding: 'base64url' as const, text: b64.replace(/\+/g, '-').replace(/\//g, '_') },
    ]),
  ];
  const seen = new Set<string>();
  return forms
    .map(({ encoding, text }) => ({ encoding, bytes: typeof text === 'string' ? Buffer.from(text, 'utf8') : text }))
    .filter(({ bytes }) => {
      const key = bytes.toString('hex');
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
}

function collect(path: string, files: string[]): void {
  const stat = lstatSync(path, { throwIfNoEntry: false });
  if (!stat || stat.isSymbolicLink()) return;
  if (stat.isDirectory()) {
    for (const name of readdirSync(path)) collect(join(path, name), files);
  } else if (stat.isFile()) {
    files.push(path);
  }
}

/**
 * Looks for a secret in every file under the given directories and in the given files (logs),
 * raw and in the encodings a leak would take: base64 (at any alignment), base64url,
 * URL-encoding, JSON escaping, hex, UTF-16. Symlinks are not followed.
 */
export function findSecret(secret: string, paths: string[]): SecretScan {
  if (secret.length < 6) throw new Error('findSecret needs a secret of at least 6 characters to avoid chance matches');
  const forms = needles(secret);
  const scannedFiles: string[] = [];
  for (const path of paths) collect(path, scannedFiles);
  const hits: SecretHit[] = [];
  for (const file of scannedFiles) {
    const content = readFileSync(file);
    for (const { encoding, bytes } of forms) {
      for (let at = content.indexOf(bytes); at >= 0; at = content.indexOf(bytes, at + 1)) {
        hits.push({ file, encoding, offset: at });
      }
    }
  }
  return { hits, scannedFiles };
}
