import { resolveLanguage } from '../../shared/language';
import type { DesktopSources } from '../desktop/ports';
import { localKeyPath } from '../sessions';
import type { Runtime } from './create-runtime';

/** The narrow view of the services the desktop controller gets: sessions, mode, meter, token, language. */
export function desktopSources(runtime: Runtime, options: { dataDir: string; locale: string }): DesktopSources {
  const { services, settings } = runtime;
  const sessions = services.sessions;
  return {
    sessions: {
      list: () => sessions.list(),
      hasLastPlan: () => sessions.hasLastPlan(),
      stop: (id) => sessions.stop(id),
      start: (id) => sessions.start(id),
      cancel: (id) => sessions.cancel(id),
    },
    demo: async () => (await services.cloud.get()).demo,
    meter: () => services.meter.view(),
    notebookToken: (instanceId) => services.notebookTokens.get(instanceId),
    language: () => resolveLanguage(settings.get().language, options.locale),
    sshKeyPath: localKeyPath(options.dataDir),
    sshAliases: () => settings.get().sshConfig,
    log: runtime.log,
  };
}
