import { timingSafeEqual } from 'node:crypto';
import { apiError, missingParameter } from '../api/api-error';
import { v1Signature, v1StringToSign } from './signature-v1';
import {
  parseV3Authorization,
  sha256Hex,
  V3_ALGORITHM,
  v3CanonicalRequest,
  v3Signature,
  v3StringToSign,
} from './signature-v3';

/** A request as the signature check needs it. */
export interface SignedRequest {
  method: string;
  path: string;
  headers: Readonly<Record<string, string | string[] | undefined>>;
  /** Parameters from the URL query only. */
  query: ReadonlyMap<string, string>;
  /** Query plus form body: what v1 signs. */
  params: ReadonlyMap<string, string>;
  body: Buffer;
}

export interface AuthOptions {
  /** How far a request's timestamp may be from wall time (both directions). */
  timestampSkewMs: number;
  /** How long a used nonce is remembered. */
  nonceWindowMs: number;
}

const TIMESTAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,3})?Z$/;

/** Verifies v1 (HMAC-SHA1) and V3 (ACS3-HMAC-SHA256) signatures against wall time; returns the caller's AccessKeyId. */
export class Authenticator {
  private readonly nonces = new Map<string, number>();

  constructor(
    private readonly secretOf: (accessKeyId: string) => string | undefined,
    private readonly options: AuthOptions,
    private readonly wallNow: () => number = Date.now,
  ) {}

  verify(request: SignedRequest): { accessKeyId: string; style: 'v1' | 'v3' } {
    const authorization = header(request.headers, 'authorization');
    if (authorization?.startsWith('ACS3-')) return { accessKeyId: this.verifyV3(request, authorization), style: 'v3' };
    return { accessKeyId: this.verifyV1(request), style: 'v1' };
  }

  reset(): void {
    this.nonces.clear();
  }

  private verifyV1(request: SignedRequest): string {
    const p = request.params;
    const accessKeyId = p.get('AccessKeyId');
    if (!accessKeyId) throw missingParameter('AccessKeyId');
    const signature = p.get('Signature');
    if (!signature) throw apiError('IncompleteSignature');
    if (p.get('SignatureMethod') !== 'HMAC-SHA1' || p.get('SignatureVersion') !== '1.0') {
      throw apiError('IncompleteSignature', 'The request signature does not conform to Aliyun standards.');
    }
    const secret = this.secretOf(accessKeyId);
    if (secret === undefined) throw apiError('InvalidAccessKeyId.NotFound');
    this.checkTimestamp(p.get('Timestamp'));
    const nonce = p.get('SignatureNonce');
    if (!nonce) throw missingParameter('SignatureNonce');
    const stringToSign = v1StringToSign(request.method, p);
    if (!sameText(v1Signature(secret, stringToSign), signature)) {
      throw apiError(
        'SignatureDoesNotMatch',
        `Specified signature is not matched with our calculation. server string to sign is:${stringToSign}`,
      );
    }
    this.recordNonce(accessKeyId, nonce);
    return accessKeyId;
  }

  private verifyV3(request: SignedRequest, authorization: string): string {
    if (!authorization.startsWith(`${V3_ALGORITHM} `)) {
      throw apiError('IncompleteSignature', 'The signature algorithm is not supported.');
    }
    const auth = parseV3Authorization(authorization);
    if (!auth) throw apiError('IncompleteSignature');
    const signed = new Set(auth.signedHeaders.map((h) => h.toLowerCase()));
    for (const required of ['host', 'x-acs-action', 'x-acs-version', 'x-acs-date', 'x-acs-signature-nonce']) {
      if (!signed.has(required)) {
        throw apiError(
          'IncompleteSignature',
          `The request signature does not conform to Aliyun standards: ${required} must be signed.`,
        );
      }
    }
    const secret = this.secretOf(auth.accessKeyId);
    if (secret === undefined) throw apiError('InvalidAccessKeyId.NotFound');
    this.checkTimestamp(header(request.headers, 'x-acs-date'));
    const payloadHash = header(request.headers, 'x-acs-content-sha256') ?? '';
    const canonical = v3CanonicalRequest({
      method: request.method,
      path: request.path,
      query: request.query,
      headers: request.headers,
      signedHeaders: auth.signedHeaders,
      payloadHash,
    });
    const stringToSign = v3StringToSign(canonical);
    if (!sameText(v3Signature(secret, stringToSign), auth.signature)) {
      throw apiError(
        'SignatureDoesNotMatch',
        `Specified signature is not matched with our calculation. server string to sign is:${stringToSign}`,
      );
    }
    if (payloadHash !== sha256Hex(request.body)) {
      throw apiError('SignatureDoesNotMatch', 'The x-acs-content-sha256 header does not match the request body.');
    }
    this.recordNonce(auth.accessKeyId, header(request.headers, 'x-acs-signature-nonce') ?? '');
    return auth.accessKeyId;
  }

  private checkTimestamp(value: string | undefined): void {
    if (!value) throw missingParameter('Timestamp');
    if (!TIMESTAMP.test(value)) throw apiError('InvalidTimeStamp.Format');
    const at = Date.parse(value);
    if (Number.isNaN(at)) throw apiError('InvalidTimeStamp.Format');
    if (Math.abs(this.wallNow() - at) > this.options.timestampSkewMs) throw apiError('InvalidTimeStamp.Expired');
  }

  private recordNonce(accessKeyId: string, nonce: string): void {
    const now = this.wallNow();
    if (this.nonces.size > 10_000) {
      for (const [key, expires] of this.nonces) if (expires <= now) this.nonces.delete(key);
    }
    const key = `${accessKeyId}\u0000${nonce}`;
    const expires = this.nonces.get(key);
    if (expires !== undefined && expires > now) throw apiError('SignatureNonceUsed');
    this.nonces.set(key, now + this.options.nonceWindowMs);
  }
}

function header(headers: SignedRequest['headers'], name: string): string | undefined {
  const value = headers[name];
  return Array.isArray(value) ? value.join(',') : value;
}

function sameText(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}
