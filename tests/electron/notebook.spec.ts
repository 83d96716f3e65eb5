import { mkdtempSync } from 'node:fs';
import { createServer, type Server } from 'node:https';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { _electron as electron, expect, test } from '@playwright/test';
import { makeNotebookCertificate } from '../../src/main/bootstrap/certificate';
import { electronBinary } from './electron-binary';

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

  test('loads the notebook presenting the pinned certificate and refuses another on the same host', async () => {
    if (!('path' in binary)) return;
    const ours = await makeNotebookCertificate('127.0.0.1', new Date());
    const other = await makeNotebookCertificate('127.0.0.1', new Date());
    const good = await serve(ours, 'pinned notebook');
    const bad = await serve(other, 'impostor');
    const app = await electron.launch({
      executablePath: binary.path,
      args: [resolve(__dirname, '../..'), `--user-data-dir=${mkdtempSync(join(tmpdir(), 'danlu-e2e-'))}`],
      env: { ...process.env, DANLU_TEST_HOOKS: '1' },
    });
    const open = (port: number, sessionId: string) =>
      app.evaluate(
        (_electron, target) =>
          (globalThis as unknown as { __danluOpenNotebook: (t: unknown) => void }).__danluOpenNotebook(target),
        {
          sessionId,
          instanceId: `i-${sessionId}`,
          title: sessionId,
          url: `https://127.0.0.1:${port}/`,
          fingerprint256: ours.fingerprint256,
          token: 'test-token',
        },
      );
    await open((good.address() as AddressInfo).port, 'good');
    await open((bad.address() as AddressInfo).port, 'bad');
    await expect
      .poll(() => app.evaluate(({ webContents }) => webContents.getAllWebContents().map((w) => w.getTitle())))
      .toContain('pinned notebook');
    const titles = await app.evaluate(({ webContents }) => webContents.getAllWebContents().map((w) => w.getTitle()));
    expect(titles).not.toContain('impostor');
    await app.close();
    good.close();
    bad.close();
  });
});
