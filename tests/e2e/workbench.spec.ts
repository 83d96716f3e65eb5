import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { Ssh2Connector } from '../../src/main/bootstrap/ssh-runner';
import { endpointOf } from '../../src/main/cloud/demo-simulator';
import { systemClock } from '../../src/shared/clock';
import type { Simulator } from '../../src/simulator';
import { type BridgeHarness, startBridgeHarness } from '../support/bridge-harness';
import { standInAddress } from '../support/launch-harness';
import { LocalInstanceHost, standInBootstrap } from '../support/local-instance-host';
import { startTestSimulator } from '../support/test-simulator';
import { expect, skipFirstRun, snapshot, test } from './fixtures';
import { readySession } from './support/sessions';

const rendererDir = resolve(__dirname, '../../out/renderer');

// A session on an account's cloud (the simulator) whose instance is a stand-in machine on this
// computer: files and ports need a machine, which demo sessions do not have.
for (const locale of ['en-US', 'zh-CN'] as const) {
  test(`the Session page moves files with progress and lists forwarded ports (${locale})`, async ({ page }) => {
    test.setTimeout(120_000);
    const host = new LocalInstanceHost();
    const sim: Simulator = await startTestSimulator({
      instanceHost: host,
      speed: 60,
      seed: 2123,
      assumptions: { spotStockOutageRate: 0 },
    });
    const disk = mkdtempSync(join(tmpdir(), 'danlu-e2e-disk-'));
    mkdirSync(join(disk, 'runs'));
    writeFileSync(join(disk, 'runs', 'metrics.csv'), 'step,loss\n1,0.9\n');
    const local = mkdtempSync(join(tmpdir(), 'danlu-e2e-local-'));
    const big = join(local, 'dataset.bin');
    writeFileSync(big, Buffer.alloc(96 * 1024 * 1024, 7));
    const web: Server = createServer((_q, r) => r.end('TensorBoard'));
    await new Promise<void>((r) => web.listen(0, '127.0.0.1', r));
    const webPort = (web.address() as { port: number }).port;
    let harness: BridgeHarness | undefined;
    try {
      expect(existsSync(join(rendererDir, 'index.html'))).toBe(true);
      harness = await startBridgeHarness({
        rendererDir,
        locale,
        account: {
          simulator: endpointOf(sim),
          extra: {
            ssh: host.connector(new Ssh2Connector(systemClock)),
            bootstrap: () =>
              standInBootstrap(() => ({ notebookUrl: 'https://127.0.0.1:8888/', fingerprint256: 'AA:BB' })),
            address: standInAddress(),
            dataDisk: disk,
          },
        },
      });
      // Past the first-run screen (it asks for an AccessKey the test's cloud does not need).
      harness.runtime.settings.update({ demoChosen: true, language: locale === 'zh-CN' ? 'zh-CN' : 'en' });
      const zh = locale === 'zh-CN';
      await readySession(page, harness.bridge.url);

      // Ports: one typed, its forward listed with its loopback address.
      const ports = page.getByTestId('ports');
      await ports.getByTestId('port-remote').fill(String(webPort));
      await ports.getByTestId('port-open').click();
      const row = ports.getByTestId('port-row');
      await expect(row).toHaveAttribute('data-serves', 'http');
      await expect(row.getByTestId('port-url')).toHaveText(/^http:\/\/127\.0\.0\.1:\d+\/$/);
      const url = (await row.getByTestId('port-url').textContent()) as string;
      expect(await (await fetch(url)).text()).toBe('TensorBoard');

      // Files: the data disk listed; an upload typed (no file dialog in a browser) shows its progress.
      const files = page.getByTestId('files');
      await expect(files.getByTestId('files-path')).toHaveText(disk);
      await expect(files.getByTestId('file-row')).toHaveCount(1);
      await files.getByTestId('files-local-paths').fill(big);
      await files.getByTestId('files-upload').click();
      const transfer = files.getByTestId('transfer').first();
      await expect(transfer).toHaveAttribute('data-state', 'running');
      await expect(transfer.getByTestId('transfer-figures')).toContainText(zh ? '/秒' : '/s', { timeout: 30_000 });
      await files.scrollIntoViewIfNeeded();
      await snapshot(page, `workbench-${zh ? 'zh' : 'en'}`);
      await expect(transfer).toHaveAttribute('data-state', 'done', { timeout: 90_000 });
      await expect(files.getByTestId('file-row')).toHaveCount(2);
      await expect(transfer.getByTestId('transfer-figures')).toContainText(zh ? '96 MB / 96 MB' : '96 MB of 96 MB');
    } finally {
      await harness?.stop();
      web.close();
      await sim.close();
      await host.close();
    }
  });
}

test.describe('a demo session', () => {
  test.use({ harnessOptions: { demo: { speed: 30 }, locale: 'zh-CN' } });

  test('says quietly that files and ports need a real machine, with no error and no port form', async ({
    page,
    harness,
  }) => {
    test.setTimeout(90_000);
    skipFirstRun(harness);
    await readySession(page, harness.bridge.url);
    await expect(page.getByTestId('workbench-demo')).toHaveText(
      '演示会话没有真实机器：传输文件和转发端口需要阿里云账号下的会话。',
    );
    await expect(page.getByTestId('files')).toHaveCount(0);
    await expect(page.getByTestId('port-open')).toHaveCount(0);
    await expect(page.getByTestId('error-note')).toHaveCount(0);
  });
});
