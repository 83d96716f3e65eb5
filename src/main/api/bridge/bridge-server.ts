import { randomBytes, timingSafeEqual } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { type RawData, WebSocket, WebSocketServer } from 'ws';
import type { Envelope } from '../../../shared/envelope';
import { AppError } from '../../../shared/errors';
import { msg } from '../../../shared/words/message';
import type { Logger } from '../../log/logger';
import { createDispatch } from '../dispatch';
import type { EventBus } from '../event-bus';
import type { Handlers } from '../handler';
import { mimeType, resolveStatic } from '../resolve-static';
import { BRIDGE_PATH, type BridgeEvent, type BridgeResponse } from './protocol';

/** What the bridge serves: the contract's handlers and events (a runtime has them). */
export interface ServedApi {
  handlers: Handlers;
  events: EventBus;
  log: Logger;
}

export interface BridgeOptions {
  runtime: ServedApi;
  /** The built renderer (out/renderer). */
  rendererDir: string;
  /** 0 picks a free port. Always bound to 127.0.0.1. */
  port?: number;
  /** The secret path of an earlier run to serve under again (tests restarting the backend); default a new one. */
  secretPath?: string;
}

export interface Bridge {
  /** The page's address, holding this run's secret path: open it (with "/" or "/#/page" after). */
  url: string;
  /** http://127.0.0.1:<port>, what the page's Origin must be. */
  origin: string;
  port: number;
  close(): Promise<void>;
}

const MAX_MESSAGE = 1024 * 1024;
const CSP =
  "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'";

function malformed(detail: string): Envelope {
  return {
    ok: false,
    error: new AppError(msg('error.malformed', { detail }), { code: 'malformed_request' }).toInfo(),
  };
}

type Parsed = { id: string | number; name: unknown; input: unknown } | { id: string | number | null; error: Envelope };

function parseMessage(data: RawData): Parsed {
  let message: unknown;
  try {
    message = JSON.parse(data.toString());
  } catch {
    return { id: null, error: malformed('not valid JSON') };
  }
  if (typeof message !== 'object' || message === null || Array.isArray(message)) {
    return { id: null, error: malformed('not a JSON object') };
  }
  const { id, name, input } = message as Record<string, unknown>;
  if (typeof id !== 'string' && typeof id !== 'number') return { id: null, error: malformed('"id" is missing') };
  return { id, name, input };
}

/**
 * The development and browser-test transport: serves the built renderer and answers the same
 * contract from the same runtime over a WebSocket, on 127.0.0.1 only. Connections are accepted
 * only from pages this server served itself (Origin and Host checked), so other web pages
 * cannot drive it, and only under a random path made for this run and printed once, so no
 * other process on the machine can: a local process can forge an Origin, not guess the path.
 */
export async function startBridge(options: BridgeOptions): Promise<Bridge> {
  const { runtime, rendererDir } = options;
  const dispatch = createDispatch(runtime.handlers, runtime.log);
  const sockets = new Set<WebSocket>();
  let origin = '';
  const secret = options.secretPath ?? `/t/${randomBytes(24).toString('base64url')}`;
  /** The request path without this run's secret prefix, or undefined when it does not carry it. */
  const unlock = (url: string | undefined): string | undefined => {
    const path = url ?? '';
    const head = Buffer.from(path.slice(0, secret.length));
    if (head.length !== secret.length || !timingSafeEqual(head, Buffer.from(secret))) return undefined;
    const rest = path.slice(secret.length);
    return rest === '' || rest.startsWith('/') || rest.startsWith('?') ? rest : undefined;
  };

  const serveFile = async (req: IncomingMessage, res: ServerResponse) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405).end();
      return;
    }
    const path = unlock(req.url);
    if (path === undefined) {
      res.writeHead(404).end('not found');
      return;
    }
    // The page's relative links need the trailing slash.
    if (path === '' || path.startsWith('?')) {
      res.writeHead(302, { location: `${secret}/${path}` }).end();
      return;
    }
    const file = resolveStatic(rendererDir, path);
    if (!file) {
      res.writeHead(400).end('bad path');
      return;
    }
    try {
      const body = await readFile(file);
      res.writeHead(200, {
        'content-type': mimeType(file),
        'content-security-policy': CSP,
        'x-content-type-options': 'nosniff',
        'cache-control': 'no-store',
      });
      res.end(req.method === 'HEAD' ? undefined : body);
    } catch {
      res.writeHead(404).end('not found');
    }
  };

  const server: Server = createServer((req, res) => {
    serveFile(req, res).catch(() => res.writeHead(500).end());
  });
  const wss = new WebSocketServer({ noServer: true, maxPayload: MAX_MESSAGE });

  server.on('upgrade', (req, socket, head) => {
    const allowedHosts = [origin.replace('http://', ''), origin.replace('http://127.0.0.1', 'localhost')];
    const fromUs = req.headers.origin === origin || req.headers.origin === origin.replace('127.0.0.1', 'localhost');
    if (unlock(req.url) !== BRIDGE_PATH || !fromUs || !allowedHosts.includes(req.headers.host ?? '')) {
      socket.end('HTTP/1.1 403 Forbidden\r\nConnection: close\r\n\r\n');
      return;
    }
    wss.handleUpgrade(req, socket, head, (ws) => wss.emit('connection', ws, req));
  });

  wss.on('connection', (ws) => {
    sockets.add(ws);
    ws.on('close', () => sockets.delete(ws));
    ws.on('error', () => ws.close());
    ws.on('message', async (data) => {
      const parsed = parseMessage(data);
      const response: BridgeResponse =
        'error' in parsed
          ? { id: parsed.id, envelope: parsed.error }
          : { id: parsed.id, envelope: await dispatch(parsed.name, parsed.input, { transport: 'bridge' }) };
      if (ws.readyState === WebSocket.OPEN) ws.send(JSON.stringify(response));
    });
  });

  const unsubscribe = runtime.events.subscribe((event, payload) => {
    const message = JSON.stringify({ event, payload } satisfies BridgeEvent);
    for (const ws of sockets) if (ws.readyState === WebSocket.OPEN) ws.send(message);
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  origin = `http://127.0.0.1:${port}`;

  return {
    url: `${origin}${secret}`,
    origin,
    port,
    async close() {
      unsubscribe();
      for (const ws of sockets) ws.terminate();
      wss.close();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
