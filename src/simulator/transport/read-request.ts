import type { IncomingMessage } from 'node:http';

/** An HTTP request reduced to what the API needs. */
export interface RawRequest {
  method: string;
  path: string;
  headers: IncomingMessage['headers'];
  /** Parameters from the URL query. */
  query: Map<string, string>;
  /** Query plus urlencoded form body (the body wins on a clash). */
  params: Map<string, string>;
  body: Buffer;
}

const MAX_BODY = 2 * 1024 * 1024;

export async function readRequest(req: IncomingMessage): Promise<RawRequest> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY) throw new Error('request body too large');
    chunks.push(chunk as Buffer);
  }
  const body = Buffer.concat(chunks);
  const url = new URL(req.url ?? '/', 'http://simulator.invalid');
  const query = new Map(url.searchParams);
  const params = new Map(query);
  const type = String(req.headers['content-type'] ?? '');
  if (body.length > 0 && (type.startsWith('application/x-www-form-urlencoded') || type === '')) {
    for (const [key, value] of new URLSearchParams(body.toString('utf8'))) params.set(key, value);
  }
  return { method: (req.method ?? 'GET').toUpperCase(), path: url.pathname, headers: req.headers, query, params, body };
}
