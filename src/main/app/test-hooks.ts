import { app, type MenuItem } from 'electron';
import { isRequestName, requests } from '../../shared/contract';
import type { DemoOptions, SimulatorEndpoint } from '../cloud/cloud-connection';
import { startDemoSimulator } from '../cloud/demo-simulator';
import { MemorySecretStore } from '../credentials/memory-secret-store';
import type { SecretStore } from '../credentials/secret-store';
import type { Runtime } from '../runtime/create-runtime';
import type { NotebookEvent } from './notebook-window';
import type { AppTray } from './tray';
import type { AppWindows } from './windows';

/**
 * Native menus cannot be driven by tests, so the desktop specs read and click the tray through
 * hooks on the main process's global object. Only a run from the sources with DANLU_TEST_HOOKS=1
 * has them: an installed (packaged) app never does.
 */
export function testHooksEnabled(): boolean {
  return !app.isPackaged && process.env.DANLU_TEST_HOOKS === '1';
}

/**
 * The demo cloud; specs may run its clock faster (DANLU_TEST_DEMO_SPEED) so a launch takes
 * seconds, and start it at their test instant (DANLU_TEST_DEMO_START, ms) instead of the wall clock.
 */
export function demoSimulatorFor(testHooks: boolean): (options: DemoOptions) => Promise<SimulatorEndpoint> {
  const speed = Number(process.env.DANLU_TEST_DEMO_SPEED);
  const startTime = Number(process.env.DANLU_TEST_DEMO_START);
  return (options) =>
    startDemoSimulator({
      ...options,
      ...(testHooks && speed > 0 ? { speed } : {}),
      ...(testHooks && startTime > 0 ? { startTime } : {}),
    });
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

export interface NativeMenuItemView {
  id: string;
  type: string;
  label: string;
  enabled: boolean;
  /** A submenu's own items (the Help menu). */
  submenu?: NativeMenuItemView[];
}

/** The native tray as Electron holds it: the context menu's items and the image loaded. */
export interface NativeTrayView {
  items: NativeMenuItemView[];
  icon: { file: string; empty: boolean; width: number; height: number };
  /** The text beside the icon (macOS); '' elsewhere. */
  title: string;
}

export interface TestHooks {
  /** Read from Electron's Menu and NativeImage, not from the controller's model. */
  tray(): NativeTrayView;
  /** Clicks an item of the native menu, as a person would: an item that is not enabled refuses. */
  click(id: string): void;
  openNotebook: AppWindows['openNotebook'];
  /** What each notebook window's certificate check decided and how its page load ended, in order. */
  notebookEvents(): NotebookEvent[];
  /** A request of the contract, parsed like any other. */
  request(name: string, input?: unknown): Promise<unknown>;
}

function itemView(item: MenuItem): NativeMenuItemView {
  const view: NativeMenuItemView = { id: item.id, type: item.type, label: item.label, enabled: item.enabled };
  if (item.submenu) view.submenu = item.submenu.items.map(itemView);
  return view;
}

export function installTestHooks(runtime: Runtime, tray: AppTray, windows: AppWindows): void {
  const hooks: TestHooks = {
    tray: () => {
      const { tray: native, menu, icon } = tray.native();
      const size = icon.image.getSize();
      return {
        items: (menu?.items ?? []).map(itemView),
        icon: { file: icon.file, empty: icon.image.isEmpty(), width: size.width, height: size.height },
        title: process.platform === 'darwin' ? native.getTitle() : '',
      };
    },
    click: (id) => {
      const item = tray.native().menu?.getMenuItemById(id);
      if (!item) throw new Error(`the tray menu has no item "${id}"`);
      if (!item.enabled) throw new Error(`the tray item "${id}" is not enabled: nobody can click it`);
      item.click();
    },
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
