import { createServer, type Server } from 'node:https';
import type { AddressInfo } from 'node:net';
import { connect } from 'node:tls';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeNotebookCertificate } from '../bootstrap/certificate';
import { fingerprint256 } from '../bootstrap/pin';
import { ACCEPT, pinDecision, REJECT } from './notebook-pin';

/** The certificate a server on 127.0.0.1 presents, as PEM (what Electron hands the verify proc). */
function presented(port: number): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = connect({ host: '127.0.0.1', port, rejectUnauthorized: false }, () => {
      const der = socket.getPeerCertificate(true).raw;
      socket.end();
      resolve(`-----BEGIN CERTIFICATE-----\n${der.toString('base64')}\n-----END CERTIFICATE-----\n`);
    });
    socket.on('error', reject);
  });
}

function serve(cert: { certPem: string; keyPem: string }): Promise<Server> {
  return new Promise((resolve) => {
    const server = createServer({ cert: cert.certPem, key: cert.keyPem }, (_req, res) => res.end('notebook'));
    server.listen(0, '127.0.0.1', () => resolve(server));
  });
}

describe('notebook certificate pinning', () => {
  let pinned: Server;
  let impostor: Server;
  let pin: { host: string; fingerprint256: string };

  beforeAll(async () => {
    const now = new Date();
    const ours = await makeNotebookCertificate('127.0.0.1', now);
    const other = await makeNotebookCertificate('127.0.0.1', now);
    pinned = await serve(ours);
    impostor = await serve(other);
    pin = { host: '127.0.0.1', fingerprint256: fingerprint256(ours.certPem) };
  });

  afterAll(() => {
    pinned.close();
    impostor.close();
  });

  it('accepts the server presenting the pinned certificate', async () => {
    const pem = await presented((pinned.address() as AddressInfo).port);
    expect(pinDecision({ hostname: '127.0.0.1', certificate: { data: pem } }, pin)).toBe(ACCEPT);
  });

  it('refuses another certificate on the same host, though it names the same IP', async () => {
    const pem = await presented((impostor.address() as AddressInfo).port);
    expect(pinDecision({ hostname: '127.0.0.1', certificate: { data: pem } }, pin)).toBe(REJECT);
  });

  it('refuses the pinned certificate on another host', async () => {
    const pem = await presented((pinned.address() as AddressInfo).port);
    expect(pinDecision({ hostname: '127.0.0.2', certificate: { data: pem } }, pin)).toBe(REJECT);
  });
});
