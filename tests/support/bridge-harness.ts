import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Bridge, startBridge } from '../../src/main/bridge/bridge-server';
import type { SimulatorEndpoint } from '../../src/main/cloud/cloud-connection';
import type { SecretStore } from '../../src/main/credentials/secret-store';
import type { Runtime } from '../../src/main/runtime/create-runtime';
import { createNodeRuntime } from '../../src/main/runtime/node-runtime';
import { type Simulator, type SimulatorOptions, startSimulator } from '../../src/simulator';

export interface BridgeHarnessOptions {
  rendererDir?: string;
  locale?: string;
  /**
   * Demo mode on a simulator of our own instead of the real-time built-in one: `speed` makes a
   * launch take seconds instead of a minute; the simulator is then reachable as `harness.demo()`
   * so a test can read the cloud's truth (resources left behind, the ledger).
   */
  demo?: Pick<SimulatorOptions, 'speed' | 'seed' | 'delays' | 'balance' | 'startTime'>;
  /** Instead of the in-memory store, e.g. a real keychain store whose binding cannot load. */
  secretStore?: SecretStore;
}

export interface BridgeHarness {
  bridge: Bridge;
  runtime: Runtime;
  dataDir: string;
  /** The demo simulator, once the runtime started it (only with the `demo` option). */
  demo(): Promise<Simulator>;
  stop(): Promise<void>;
}

/** Starts a simulator the way demo mode does, but with the test's speed and seed. */
function demoSimulator(options: NonNullable<BridgeHarnessOptions['demo']>) {
  let started: Promise<Simulator> | undefined;
  const start = () => {
    started ??= startSimulator({ seed: 20261128, ...options });
    return started;
  };
  const endpoint = async (): Promise<SimulatorEndpoint> => {
    const sim = await start();
    return {
      endpoint: sim.endpoint,
      accessKeyId: sim.accessKeyId,
      accessKeySecret: sim.accessKeySecret,
      clock: sim.clock,
      close: () => sim.close(),
    };
  };
  return { start, endpoint, started: () => started };
}

/** A real bridge on a free 127.0.0.1 port over a fresh data folder. */
export async function startBridgeHarness(options: BridgeHarnessOptions = {}): Promise<BridgeHarness> {
  const dataDir = mkdtempSync(join(tmpdir(), 'danlu-bridge-'));
  let rendererDir = options.rendererDir;
  if (!rendererDir) {
    rendererDir = join(dataDir, 'renderer');
    mkdirSync(rendererDir);
    writeFileSync(join(rendererDir, 'index.html'), '<!doctype html><title>Danlu test</title>');
  }
  const sim = options.demo ? demoSimulator(options.demo) : undefined;
  const runtime = createNodeRuntime({
    dataDir: join(dataDir, 'data'),
    locale: options.locale ?? 'en-US',
    demoSimulator: sim?.endpoint,
    secretStore: options.secretStore,
  });
  const bridge = await startBridge({ runtime, rendererDir, port: 0 });
  return {
    bridge,
    runtime,
    dataDir,
    demo() {
      if (!sim) throw new Error('startBridgeHarness: pass the `demo` option to reach the demo simulator');
      return sim.start();
    },
    async stop() {
      await bridge.close();
      await runtime.dispose();
      // The runtime closes the simulator it used; one started but never used is closed here.
      await (await sim?.started()?.catch(() => undefined))?.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
