import { connect } from 'node:tls';
import { matchesPin } from './pin';

export interface PinnedGet {
  host: string;
  port: number;
  path: string;
  /** The only certificate fingerprint accepted ("AB:CD:…"). */
  pin: string;
  headers?: Record<string, string>;
  timeoutMs?: number;
  signal?: AbortSignal;
}

/** The server presented a certificate other than the pinned one. Nothing was sent to it. */
export class PinMismatchError extends Error {
  constructor(readonly presented: string) {
    super(`the server's certificate (${presented}) is not the pinned one`);
    this.name = 'PinMismatchError';
  }
}

/**
 * An HTTPS GET that trusts exactly one certificate. The TLS handshake completes first, the
 * certificate is compared with the pin, and only then is the request (with its token) written:
 * an impostor never sees it. Answers status and body.
 */
export function pinnedGet(req: PinnedGet): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    // The certificate is self-signed on purpose: the pin below is the whole of the trust decision.
    const socket = connect({ host: req.host, port: req.port, rejectUnauthorized: false });
    const chunks: Buffer[] = [];
    let settled = false;
    const done = (error?: Error) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      req.signal?.removeEventListener('abort', onAbort);
      socket.destroy();
      if (error) return reject(error);
      const text = Buffer.concat(chunks).toString('utf8');
      const status = Number(/^HTTP\/1\.[01] (\d{3})/.exec(text)?.[1] ?? 0);
      if (!status) return reject(new Error('not an HTTP answer'));
      resolve({ status, body: decodeBody(text) });
    };
    // Wall-clock on purpose: this bounds a real network exchange.
    const timer = setTimeout(
      () => done(new Error(`no answer within ${req.timeoutMs ?? 10_000} ms`)),
      req.timeoutMs ?? 10_000,
    );
    const onAbort = () => done(req.signal?.reason ?? new Error('aborted'));
    req.signal?.addEventListener('abort', onAbort, { once: true });
    socket.once('secureConnect', () => {
      const der = socket.getPeerX509Certificate()?.raw;
      if (!der || !matchesPin(req.pin, { der })) {
        const presented = socket.getPeerX509Certificate()?.fingerprint256 ?? 'none';
        return done(new PinMismatchError(presented));
      }
      const headers = { Host: `${req.host}:${req.port}`, Connection: 'close', ...req.headers };
      const head = Object.entries(headers).map(([k, v]) => `${k}: ${v}\r\n`);
      socket.write(`GET ${req.path} HTTP/1.1\r\n${head.join('')}\r\n`);
    });
    socket.on('data', (chunk: Buffer) => chunks.push(chunk));
    socket.once('end', () => done());
    socket.once('error', (error) => done(error));
  });
}

/** The body of an HTTP/1.1 answer, undoing chunked transfer coding. */
function decodeBody(text: string): string {
  const split = text.indexOf('\r\n\r\n');
  const head = text.slice(0, split);
  let body = text.slice(split + 4);
  if (/^transfer-encoding:\s*chunked/im.test(head)) {
    let out = '';
    for (;;) {
      const eol = body.indexOf('\r\n');
      const size = Number.parseInt(body.slice(0, eol), 16);
      if (!size) break;
      out += body.slice(eol + 2, eol + 2 + size);
      body = body.slice(eol + 2 + size + 2);
    }
    body = out;
  }
  return body;
}
