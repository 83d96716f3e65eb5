import { createHmac } from 'node:crypto';
import { byCodeUnit, percentEncode } from './percent-encode';

/** StringToSign of signature v1 (HMAC-SHA1): method, encoded "/", encoded canonical query of every parameter but Signature. */
export function v1StringToSign(method: string, params: ReadonlyMap<string, string>): string {
  const canonical = [...params.entries()]
    .filter(([name]) => name !== 'Signature')
    .map(([name, value]) => [percentEncode(name), percentEncode(value)] as const)
    .sort((a, b) => byCodeUnit(a[0], b[0]))
    .map(([name, value]) => `${name}=${value}`)
    .join('&');
  return `${method.toUpperCase()}&${percentEncode('/')}&${percentEncode(canonical)}`;
}

/** Base64 HMAC-SHA1 keyed with the secret plus a literal "&". */
export function v1Signature(accessKeySecret: string, stringToSign: string): string {
  return createHmac('sha1', `${accessKeySecret}&`).update(stringToSign, 'utf8').digest('base64');
}
