import type { ResponseBody } from './action';
import { apiError } from './api-error';

/** Parameters that differ on every retry and so never count as "different parameters". */
const VOLATILE = new Set([
  'AccessKeyId',
  'Signature',
  'SignatureMethod',
  'SignatureVersion',
  'SignatureNonce',
  'SignatureType',
  'Timestamp',
  'Format',
  'Version',
  'Action',
  'ClientToken',
  'SecurityToken',
]);

/** Remembers the answer to every successful create that carried a ClientToken. */
export class IdempotencyStore {
  private readonly answers = new Map<string, { fingerprint: string; body: ResponseBody }>();

  /** The stored answer for a repeat; throws IdempotentParameterMismatch when the token was used with other parameters. */
  lookup(scope: string, token: string, params: Array<[string, string]>): ResponseBody | undefined {
    const found = this.answers.get(`${scope}\u0000${token}`);
    if (!found) return undefined;
    if (found.fingerprint !== fingerprint(params)) throw apiError('IdempotentParameterMismatch');
    return structuredClone(found.body);
  }

  remember(scope: string, token: string, params: Array<[string, string]>, body: ResponseBody): void {
    this.answers.set(`${scope}\u0000${token}`, { fingerprint: fingerprint(params), body: structuredClone(body) });
  }

  clear(): void {
    this.answers.clear();
  }

  /** Every remembered answer, to be saved: a create retried after a restart still finds its answer. */
  exportAnswers(): Array<[string, { fingerprint: string; body: ResponseBody }]> {
    return structuredClone([...this.answers]);
  }

  importAnswers(answers: Array<[string, { fingerprint: string; body: ResponseBody }]>): void {
    this.answers.clear();
    for (const [key, answer] of answers) this.answers.set(key, answer);
  }
}

function fingerprint(params: Array<[string, string]>): string {
  return JSON.stringify(params.filter(([k]) => !VOLATILE.has(k)).sort((a, b) => (a[0] < b[0] ? -1 : 1)));
}
