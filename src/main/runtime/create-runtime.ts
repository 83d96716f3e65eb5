import type { SessionView } from '../../shared/session';
import { EventBus } from '../api/event-bus';
import type { Handlers } from '../api/handler';
import { createHandlers } from '../api/handlers';
import type { Logger } from '../log/logger';
import { localKeyPath } from '../sessions';
import { SettingsStore } from '../store/settings-store';
import { Services, type ServicesOptions } from './services';

export interface RuntimeOptions extends Omit<ServicesOptions, 'settings' | 'emit'> {
  version: string;
  platform: string;
  locale: string;
  /** The desktop app opens the notebook in its own pinned window; true when it did. */
  openNotebook?: (session: SessionView) => Promise<boolean>;
}

/** Everything both transports serve (each wraps the handlers in its own dispatch), the event bus, and how to shut down. */
export interface Runtime {
  handlers: Handlers;
  events: EventBus;
  log: Logger;
  services: Services;
  settings: SettingsStore;
  dispose(): Promise<void>;
}

/** The composition root: builds every service from its collaborators, once, for any transport. */
export function createRuntime(options: RuntimeOptions): Runtime {
  const events = new EventBus();
  const settings = new SettingsStore(options.dataDir, options.log);
  const services = new Services({ ...options, settings, emit: (name, payload) => events.emit(name, payload) });
  // Demo mode is simply "no account": whatever cloud link is in use says which.
  const demo = () =>
    services.cloud.get().then(
      (link) => link.demo,
      () => true,
    );
  const handlers = createHandlers(
    { ...services, settings, userAddress: services.userAddress, openNotebook: options.openNotebook },
    {
      name: 'Danlu',
      version: options.version,
      platform: options.platform,
      locale: options.locale,
      demo,
      sshKeyPath: localKeyPath(options.dataDir),
    },
  );
  return {
    handlers,
    events,
    log: options.log,
    services,
    settings,
    dispose: () => services.dispose(),
  };
}
