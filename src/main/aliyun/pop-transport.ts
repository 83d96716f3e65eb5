import type { Agent } from 'node:http';
import RPCClient from '@alicloud/pop-core';
import { AppError } from '../../shared/errors';
import { asObject, type JsonObject, text, toPlain } from './response-fields';
import { TransportError, type TransportFailure } from './transport-failure';

/** An AccessKey pair (optionally an STS token). */
export interface Credentials {
  accessKeyId: string;
  accessKeySecret: string;
  securityToken?: string;
}

/** Static credentials, or a function asked before every request (e.g. reading the keychain). */
export type CredentialsSource = Credentials | (() => Promise<Credentials>);

export interface TransportRequest {
  endpoint: string;
  apiVersion: string;
  action: string;
  /** Already flattened: pop-core must see only strings. */
  params: Readonly<Record<string, string>>;
  timeoutMs: number;
  signal?: AbortSignal;
}

/** What pop-core 1.8 really accepts and returns; its bundled typings omit these. */
interface PopClient {
  request(action: string, params: object, options: object): Promise<[unknown, PopEntry]>;
  keepAliveAgent?: Agent;
}
interface PopEntry {
  response?: { statusCode?: number };
}
type PopConstructor = new (config: object, verbose: boolean) => PopClient;

/**
 * Sends one signed RPC request through pop-core and turns every way it can go wrong into a
 * TransportError: API error bodies, HTTP errors without `Code` (pop-core resolves those), the
 * plain non-Error object json-bigint throws for non-JSON bodies, timeouts and socket errors.
 * Always POST (upper case: pop-core only moves parameters into the body for exactly 'POST'),
 * so parameters and secrets never travel in a URL.
 */
export class PopTransport {
  private readonly clients = new Map<string, PopClient>();

  constructor(private readonly credentials: CredentialsSource) {}

  async send(req: TransportRequest): Promise<JsonObject> {
    if (req.signal?.aborted) throw req.signal.reason;
    const client = this.client(req.endpoint, req.apiVersion);
    const options = {
      method: 'POST',
      timeout: req.timeoutMs,
      formatAction: false,
      formatParams: false,
      // httpx hands these options to http.request, so aborting also destroys the socket.
      beforeRequest: (o: object) => (req.signal ? { ...o, signal: req.signal } : o),
    };
    const pending = client.request(req.action, { ...req.params }, options);
    let result: [unknown, PopEntry];
    try {
      result = await raceAbort(pending, req.signal);
    } catch (error) {
      if (req.signal?.aborted) throw req.signal.reason;
      if (error instanceof AppError) throw error;
      throw new TransportError(describeRejection(error, req.timeoutMs));
    }
    return readResult(result[0], result[1]);
  }

  /** Closes idle keep-alive sockets (tests and shutdown). */
  close(): void {
    for (const client of this.clients.values()) client.keepAliveAgent?.destroy();
    this.clients.clear();
  }

  private client(endpoint: string, apiVersion: string): PopClient {
    const key = `${endpoint}|${apiVersion}`;
    let client = this.clients.get(key);
    if (!client) {
      const source = this.credentials;
      const config =
        typeof source === 'function'
          ? { endpoint, apiVersion, credentialsProvider: { getCredentials: source } }
          : { endpoint, apiVersion, ...source };
      client = new (RPCClient as unknown as PopConstructor)(config, true);
      this.clients.set(key, client);
    }
    return client;
  }
}

function raceAbort<T>(pending: Promise<T>, signal: AbortSignal | undefined): Promise<T> {
  if (!signal) return pending;
  // The loser must not surface later as an unhandled rejection.
  pending.catch(() => {});
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(signal.reason);
    signal.addEventListener('abort', onAbort, { once: true });
    pending.then(
      (value) => {
        signal.removeEventListener('abort', onAbort);
        resolve(value);
      },
      (error: unknown) => {
        signal.removeEventListener('abort', onAbort);
        reject(error);
      },
    );
  });
}

function readResult(raw: unknown, entry: PopEntry): JsonObject {
  const status = entry.response?.statusCode ?? 0;
  const plain = toPlain(raw);
  if (plain === null || typeof plain !== 'object' || Array.isArray(plain)) {
    throw new TransportError({ type: 'not_json', snippet: `HTTP ${status}, body ${JSON.stringify(plain)}` });
  }
  const body = asObject(plain);
  // pop-core ignores the status: a 4xx/5xx JSON body without Code would pass as success.
  if (status >= 400) {
    throw new TransportError({
      type: 'http',
      status,
      message: text(body, 'Message'),
      requestId: text(body, 'RequestId') || undefined,
    });
  }
  return body;
}

function describeRejection(error: unknown, timeoutMs: number): TransportFailure {
  const e = (typeof error === 'object' && error !== null ? error : {}) as Record<string, unknown>;
  const name = typeof e.name === 'string' ? e.name : '';
  const message = typeof e.message === 'string' ? e.message : String(error);
  const data = e.data && typeof e.data === 'object' ? asObject(toPlain(e.data)) : undefined;
  if (data && typeof e.code === 'string') {
    const entry = e.entry as PopEntry | undefined;
    return {
      type: 'api',
      code: e.code,
      message: text(data, 'Message'),
      requestId: text(data, 'RequestId') || undefined,
      status: entry?.response?.statusCode,
    };
  }
  if (name === 'RequestTimeoutError') {
    return { type: 'timeout', phase: message.startsWith('ConnectTimeout') ? 'connect' : 'read', ms: timeoutMs };
  }
  // json-bigint throws a plain object (not an Error) for a body that is not JSON.
  if (name === 'SyntaxError' || error instanceof SyntaxError || error instanceof TypeError) {
    const body = typeof e.text === 'string' ? e.text : '';
    return { type: 'not_json', snippet: body ? body.slice(0, 80) : 'empty body' };
  }
  const code = typeof e.code === 'string' ? e.code : 'EUNKNOWN';
  return { type: 'network', code, message };
}
