import { arch, release, type } from 'node:os';
import { realTicker, type Ticker } from '../../shared/clock';
import type { Emit } from '../../shared/contract';
import type { SecretStore } from '../credentials/secret-store';
import { busyWork } from '../desktop/updates/busy-work';
import { UpdateController } from '../desktop/updates/update-controller';
import type { InstallerPort, UpdaterPort } from '../desktop/updates/update-ports';
import { ECS_ENDPOINT, httpDate } from '../diagnostics/cloud-time';
import { DiagnosticsService } from '../diagnostics/diagnostics-service';
import { knownSecrets } from '../diagnostics/known-secrets';
import { runSelfCheck } from '../diagnostics/self-check';
import { localKeyPath } from '../sessions';
import type { SettingsStore } from '../store/settings-store';
import type { Services } from './services';

export interface UpkeepOptions {
  dataDir: string;
  version: string;
  platform: string;
  locale: string;
  transport: 'ipc' | 'bridge';
  secretStore: SecretStore;
  /** What checks and downloads updates; without one this copy does not update itself (the bridge, tests). */
  updater?: UpdaterPort;
  /** What replaces the running app (the desktop app's, over Electron). */
  installer?: InstallerPort;
  /** Where an exported diagnostics file goes (the app asks with a save dialog). */
  diagnosticsTarget?: (fileName: string) => Promise<string | null>;
  ticker?: Ticker;
}

const noUpdater: UpdaterPort = {
  unavailable: () => 'bridge',
  check: () => Promise.reject(new Error('this copy does not update itself')),
  download: () => Promise.reject(new Error('this copy does not update itself')),
};

/** What keeps an installed Danlu going: its updates, and the diagnostics a person can send. */
export function buildUpkeep(services: Services, settings: SettingsStore, emit: Emit, options: UpkeepOptions) {
  const { log } = services;
  const updates = new UpdateController({
    version: options.version,
    updater: options.updater ?? noUpdater,
    installer: options.installer,
    settings: () => settings.get(),
    busy: async () => busyWork(await services.sessions.list()),
    onChange: (status) => emit('updates.changed', status),
    notify: (notice) => emit('app.notice', notice),
    ticker: options.ticker ?? realTicker,
    now: () => Date.now(),
    log,
  });
  const demo = () =>
    services.cloud.get().then(
      (link) => link.demo,
      () => true,
    );
  const diagnostics = new DiagnosticsService({
    dataDir: options.dataDir,
    about: async () => {
      const status = updates.status();
      const runtime = Object.fromEntries(
        (['electron', 'chrome', 'node'] as const).flatMap((k) =>
          process.versions[k] ? [[k, process.versions[k]]] : [],
        ),
      ) as Record<string, string>;
      return {
        version: options.version,
        platform: options.platform,
        arch: arch(),
        os: `${type()} ${release()}`,
        locale: options.locale,
        runtime,
        transport: options.transport,
        demo: await demo(),
        updates: `${status.phase}${status.next ? ` ${status.next.version}` : ''} from ${status.feed.kind}`,
        time: new Date().toISOString(),
      };
    },
    settings: () => settings.get(),
    selfCheck: () =>
      runSelfCheck({
        keychain: (signal) => options.secretStore.available(signal),
        cloudRead: async (signal) => {
          const link = await services.cloud.get();
          await link.api.describeRegions({}, { signal, retry: { maxThrottleRetries: 0 } });
          return { demo: link.demo };
        },
        // The simulator keeps its own time; the real cloud says its time in every answer.
        cloudTime: async (signal) => {
          const link = await services.cloud.get();
          return link.key.startsWith('aliyun:') ? httpDate(ECS_ENDPOINT, signal) : link.clock.now();
        },
        now: () => Date.now(),
      }),
    knownSecrets: (instanceIds) =>
      knownSecrets(
        {
          redactor: services.redactor,
          credentials: services.credentials,
          notebookTokens: services.notebookTokens,
          webhook: () => services.webhooks.secrets(),
          privateKeyPath: localKeyPath(options.dataDir),
          log,
        },
        instanceIds,
      ),
    target: options.diagnosticsTarget,
    now: () => new Date(),
    log,
  });
  return { updates, diagnostics };
}
