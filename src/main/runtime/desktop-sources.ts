import { resolveLanguage } from '../../shared/language';
import type { LaunchCommand } from '../desktop/login-item';
import type { DesktopSources } from '../desktop/ports';
import type { TrayHost } from '../desktop/tray-host';
import { localKeyPath } from '../sessions';
import type { Runtime } from './create-runtime';

export interface DesktopFacts {
  dataDir: string;
  locale: string;
  version: string;
  platform: string;
  launchCommand: LaunchCommand;
  /** Whether the desktop shows tray icons (asked once, by whoever starts the app). */
  trayHost: () => Promise<TrayHost>;
}

/** The narrow view of the services the desktop controller gets: sessions, mode, meter, token, language, upkeep. */
export function desktopSources(runtime: Runtime, facts: DesktopFacts): DesktopSources {
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
    language: () => resolveLanguage(settings.get().language, facts.locale),
    sshKeyPath: localKeyPath(facts.dataDir),
    sshAliases: () => settings.get().sshConfig,
    log: runtime.log,
    version: facts.version,
    updates: runtime.updates,
    diagnostics: runtime.diagnostics,
    platform: facts.platform,
    launchCommand: facts.launchCommand,
    startAtLogin: () => settings.get().startAtLogin,
    trayHost: facts.trayHost,
  };
}
