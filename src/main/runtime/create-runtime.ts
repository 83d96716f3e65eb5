import { AppError } from '../../shared/errors';
import type { SessionView } from '../../shared/session';
import { demoAddress } from '../cloud/demo-machine';
import type { Logger } from '../log/logger';
import { localKeyPath } from '../sessions/local-key';
import { SettingsStore } from '../store/settings-store';
import { appHandlers } from './app-handlers';
import { cloudHandlers } from './cloud-handlers';
import { EventBus } from './event-bus';
import type { Handlers } from './handlers';
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
  const handlers: Handlers = {
    ...appHandlers({
      name: 'Danlu',
      version: options.version,
      platform: options.platform,
      locale: options.locale,
      demo,
      sshKeyPath: localKeyPath(options.dataDir),
    }),
    'settings.get': () => settings.get(),
    'settings.update': (patch) => settings.update(patch),
    'settings.checkAddress': async () => ((await demo()) ? demoAddress() : services.address()),
    ...cloudHandlers(services),
    'meter.get': () => services.meter.view(),
    'notebook.open': async ({ id }) => {
      const session = (await services.sessions.manager()).get(id);
      if (!session.notebook || session.phase !== 'ready') {
        throw new AppError('notebook.notReady', {
          en: 'This session has no notebook ready; wait until the launch finishes.',
          zh: '此会话的 Notebook 尚未就绪，请等待启动完成。',
        });
      }
      // Demo machines have no notebook to show: the window says so instead of opening one.
      const opened = (await demo()) ? false : ((await options.openNotebook?.(session)) ?? false);
      return { opened, url: session.notebook.url, fingerprint256: session.notebook.fingerprint256 };
    },
  };
  return {
    handlers,
    events,
    log: options.log,
    services,
    settings,
    dispose: () => services.dispose(),
  };
}
