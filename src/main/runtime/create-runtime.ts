import type { PinnedPage } from '../../shared/ports';
import type { SessionView } from '../../shared/session';
import { EventBus } from '../api/event-bus';
import type { Handlers } from '../api/handler';
import { type AppFacts, createHandlers, type PathPicker } from '../api/handlers';
import type { Logger } from '../log/logger';
import { localKeyPath } from '../sessions';
import { SettingsStore } from '../store/settings-store';
import { Services, type ServicesOptions } from './services';
import { buildUpkeep, type UpkeepOptions } from './upkeep';

export interface RuntimeOptions
  extends Omit<ServicesOptions, 'settings' | 'emit' | 'holdWork'>,
    Pick<UpkeepOptions, 'updater' | 'installer' | 'diagnosticsTarget'> {
  version: string;
  platform: string;
  locale: string;
  /** The Electron app ('ipc'), or the development bridge and tests ('bridge'). */
  transport?: 'ipc' | 'bridge';
  /** Whether the desktop shows the tray icon (asked once by the app). */
  trayHost?: AppFacts['tray'];
  /** The desktop app opens the notebook in its own pinned window; true when it did. */
  openNotebook?: (session: SessionView) => Promise<boolean>;
  /** The desktop app shows a forwarded HTTPS page in its own window pinned to its certificate. */
  openPinned?: (page: PinnedPage) => Promise<boolean>;
  /** The desktop app's file dialog, for files to upload and the folder to download into. */
  pickPaths?: PathPicker;
}

type Upkeep = ReturnType<typeof buildUpkeep>;

/** Everything both transports serve (each wraps the handlers in its own dispatch), the event bus, and how to shut down. */
export interface Runtime {
  handlers: Handlers;
  events: EventBus;
  log: Logger;
  services: Services;
  settings: SettingsStore;
  updates: Upkeep['updates'];
  diagnostics: Upkeep['diagnostics'];
  dispose(): Promise<void>;
}

/** The composition root: builds every service from its collaborators, once, for any transport. */
export function createRuntime(options: RuntimeOptions): Runtime {
  const events = new EventBus();
  const settings = new SettingsStore(options.dataDir, options.log);
  const emit: ServicesOptions['emit'] = (name, payload) => events.emit(name, payload);
  // The update controller reads the services, so it comes after them; transfers reach it through this.
  let holder: Upkeep['updates'] | undefined;
  const holdWork: ServicesOptions['holdWork'] = (work) => holder?.hold(work) ?? (() => {});
  const services = new Services({ ...options, settings, emit, holdWork });
  const { updates, diagnostics } = buildUpkeep(services, settings, emit, {
    ...options,
    transport: options.transport ?? 'bridge',
  });
  holder = updates;
  settings.onChange((next, previous) => {
    emit('settings.changed', next);
    if (next.updateChecks !== previous.updateChecks || next.updateFeedUrl !== previous.updateFeedUrl) {
      updates.settingsChanged();
    }
  });
  // A restart waiting for a launch or release to end is offered once it has.
  events.subscribe((name) => {
    if (name === 'sessions.changed') void updates.workChanged();
  });
  // Demo mode is simply "no account": whatever cloud link is in use says which.
  const demo = () =>
    services.cloud.get().then(
      (link) => link.demo,
      () => true,
    );
  const demoSpeed = () =>
    services.cloud.get().then(
      (link) => (link.demo ? (link.speed?.() ?? 1) : undefined),
      () => undefined,
    );
  const handlers = createHandlers(
    {
      ...services,
      settings,
      userAddress: services.userAddress,
      openNotebook: options.openNotebook,
      updates,
      diagnostics,
      pickPaths: options.pickPaths,
      openPinned: options.openPinned,
    },
    {
      name: 'Danlu',
      version: options.version,
      platform: options.platform,
      locale: options.locale,
      demo,
      demoSpeed,
      sshKeyPath: localKeyPath(options.dataDir),
      tray: options.trayHost,
    },
  );
  return {
    handlers,
    events,
    log: options.log,
    services,
    settings,
    updates,
    diagnostics,
    dispose: () => {
      updates.dispose();
      return services.dispose();
    },
  };
}
