import { EventBus } from '../events/event-bus';
import { createDispatch, type Dispatch } from '../ipc/dispatch';
import type { Handlers } from '../ipc/handlers';
import type { Logger } from '../log/logger';
import type { Redactor } from '../log/redactor';
import { SettingsStore } from '../store/settings-store';
import { appHandlers } from './app-handlers';

export interface RuntimeOptions {
  /** Where settings, journal, keys and logs live (Electron's userData, or a temp dir in tests). */
  dataDir: string;
  version: string;
  platform: string;
  locale: string;
  demo: boolean;
  log: Logger;
  redactor: Redactor;
}

/** Everything both transports serve: the handlers, the event bus, and how to shut down. */
export interface Runtime {
  handlers: Handlers;
  events: EventBus;
  dispatch: Dispatch;
  log: Logger;
  dispose(): Promise<void>;
}

/** The composition root: builds every service from its collaborators, once, for any transport. */
export function createRuntime(options: RuntimeOptions): Runtime {
  const events = new EventBus();
  const settings = new SettingsStore(options.dataDir, options.log);
  const handlers: Handlers = {
    ...appHandlers({
      name: 'Danlu',
      version: options.version,
      platform: options.platform,
      locale: options.locale,
      demo: () => options.demo,
    }),
    'settings.get': () => settings.get(),
    'settings.update': (patch) => settings.update(patch),
  };
  return {
    handlers,
    events,
    dispatch: createDispatch(handlers, options.log),
    log: options.log,
    async dispose() {},
  };
}
