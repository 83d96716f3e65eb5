import { resolveLanguage } from '../../shared/language';
import type { DesktopSources } from '../desktop/ports';
import { localKeyPath } from '../sessions/local-key';
import type { Runtime } from './create-runtime';

/** The narrow view of the services the desktop controller gets: sessions, mode, meter, token, language. */
export function desktopSources(runtime: Runtime, options: { dataDir: string; locale: string }): DesktopSources {
  const { services, settings } = runtime;
  const manager = () => services.sessions.manager();
  return {
    sessions: {
      list: async () => (await manager()).list(),
      hasLastPlan: async () => (await manager()).lastPlan() !== undefined,
      stop: async (id) => (await manager()).stop(id),
      start: async (id) => (await manager()).start(id),
      cancel: async (id) => (await manager()).cancel(id),
      recover: async (id) => (await manager()).recover(id),
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
