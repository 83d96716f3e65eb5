import type { AddressInfo } from 'node:net';
import { createServer, type Server, type TLSSocket } from 'node:tls';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeNotebookCertificate } from '../../../src/main/bootstrap/certificate';
import { pinnedGet } from '../../../src/main/bootstrap/notebook-probe';
import type { LogRecord } from '../../../src/main/log/logger';
import { IdleGuard } from '../../../src/main/sessions';
import { realTicker } from '../../../src/shared/clock';
import type { SessionView } from '../../../src/shared/session';

/**
 * Whatever answers on the notebook's port is data from a machine that every notebook cell
 * controls: code running as `ml` can read the pinned TLS key, stop Jupyter and answer in its
 * place. Each reply below once froze the app's main process (or would fill its memory); now the
 * probe ends within its deadline, says why, and the event loop keeps ticking meanwhile.
 */
const HEAD = 'HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n';
const hostile: Record<string, (socket: TLSSocket) => void> = {
  'a negative chunk size with no line end': (s) => s.write(`${HEAD}-99`),
  'a negative chunk size, then silence': (s) => s.write(`${HEAD}-99\r\n`),
  'an endless chunk-size line': (s) => endless(s, HEAD, '0'),
  'an endless chunk extension': (s) => endless(s, `${HEAD}5;`, 'x'),
  'a truncated chunk': (s) => s.end(`${HEAD}400\r\n{"version": "2.`),
  'a chunk size larger than any number': (s) => s.write(`${HEAD}${'f'.repeat(40)}\r\n`),
  'an endless body': (s) => endless(s, `${HEAD}7fffffff\r\n`, '{"a":1}'),
  'an endless header line': (s) => endless(s, 'HTTP/1.1 200 OK\r\nX-Pad: ', 'y'),
  'no HTTP at all': (s) => s.end('SSH-2.0-OpenSSH_9.2\r\n'),
  'a body sent one byte at a time, forever': (s) => {
    s.write(`${HEAD}7fffffff\r\n`);
    const drip = setInterval(() => (s.destroyed ? clearInterval(drip) : s.write('x')), 20);
  },
};

/** Writes `head`, then `unit` again and again for as long as the client listens. */
function endless(socket: TLSSocket, head: string, unit: string) {
  socket.write(head);
  const block = unit.repeat(Math.ceil(16_384 / unit.length));
  const more = () => {
    while (!socket.destroyed && socket.write(block)) {}
    if (!socket.destroyed) socket.once('drain', more);
  };
  socket.on('error', () => undefined);
  more();
}

let server: Server;
let port: number;
let pin: string;
let reply: (socket: TLSSocket) => void = () => undefined;

beforeAll(async () => {
  const certificate = await makeNotebookCertificate('127.0.0.1', new Date());
  pin = certificate.fingerprint256;
  server = createServer({ cert: certificate.certPem, key: certificate.keyPem }, (socket) => {
    socket.on('error', () => undefined);
    // The request is read first, as a server would, then answered with the hostile reply.
    socket.once('data', () => reply(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.address() as AddressInfo).port;
});
afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
});

/**
 * Watches the event loop while `work` runs: a 10 ms interval counts its turns and the longest
 * gap between two of them (a loop the reply froze would show one gap as long as the freeze).
 */
async function ticking<T>(work: () => Promise<T>): Promise<{ outcome: T; ticks: number; ms: number; stall: number }> {
  let ticks = 0;
  let stall = 0;
  const started = performance.now();
  let last = started;
  const interval = setInterval(() => {
    const now = performance.now();
    stall = Math.max(stall, now - last);
    last = now;
    ticks++;
  }, 10);
  try {
    const outcome = await work();
    const ended = performance.now();
    return { outcome, ticks, ms: ended - started, stall: Math.max(stall, ended - last) };
  } finally {
    clearInterval(interval);
  }
}

/** Longer than any pause a busy test machine makes, far shorter than a freeze. */
const MAX_STALL_MS = 750;

const TIMEOUT = 2000;

describe('the pinned notebook probe reads a hostile reply as data', () => {
  for (const [name, send] of Object.entries(hostile)) {
    it(`ends within its deadline on ${name}, and the app keeps ticking`, async () => {
      reply = send;
      const { outcome, ms, stall } = await ticking(() =>
        pinnedGet({ host: '127.0.0.1', port, path: '/api/status', pin, timeoutMs: TIMEOUT }).then(
          () => 'answered',
          (error: Error) => error.message,
        ),
      );
      expect(outcome).not.toBe('answered');
      expect(outcome.length).toBeGreaterThan(0);
      expect(ms).toBeLessThan(TIMEOUT + 500);
      expect(stall).toBeLessThan(MAX_STALL_MS);
    });
  }

  it('gives up on a reply that never ends at its deadline, ticking all along', async () => {
    reply = hostile['a body sent one byte at a time, forever'] as (socket: TLSSocket) => void;
    const { outcome, ticks, ms, stall } = await ticking(() =>
      pinnedGet({ host: '127.0.0.1', port, path: '/api', pin, timeoutMs: TIMEOUT }).catch((e: Error) => e.message),
    );
    expect(outcome).toBe(`no answer within ${TIMEOUT} ms`);
    expect(ms).toBeGreaterThanOrEqual(TIMEOUT - 50);
    expect(ticks).toBeGreaterThan(TIMEOUT / 10 / 4);
    expect(stall).toBeLessThan(MAX_STALL_MS);
  });

  it('still reads an honest chunked answer', async () => {
    reply = (s) => s.end(`${HEAD}7\r\n{"a":1}\r\n3\r\n[2]\r\n0\r\n\r\n`);
    const answer = await pinnedGet({ host: '127.0.0.1', port, path: '/api', pin, timeoutMs: TIMEOUT });
    expect(answer).toEqual({ status: 200, body: '{"a":1}[2]' });
  });
});

describe('the idle guard meets a hostile notebook', () => {
  it('skips that check with the reason in the log, and its next check runs', async () => {
    reply = hostile['a negative chunk size with no line end'] as (socket: TLSSocket) => void;
    const session = {
      id: 's-hostile',
      phase: 'ready',
      resources: { instanceId: 'i-hostile' },
      notebook: { url: `https://127.0.0.1:${port}/`, fingerprint256: pin },
    } as unknown as SessionView;
    const records: LogRecord[] = [];
    const write = (level: LogRecord['level']) => (message: string, fields?: Record<string, unknown>) =>
      records.push({ time: '', level, message, fields });
    const stopped: string[] = [];
    const guard = new IdleGuard({
      sessions: async () => [session],
      token: async () => 'token-of-the-notebook',
      minutes: () => 30,
      now: () => Date.now(),
      ticker: realTicker,
      onIdle: async (s) => void stopped.push(s.id),
      log: { debug: write('debug'), info: write('info'), warn: write('warn'), error: write('error') },
    });
    const { stall } = await ticking(async () => {
      await guard.check();
      await guard.check();
    });
    expect(stopped).toEqual([]);
    const skipped = records.filter((r) => r.message === 'idle check skipped');
    expect(skipped).toHaveLength(2);
    expect(skipped[0]?.level).toBe('warn');
    expect(String((skipped[0]?.fields as { reason?: string } | undefined)?.reason)).toMatch(/not a valid HTTP answer/);
    expect(stall).toBeLessThan(MAX_STALL_MS);
  });
});
