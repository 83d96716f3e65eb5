import { createServer, type Server } from 'node:https';
import type { AddressInfo } from 'node:net';
import { expect, test } from '@playwright/test';
import { makeNotebookCertificate } from '../../src/main/bootstrap/certificate';
import { type DesktopApp, startDesktopApp } from './desktop-app';
import { electronBinary, electronPath } from './electron-binary';

const binary = electronBinary();

function serve(cert: { certPem: string; keyPem: string }, body: string): Promise<Server> {
  return new Promise((ok) => {
    const server = createServer({ cert: cert.certPem, key: cert.keyPem }, (_req, res) => {
      res.setHeader('content-type', 'text/html');
      res.end(`<!doctype html><title>${body}</title><h1>${body}</h1>`);
    });
    server.listen(0, '127.0.0.1', () => ok(server));
  });
}

test.describe('the pinned notebook window', () => {
  test.skip('reason' in binary, 'reason' in binary ? binary.reason : '');
  let desktop: DesktopApp | undefined;
  const servers: Server[] = [];
  test.afterEach(async () => {
    await desktop?.app.close().catch(() => {});
    for (const server of servers.splice(0)) server.close();
  });

  test('loads the notebook presenting the pinned certificate and refuses another on the same host', async () => {
    const ours = await makeNotebookCertificate('127.0.0.1', new Date());
    const other = await makeNotebookCertificate('127.0.0.1', new Date());
    const good = await serve(ours, 'pinned notebook');
    const bad = await serve(other, 'impostor');
    servers.push(good, bad);
    desktop = await startDesktopApp(electronPath(binary));
    const d = desktop;
    const open = (server: Server, sessionId: string) =>
      d.openNotebook({
        sessionId,
        instanceId: `i-${sessionId}`,
        title: sessionId,
        url: `https://127.0.0.1:${(server.address() as AddressInfo).port}/`,
        fingerprint256: ours.fingerprint256,
        token: 'test-token',
      });
    await open(good, 'good');
    await open(bad, 'bad');

    const of = async (sessionId: string) =>
      (await d.notebookEvents()).filter((e) => e.sessionId === sessionId).map(({ sessionId: _, ...e }) => e);
    // The impostor's certificate is looked at and refused, and its page load fails.
    await expect
      .poll(() => of('bad'))
      .toEqual(
        expect.arrayContaining([
          { event: 'certificate', hostname: '127.0.0.1', accepted: false },
          expect.objectContaining({ event: 'failed' }),
        ]),
      );
    expect((await of('bad')).some((e) => e.event === 'certificate' && e.accepted)).toBe(false);
    // The pinned one is accepted and shows the notebook.
    await expect
      .poll(() => of('good'))
      .toEqual(
        expect.arrayContaining([
          { event: 'certificate', hostname: '127.0.0.1', accepted: true },
          { event: 'loaded', title: 'pinned notebook' },
        ]),
      );
    const titles = await d.app.evaluate(({ webContents }) => webContents.getAllWebContents().map((w) => w.getTitle()));
    expect(titles).not.toContain('impostor');
  });
});
