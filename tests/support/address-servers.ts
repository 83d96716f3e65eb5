import { createServer, type Server } from 'node:https';
import type { AddressInfo } from 'node:net';
import { makeNotebookCertificate } from '../../src/main/bootstrap/certificate';

/**
 * Local HTTPS stand-ins for the "what is my address" services: each answers what the test
 * says (an address, garbage, an error status), over TLS with a certificate the test trusts.
 */
export interface AddressServers {
  urls: string[];
  /** The certificate to trust (pass as the lookup's `ca`). */
  ca: string[];
  /** What server `index` answers from now on: a body, or an HTTP status without one. */
  answer(index: number, reply: string | number): void;
  /** Every server answers `body`. */
  answerAll(body: string): void;
  close(): Promise<void>;
}

export async function startAddressServers(count = 2, body = '198.51.100.7'): Promise<AddressServers> {
  const cert = await makeNotebookCertificate('127.0.0.1', new Date());
  const replies: Array<string | number> = Array.from({ length: count }, () => body);
  const servers: Server[] = [];
  const urls: string[] = [];
  for (let i = 0; i < count; i++) {
    const server = createServer({ cert: cert.certPem, key: cert.keyPem }, (_req, res) => {
      const reply = replies[i] as string | number;
      if (typeof reply === 'number') res.writeHead(reply).end();
      else res.writeHead(200, { 'content-type': 'text/plain' }).end(`${reply}\n`);
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
    servers.push(server);
    urls.push(`https://127.0.0.1:${(server.address() as AddressInfo).port}/`);
  }
  return {
    urls,
    ca: [cert.certPem],
    answer(index, reply) {
      replies[index] = reply;
    },
    answerAll(next) {
      replies.fill(next);
    },
    close: () =>
      Promise.all(servers.map((s) => new Promise<void>((resolve) => s.close(() => resolve())))).then(() => undefined),
  };
}
