import { request } from 'node:http';
import type { Socket } from 'node:net';
import { connect, type TLSSocket } from 'node:tls';
import { matchesPin } from './pin';

export interface PinnedGet {
  host: string;
  port: number;
  path: string;
  /** The only certificate fingerprint accepted ("AB:CD:…"). */
  pin: string;
  headers?: Record<string, string>;
  /** The whole exchange, handshake to last byte, ends within this (default 10 s). */
  timeoutMs?: number;
  signal?: AbortSignal;
}

/** What a notebook's answer may weigh: Jupyter's API answers are a few kilobytes. */
export const PROBE_LIMITS = {
  /** Bytes read from the socket, head and framing included. */
  maxBytes: 1024 * 1024,
  /** Bytes of the status line and headers together (Node's parser refuses more). */
  maxHeaderBytes: 16 * 1024,
} as const;

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
 * an impostor never sees it. The answer is read by Node's own HTTP parser with a cap on header
 * and total size and one deadline for the whole exchange, so whatever the instance sends (it is
 * data from a machine any notebook cell controls) ends the probe in time and never spins.
 */
export function pinnedGet(req: PinnedGet): Promise<{ status: number; body: string }> {
  const timeoutMs = req.timeoutMs ?? 10_000;
  return new Promise((resolve, reject) => {
    let socket: TLSSocket | undefined;
    let settled = false;
    const finish = (error: Error | undefined, answer?: { status: number; body: string }) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      req.signal?.removeEventListener('abort', onAbort);
      socket?.destroy();
      if (error) reject(error);
      else if (answer) resolve(answer);
    };
    // Wall-clock on purpose: this bounds a real network exchange.
    const timer = setTimeout(() => finish(new Error(`no answer within ${timeoutMs} ms`)), timeoutMs);
    const onAbort = () => finish(req.signal?.reason ?? new Error('aborted'));
    if (req.signal?.aborted) return onAbort();
    req.signal?.addEventListener('abort', onAbort, { once: true });

    const get = request(
      {
        method: 'GET',
        host: req.host,
        port: req.port,
        path: req.path,
        headers: { Host: `${req.host}:${req.port}`, Connection: 'close', ...req.headers },
        maxHeaderSize: PROBE_LIMITS.maxHeaderBytes,
        // The request waits for the pinned socket: nothing is written before the pin matched.
        createConnection: (_options, ready) => {
          socket = pinnedSocket(req, ready, (error) => finish(error));
          return undefined as unknown as Socket;
        },
      },
      (answer) => {
        const chunks: Buffer[] = [];
        answer.on('data', (chunk: Buffer) => chunks.push(chunk));
        answer.once('end', () =>
          finish(undefined, { status: answer.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8') }),
        );
        answer.once('aborted', () => finish(new Error('the answer ended early')));
        answer.once('error', (error) => finish(badAnswer(error)));
      },
    );
    get.once('error', (error) => finish(badAnswer(error)));
    get.end();
  });
}

/** Opens TLS, checks the pin, and caps what the server may send before handing the socket on. */
function pinnedSocket(
  req: PinnedGet,
  ready: (error: Error | null, socket: Socket) => void,
  fail: (error: Error) => void,
): TLSSocket {
  // The certificate is self-signed on purpose: the pin below is the whole of the trust decision.
  const socket = connect({ host: req.host, port: req.port, rejectUnauthorized: false });
  let received = 0;
  socket.on('data', (chunk: Buffer) => {
    received += chunk.length;
    if (received > PROBE_LIMITS.maxBytes) fail(new Error(`the answer is larger than ${PROBE_LIMITS.maxBytes} bytes`));
  });
  socket.once('error', (error) => fail(error));
  socket.once('secureConnect', () => {
    const certificate = socket.getPeerX509Certificate();
    if (!certificate || !matchesPin(req.pin, { der: certificate.raw })) {
      return fail(new PinMismatchError(certificate?.fingerprint256 ?? 'none'));
    }
    ready(null, socket);
  });
  return socket;
}

/** Node's parser names what was wrong with the answer; say it in one line. */
function badAnswer(error: Error & { code?: string; reason?: string }): Error {
  if (!error.code?.startsWith('HPE_')) return error;
  return new Error(`not a valid HTTP answer (${error.code}${error.reason ? `: ${error.reason}` : ''})`);
}
