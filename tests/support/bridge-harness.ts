import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Bridge, startBridge } from '../../src/main/bridge/bridge-server';
import { createNodeRuntime } from '../../src/main/host/node-runtime';
import type { Runtime } from '../../src/main/runtime/create-runtime';

export interface BridgeHarness {
  bridge: Bridge;
  runtime: Runtime;
  dataDir: string;
  stop(): Promise<void>;
}

/** A real bridge on a free 127.0.0.1 port over a fresh data folder. */
export async function startBridgeHarness(
  options: { rendererDir?: string; locale?: string } = {},
): Promise<BridgeHarness> {
  const dataDir = mkdtempSync(join(tmpdir(), 'danlu-bridge-'));
  let rendererDir = options.rendererDir;
  if (!rendererDir) {
    rendererDir = join(dataDir, 'renderer');
    mkdirSync(rendererDir);
    writeFileSync(join(rendererDir, 'index.html'), '<!doctype html><title>Danlu test</title>');
  }
  const runtime = createNodeRuntime({ dataDir: join(dataDir, 'data'), locale: options.locale ?? 'en-US' });
  const bridge = await startBridge({ runtime, rendererDir, port: 0 });
  return {
    bridge,
    runtime,
    dataDir,
    async stop() {
      await bridge.close();
      await runtime.dispose();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
