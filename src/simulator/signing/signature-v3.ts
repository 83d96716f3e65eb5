import { createHash, createHmac } from 'node:crypto';
import { byCodeUnit, percentEncode } from './percent-encode';

export const V3_ALGORITHM = 'ACS3-HMAC-SHA256';

/** The parts of an `Authorization: ACS3-HMAC-SHA256 Credential=…,SignedHeaders=…,Signature=…` header. */
export interface V3Authorization {
  accessKeyId: string;
  signedHeaders: string[];
  signature: string;
}

export function parseV3Authorization(header: string): V3Authorization | undefined {
  const m = /^ACS3-HMAC-SHA256\s+(.*)$/.exec(header.trim());
  if (!m) return undefined;
  const fields = new Map<string, string>();
  for (const part of (m[1] as string).split(',')) {
    const eq = part.indexOf('=');
    if (eq > 0) fields.set(part.slice(0, eq).trim(), part.slice(eq + 1).trim());
  }
  const accessKeyId = fields.get('Credential');
  const signedHeaders = fields.get('SignedHeaders');
  const signature = fields.get('Signature');
  if (!accessKeyId || !signedHeaders || !signature) return undefined;
  return { accessKeyId, signedHeaders: signedHeaders.split(';').filter(Boolean), signature };
}

export function sha256Hex(data: string | Buffer): string {
  return createHash('sha256').update(data).digest('hex');
}

/** The canonical request: method, path, sorted encoded query, signed headers, their names, payload hash. */
export function v3CanonicalRequest(input: {
  method: string;
  path: string;
  query: ReadonlyMap<string, string>;
  headers: Readonly<Record<string, string | string[] | undefined>>;
  signedHeaders: readonly string[];
  payloadHash: string;
}): string {
  const query = [...input.query.entries()]
    .sort((a, b) => byCodeUnit(a[0], b[0]))
    .map(([name, value]) => `${percentEncode(name)}=${percentEncode(value)}`)
    .join('&');
  const names = [...input.signedHeaders].map((h) => h.toLowerCase()).sort(byCodeUnit);
  const headers = names
    .map((name) => {
      const raw = input.headers[name];
      const value = Array.isArray(raw) ? raw.map((v) => v.trim()).join(',') : (raw ?? '').trim();
      return `${name}:${value}\n`;
    })
    .join('');
  return [input.method.toUpperCase(), input.path || '/', query, headers, names.join(';'), input.payloadHash].join('\n');
}

export function v3StringToSign(canonicalRequest: string): string {
  return `${V3_ALGORITHM}\n${sha256Hex(canonicalRequest)}`;
}

/** Hex HMAC-SHA256 keyed with the bare secret. */
export function v3Signature(accessKeySecret: string, stringToSign: string): string {
  return createHmac('sha256', accessKeySecret).update(stringToSign, 'utf8').digest('hex');
}
