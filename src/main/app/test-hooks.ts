import { app } from 'electron';
import { isRequestName, requests } from '../../shared/contract';
import type { DemoOptions, SimulatorEndpoint } from '../cloud/cloud-connection';
import { startDemoSimulator } from '../cloud/demo-simulator';
import { MemorySecretStore } from '../credentials/memory-secret-store';
import type { SecretStore } from '../credentials/secret-store';
import type { DesktopController } from '../desktop/desktop-controller';
import type { Runtime } from '../runtime/create-runtime';
import type { NotebookEvent } from './notebook-window';
import type { AppWindows } from './windows';

/**
 * Native menus cannot be driven by tests, so the desktop specs read and click the tray through
 * hooks on the main process's global object. Only a run from the sources with DANLU_TEST_HOOKS=1
 * has them: an installed (packaged) app never does.
 */
export function testHooksEnabled(): boolean {
  return !app.isPackaged && process.env.DANLU_TEST_HOOKS === '1';
}

/** The demo cloud; specs may run its clock faster (DANLU_TEST_DEMO_SPEED) so a launch takes seconds. */
export function demoSimulatorFor(testHooks: boolean): (options: DemoOptions) => Promise<SimulatorEndpoint> {
  const speed = Number(process.env.DANLU_TEST_DEMO_SPEED);
  return (options) => startDemoSimulator({ ...options, ...(testHooks && speed > 0 ? { speed } : {}) });
}

/**
 * The keychain a spec asks for: in memory (so runners without a Secret Service get demo mode),
 * or one that is unavailable; undefined: the real one.
 */
export function testSecretStore(testHooks: boolean): SecretStore | undefined {
  if (!testHooks) return undefined;
  const wanted = process.env.DANLU_TEST_KEYCHAIN;
  if (wanted === 'memory') return new MemorySecretStore();
  if (wanted === 'unavailable') return new MemorySecretStore({ unavailable: true });
  return undefined;
}

export interface TestHooks {
  tray(): ReturnType<DesktopController['tray']>;
  click(action: Parameters<DesktopController['trayAction']>[0]): Promise<void>;
  openNotebook: AppWindows['openNotebook'];
  /** What each notebook window's certificate check decided and how its page load ended, in order. */
  notebookEvents(): NotebookEvent[];
  /** A request of the contract, parsed like any other. */
  request(name: string, input?: unknown): Promise<unknown>;
}

export function installTestHooks(runtime: Runtime, controller: DesktopController, windows: AppWindows): void {
  const hooks: TestHooks = {
    tray: () => controller.tray(),
    click: (action) => controller.trayAction(action),
    openNotebook: (target) => windows.openNotebook(target),
    notebookEvents: () => [...(windows.notebookEvents ?? [])],
    request: async (name, input) => {
      if (!isRequestName(name)) throw new Error(`unknown request ${name}`);
      const handler = runtime.handlers[name] as (input: unknown, context: { transport: 'ipc' }) => unknown;
      return handler(requests[name].input.parse(input), { transport: 'ipc' });
    },
  };
  Object.assign(globalThis, { __danlu: hooks });
}
