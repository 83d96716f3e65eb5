import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Bridge, startBridge } from '../../src/main/api/bridge/bridge-server';
import type { SimulatorEndpoint } from '../../src/main/cloud/cloud-connection';
import { endpointOf } from '../../src/main/cloud/demo-simulator';
import type { SecretStore } from '../../src/main/credentials/secret-store';
import type { Runtime, RuntimeOptions } from '../../src/main/runtime/create-runtime';
import { createNodeRuntime, type NodeRuntimeOptions } from '../../src/main/runtime/node-runtime';
import type { Simulator, SimulatorOptions } from '../../src/simulator';
import { startTestSimulator } from './test-simulator';

export interface BridgeHarnessOptions {
  rendererDir?: string;
  locale?: string;
  /**
   * The demo simulator: always one of our own (never the app's built-in one, which follows the
   * wall clock), starting at the test instant unless `startTime` says otherwise; `speed` (default
   * 1, real time) makes a launch take seconds instead of a minute. It is reachable as
   * `harness.demo()` so a test can read the cloud's truth (resources left behind, the ledger) and
   * shape its market. Its account is kept in the data folder, as the app keeps it.
   */
  demo?: Pick<SimulatorOptions, 'speed' | 'seed' | 'delays' | 'balance' | 'startTime'>;
  /** Instead of demo mode: this simulator as the account's cloud, with the runtime's extra collaborators (stand-in machines). */
  account?: { simulator: SimulatorEndpoint; extra?: NodeRuntimeOptions['extra'] };
  /** Instead of the in-memory store, e.g. a real keychain store whose binding cannot load. */
  secretStore?: SecretStore;
  /** What the desktop app would add: an updater (over a test feed), its installer, the tray's presence. */
  desktop?: Pick<RuntimeOptions, 'updater' | 'installer' | 'trayHost'>;
}

export interface BridgeHarness {
  bridge: Bridge;
  runtime: Runtime;
  dataDir: string;
  /** The demo simulator (started on first use, by the runtime or by the test). */
  demo(): Promise<Simulator>;
  /** The backend goes away (bridge, services and simulator), as if its process died; the data stays. */
  kill(): Promise<void>;
  /** A new backend on the same port and data folder, as after restarting the app. */
  restart(): Promise<void>;
  stop(): Promise<void>;
}

/** Starts a simulator the way demo mode does, but at the test instant and with the test's speed and seed. */
function demoSimulator(options: NonNullable<BridgeHarnessOptions['demo']>, stateFile: string) {
  let started: Promise<Simulator> | undefined;
  const start = () => {
    started ??= startTestSimulator({ seed: 20261128, ...options, stateFile });
    return started;
  };
  const endpoint = async (): Promise<SimulatorEndpoint> => endpointOf(await start());
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
  const appData = join(dataDir, 'data');
  const boot = async (port: number, secretPath?: string) => {
    const sim = demoSimulator(options.demo ?? {}, join(appData, 'demo-cloud.json'));
    const runtime = createNodeRuntime({
      dataDir: appData,
      locale: options.locale ?? 'en-US',
      demoSimulator: sim.endpoint,
      secretStore: options.secretStore,
      fixedSimulator: options.account?.simulator,
      extra: { ...options.desktop, ...options.account?.extra },
    });
    const bridge = await startBridge({ runtime, rendererDir, port, secretPath });
    const halt = async () => {
      await bridge.close();
      await runtime.dispose();
      // The runtime closes the simulator it used; one started but never used is closed here.
      await (await sim.started()?.catch(() => undefined))?.close();
    };
    return { sim, runtime, bridge, halt };
  };
  let current: Awaited<ReturnType<typeof boot>> | undefined = await boot(0);
  const port = current.bridge.port;
  const harness: BridgeHarness = {
    bridge: current.bridge,
    runtime: current.runtime,
    dataDir,
    demo() {
      const sim = current?.sim;
      if (!sim) throw new Error('startBridgeHarness: the backend is not running (killed or stopped)');
      return sim.start();
    },
    async kill() {
      await current?.halt();
      current = undefined;
    },
    async restart() {
      await current?.halt();
      // The same address, secret path included: the open page reconnects as it would to a backend that came back.
      current = await boot(port, new URL(harness.bridge.url).pathname);
      harness.bridge = current.bridge;
      harness.runtime = current.runtime;
    },
    async stop() {
      await current?.halt();
      current = undefined;
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
  return harness;
}
