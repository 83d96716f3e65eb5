import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { endpointOf } from '../../../src/main/cloud/demo-simulator';
import { keychainUnavailable } from '../../../src/main/credentials/keychain-errors';
import type { SecretStore } from '../../../src/main/credentials/secret-store';
import { DesktopController } from '../../../src/main/desktop/desktop-controller';
import { fakeDesktop } from '../../../src/main/desktop/testing/desktop-fakes';
import type { TrayModel } from '../../../src/main/desktop/tray-model';
import type { Runtime } from '../../../src/main/runtime/create-runtime';
import { desktopSources } from '../../../src/main/runtime/desktop-sources';
import { createNodeRuntime } from '../../../src/main/runtime/node-runtime';
import { planSchema } from '../../../src/shared/session';
import type { Simulator } from '../../../src/simulator';
import { startTestSimulator } from '../../support/test-simulator';

let runtime: Runtime | undefined;
let dataDir: string | undefined;
afterEach(async () => {
  await runtime?.dispose();
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  runtime = undefined;
});

/**
 * The desktop controller over the app's real services, with recorders for the Electron side. Its
 * demo cloud is a simulator like the app's (no admin routes) at the test instant, sped up 600×;
 * `market` shapes it before the first call.
 */
function desktopOver(options: { secretStore?: SecretStore; market?: (sim: Simulator) => void }) {
  dataDir = mkdtempSync(join(tmpdir(), 'danlu-desktop-'));
  runtime = createNodeRuntime({
    dataDir,
    locale: 'en-US',
    secretStore: options.secretStore,
    demoSimulator: async () => {
      const sim = await startTestSimulator({ seed: 20261128, speed: 600, adminRoutes: false });
      options.market?.(sim);
      return endpointOf(sim);
    },
  });
  const fake = fakeDesktop();
  const controller = new DesktopController(fake.ports, {
    ...desktopSources(runtime, {
      dataDir,
      locale: 'en-US',
      version: '0.1.0',
      platform: 'linux',
      launchCommand: { executable: '/opt/Danlu/danlu', args: [] },
      trayHost: async () => 'present',
    }),
    wait: () => new Promise(() => {}),
  });
  runtime.events.subscribe((name, payload) => controller.onEvent(name, payload as never));
  return { runtime, controller, recorded: fake.recorded };
}

function status(model: TrayModel | undefined): string {
  const first = model?.items[0];
  return first?.kind === 'status' ? first.label : '';
}

async function until(check: () => boolean, what: string): Promise<void> {
  for (let i = 0; i < 600; i++) {
    if (check()) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`never happened: ${what}`);
}

describe('the desktop controller over the real services', () => {
  it('in demo mode: the tray follows a launch to ready, Stop from the tray stops it, Quit asks while it bills', async () => {
    const {
      runtime: rt,
      controller,
      recorded: r,
    } = desktopOver({
      market: (sim) =>
        sim.setSpotStock({ regionId: 'us-west-1', instanceType: 'ecs.gn6i-c4g1.xlarge', stock: 'WithStock' }),
    });
    await controller.start();
    expect(status(r.trays.at(-1))).toBe('Danlu — no GPU running (demo)');

    const plan = planSchema.parse({
      regionId: 'us-west-1',
      instanceTypes: ['ecs.gn6i-c4g1.xlarge'],
      spot: { strategy: 'SpotAsPriceGo' },
      disk: { kind: 'new', sizeGiB: 40 },
      image: { kind: 'ubuntu' },
    });
    await rt.handlers['sessions.launch'](
      { plan, notebookPassword: 'correct horse', confirmForeign: [] },
      { transport: 'ipc' },
    );
    await until(() => status(r.trays.at(-1)).includes('Launching'), 'the tray shows the launch');
    await until(() => status(r.trays.at(-1)).includes('Running'), 'the tray shows the session running');
    expect(r.trays.at(-1)?.title).toMatch(/^¥\d+\.\d\d$/);

    await controller.trayAction('stop');
    await until(() => status(r.trays.at(-1)).includes('Stopped'), 'the tray shows the session stopped');
    expect(r.notifications.map((n) => n.title)).toContain('GPU ready');

    await controller.trayAction('start');
    await until(() => status(r.trays.at(-1)).includes('Running'), 'the session runs again');
    await controller.requestQuit();
    expect(r.questions.map((q) => q.message)).toEqual(['A GPU is still running']);
  }, 120_000);

  it('without a keychain: the tray says sessions are unavailable, Open opens and Quit quits after asking', async () => {
    const broken: SecretStore = {
      get: async () => {
        throw keychainUnavailable();
      },
      set: async () => {
        throw keychainUnavailable();
      },
      delete: async () => {
        throw keychainUnavailable();
      },
      available: async () => false,
    };
    const { controller, recorded: r } = desktopOver({ secretStore: broken });
    await controller.start();
    expect(status(r.trays.at(-1))).toBe('Danlu — sessions unavailable, open for details');
    await controller.trayAction('open');
    expect(r.shown).toEqual(['']);
    await controller.trayAction('quit');
    expect(r.questions.map((q) => q.message)).toEqual(['Danlu could not check your GPUs']);
    expect(r.quits).toBe(1);
  });
});
