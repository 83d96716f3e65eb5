import { createServer, type Server } from 'node:https';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { systemClock } from '../../shared/clock';
import { makeNotebookCertificate } from './certificate';
import { verifyNotebook } from './notebook-verify';

/** A stand-in notebook API: /api is public, /api/status needs the token. */
async function notebookServer(token: string, seen: string[]) {
  const cert = await makeNotebookCertificate('127.0.0.1', new Date());
  const server: Server = createServer({ cert: cert.certPem, key: cert.keyPem }, (req, res) => {
    seen.push(`${req.url} ${req.headers.authorization ?? ''}`);
    if (req.url === '/api') return res.end('{"version": "6.4.12"}');
    res.statusCode = req.headers.authorization === `token ${token}` ? 200 : 403;
    res.end('{}');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, cert, port: (server.address() as AddressInfo).port };
}

describe('verifyNotebook', () => {
  let server: Server | undefined;
  afterEach(() => server?.close());

  it('accepts the notebook that presents the pinned certificate and honours the token', async () => {
    const seen: string[] = [];
    const nb = await notebookServer('tok-123456', seen);
    server = nb.server;
    await verifyNotebook({
      host: '127.0.0.1',
      port: nb.port,
      pin: nb.cert.fingerprint256,
      token: 'tok-123456',
      clock: systemClock,
    });
    expect(seen).toEqual(['/api ', '/api/status ', '/api/status token tok-123456']);
  });

  it('refuses a server with another certificate and never sends it the token', async () => {
    const seen: string[] = [];
    const impostor = await notebookServer('tok-123456', seen);
    server = impostor.server;
    const pinned = await makeNotebookCertificate('127.0.0.1', new Date());
    await expect(
      verifyNotebook({
        host: '127.0.0.1',
        port: impostor.port,
        pin: pinned.fingerprint256,
        token: 'tok-123456',
        clock: systemClock,
      }),
    ).rejects.toMatchObject({ code: 'bootstrap.certificateMismatch' });
    expect(seen).toEqual([]);
  });

  it('refuses a notebook that answers without credentials', async () => {
    const cert = await makeNotebookCertificate('127.0.0.1', new Date());
    server = createServer({ cert: cert.certPem, key: cert.keyPem }, (req, res) =>
      res.end(req.url === '/api' ? '{"version": "x"}' : '{}'),
    );
    await new Promise<void>((resolve) => server?.listen(0, '127.0.0.1', resolve));
    const port = (server.address() as AddressInfo).port;
    await expect(
      verifyNotebook({ host: '127.0.0.1', port, pin: cert.fingerprint256, token: 'whatever', clock: systemClock }),
    ).rejects.toMatchObject({ code: 'bootstrap.notebookOpen' });
  });
});
