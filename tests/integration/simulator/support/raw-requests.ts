import { randomUUID } from 'node:crypto';
import type { Simulator } from '../../../../src/simulator/index';
import { percentEncode } from '../../../../src/simulator/signing/percent-encode';
import { v1Signature, v1StringToSign } from '../../../../src/simulator/signing/signature-v1';
import {
  sha256Hex,
  V3_ALGORITHM,
  v3CanonicalRequest,
  v3Signature,
  v3StringToSign,
} from '../../../../src/simulator/signing/signature-v3';

/** Seconds-precision UTC like the clients send. */
export const stamp = (ms = Date.now()) => `${new Date(ms).toISOString().slice(0, 19)}Z`;

/** A v1-signed GET URL (signed with the simulator's verifier, itself checked against the documented vectors). */
export function signedV1Url(
  sim: Simulator,
  params: Record<string, string>,
  options: { secret?: string; timestamp?: string; nonce?: string; accessKeyId?: string } = {},
): string {
  const all = new Map(
    Object.entries({
      Format: 'JSON',
      Version: '2014-05-26',
      AccessKeyId: options.accessKeyId ?? sim.accessKeyId,
      SignatureMethod: 'HMAC-SHA1',
      SignatureVersion: '1.0',
      SignatureNonce: options.nonce ?? randomUUID(),
      Timestamp: options.timestamp ?? stamp(),
      ...params,
    }),
  );
  const signature = v1Signature(options.secret ?? sim.accessKeySecret, v1StringToSign('GET', all));
  const query = [...all].map(([k, v]) => `${percentEncode(k)}=${percentEncode(v)}`).join('&');
  return `${sim.endpoint}/?${query}&Signature=${percentEncode(signature)}`;
}

/** A V3 (ACS3-HMAC-SHA256) POST with the business parameters in the query, as the official SDK sends it. */
export async function fetchV3(
  sim: Simulator,
  action: string,
  params: Record<string, string>,
  options: { date?: string; nonce?: string; secret?: string; version?: string } = {},
): Promise<{ status: number; body: Record<string, unknown> }> {
  const host = sim.endpoint.replace('http://', '');
  const headers: Record<string, string> = {
    host,
    'x-acs-action': action,
    'x-acs-version': options.version ?? '2014-05-26',
    'x-acs-date': options.date ?? stamp(),
    'x-acs-signature-nonce': options.nonce ?? randomUUID().replace(/-/g, ''),
    'x-acs-content-sha256': sha256Hex(''),
  };
  const query = new Map(Object.entries(params));
  const signedHeaders = Object.keys(headers).sort();
  const canonical = v3CanonicalRequest({
    method: 'POST',
    path: '/',
    query,
    headers,
    signedHeaders,
    payloadHash: headers['x-acs-content-sha256'] ?? '',
  });
  const signature = v3Signature(options.secret ?? sim.accessKeySecret, v3StringToSign(canonical));
  headers.authorization = `${V3_ALGORITHM} Credential=${sim.accessKeyId},SignedHeaders=${signedHeaders.join(';')},Signature=${signature}`;
  const qs = [...query].map(([k, v]) => `${percentEncode(k)}=${percentEncode(v)}`).join('&');
  const { host: _host, ...sent } = headers;
  const response = await fetch(`${sim.endpoint}/?${qs}`, { method: 'POST', headers: sent });
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}
