import { createHmac } from 'node:crypto';
import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';

/** Test credentials the scripted cloud verifies signatures with. */
export const TEST_CREDENTIALS = { accessKeyId: 'test-key-id', accessKeySecret: 'test-secret-7f3a9c' };

/** One request as the scripted cloud received it. */
export interface SeenRequest {
  method: string;
  /** Path and query as sent; pop-core POSTs to "/" with everything in the body. */
  url: string;
  headers: IncomingHttpHeaders;
  /** All parameters (query and form body), decoded. */
  params: Record<string, string>;
  action: string;
  version: string;
  /** Whether the v1 HMAC-SHA1 signature matches, computed as the cloud does. */
  signatureValid: boolean;
}

/** How the scripted cloud answers one request. */
export interface Reply {
  status?: number;
  /** Sent as JSON; a RequestId is added to objects that lack one. */
  json?: unknown;
  /** Sent verbatim instead of `json` (e.g. an HTML error page). */
  body?: string;
  /** Wait this long (real time) before answering. */
  delayMs?: number;
  /** Drop the connection without answering. */
  hangUp?: boolean;
  /** Never answer (until the server closes). */
  hang?: boolean;
}

export type Script = (request: SeenRequest, index: number) => Reply | Promise<Reply>;

export interface ScriptedCloud {
  endpoint: string;
  requests: SeenRequest[];
  close(): Promise<void>;
}

function percentEncode(value: string): string {
  return encodeURIComponent(value).replace(/[!'()*]/g, (ch) => `%${ch.charCodeAt(0).toString(16).toUpperCase()}`);
}

function verify(method: string, params: Record<string, string>, secret: string): boolean {
  const { Signature: signature, ...rest } = params;
  if (!signature) return false;
  const canonical = Object.keys(rest)
    .map((k) => [percentEncode(k), percentEncode(rest[k] ?? '')] as const)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([k, v]) => `${k}=${v}`)
    .join('&');
  const stringToSign = `${method}&%2F&${percentEncode(canonical)}`;
  const expected = createHmac('sha1', `${secret}&`).update(stringToSign).digest('base64');
  return expected === signature;
}

let requestCounter = 0;

/**
 * A local HTTP server on 127.0.0.1 that answers each request as the test's script says, and
 * records what it received. It speaks the wire format pop-core speaks, nothing more.
 */
export async function startScriptedCloud(script: Script): Promise<ScriptedCloud> {
  const requests: SeenRequest[] = [];
  const timers = new Set<NodeJS.Timeout>();
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', async () => {
      const url = new URL(req.url ?? '/', 'http://127.0.0.1');
      const params: Record<string, string> = Object.fromEntries(url.searchParams);
      const raw = Buffer.concat(chunks).toString('utf8');
      if (raw) Object.assign(params, Object.fromEntries(new URLSearchParams(raw)));
      const method = req.method ?? 'GET';
      const seen: SeenRequest = {
        method,
        url: req.url ?? '/',
        headers: req.headers,
        params,
        action: params.Action ?? '',
        version: params.Version ?? '',
        signatureValid: verify(method, params, TEST_CREDENTIALS.accessKeySecret),
      };
      requests.push(seen);
      const reply = await script(seen, requests.length - 1);
      if (reply.hang) return;
      const send = () => {
        if (reply.hangUp) {
          req.socket.destroy();
          return;
        }
        let body = reply.body;
        if (body === undefined) {
          requestCounter += 1;
          const json =
            reply.json && typeof reply.json === 'object' && !Array.isArray(reply.json)
              ? { RequestId: `REQ-${requestCounter}`, ...(reply.json as object) }
              : reply.json;
          body = JSON.stringify(json ?? {});
        }
        res.writeHead(reply.status ?? 200, {
          'content-type': reply.body === undefined ? 'application/json;charset=utf-8' : 'text/html',
        });
        res.end(body);
      };
      if (reply.delayMs) {
        const timer = setTimeout(() => {
          timers.delete(timer);
          send();
        }, reply.delayMs);
        timers.add(timer);
      } else send();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    endpoint: `http://127.0.0.1:${port}`,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        for (const t of timers) clearTimeout(t);
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** An API error body as the cloud sends it. */
export function apiError(code: string, message = `${code} happened`, status = 400): Reply {
  return { status, json: { Code: code, Message: message, HostId: 'ecs.aliyuncs.com' } };
}
