import type { AppInfo, Platform } from '../../../shared/contract';
import type { appRequests } from '../../../shared/contract/app';
import type { AreaHandlers } from '../handler';

export interface AppFacts {
  name: string;
  version: string;
  platform: string;
  locale: string;
  demo: () => Promise<boolean>;
  /** In demo mode, how many times faster than real time the demo's cloud runs. */
  demoSpeed?: () => Promise<number | undefined>;
  sshKeyPath: string;
  /** Whether the desktop shows the tray icon (the browser bridge has none to miss). */
  tray?: () => Promise<AppInfo['tray']>;
}

const known: Platform[] = ['darwin', 'win32', 'linux'];

/** What the app is and whether it answers. */
export function appHandlers(facts: AppFacts): AreaHandlers<typeof appRequests> {
  return {
    'app.info': async (_input, context): Promise<AppInfo> => {
      const demoSpeed = await facts.demoSpeed?.().catch(() => undefined);
      return {
        name: facts.name,
        version: facts.version,
        platform: known.includes(facts.platform as Platform) ? (facts.platform as Platform) : 'other',
        locale: facts.locale,
        demo: await facts.demo(),
        transport: context.transport,
        sshKeyPath: facts.sshKeyPath,
        tray: (await facts.tray?.().catch(() => 'unknown' as const)) ?? 'present',
        ...(demoSpeed !== undefined ? { demoSpeed } : {}),
      };
    },
    'app.ping': ({ message }) => ({ message, at: new Date().toISOString() }),
  };
}
