import type { PinnedPage } from '../../../shared/ports';
import type { SessionView } from '../../../shared/session';
import type { CloudConnection } from '../../cloud/cloud-connection';
import type { CredentialService } from '../../credentials/credential-service';
import type { UpdateController } from '../../desktop/updates/update-controller';
import type { DiagnosticsService } from '../../diagnostics/diagnostics-service';
import type { Redactor } from '../../log/redactor';
import type { MeterService } from '../../meter/meter-service';
import type { PricesService } from '../../prices/prices-service';
import type { AddressSource, SessionHub } from '../../sessions';
import type { SettingsStore } from '../../store/settings-store';
import type { FileTransfers, MachineReaders, PortForwards, WebhookRelay } from '../../workbench';
import type { Handlers } from '../handler';
import { type AppFacts, appHandlers } from './app';
import { credentialsHandlers } from './credentials';
import { diagnosticsHandlers } from './diagnostics';
import { filesHandlers, type PathPicker } from './files';
import { gpuHandlers } from './gpu';
import { meterHandlers } from './meter';
import { notifyHandlers } from './notify';
import { portsHandlers } from './ports';
import { pricesHandlers } from './prices';
import { resourcesHandlers } from './resources';
import { sessionsHandlers } from './sessions';
import { settingsHandlers } from './settings';
import { updatesHandlers } from './updates';

/** The services the handlers answer from. */
export interface HandlerServices {
  credentials: CredentialService;
  cloud: CloudConnection;
  prices: PricesService;
  sessions: SessionHub;
  meter: MeterService;
  machineReaders: MachineReaders;
  webhooks: WebhookRelay;
  redactor: Redactor;
  settings: SettingsStore;
  ports: PortForwards;
  files: FileTransfers;
  /** The desktop app's file dialog, for local paths the window does not name. */
  pickPaths?: PathPicker;
  /** Where the user is, as the cloud in use sees it (a fixed stand-in in demo mode). */
  userAddress: AddressSource;
  /** The desktop app opens the notebook in its own pinned window; true when it did. */
  openNotebook?: (session: SessionView) => Promise<boolean>;
  updates: UpdateController;
  diagnostics: DiagnosticsService;
  /** The desktop app shows a forwarded HTTPS page in its own window pinned to its certificate; true when it did. */
  openPinned?: (page: PinnedPage) => Promise<boolean>;
}

/** Every request of the contract, each answered by the handler file of its area. */
export function createHandlers(services: HandlerServices, facts: AppFacts): Handlers {
  return {
    ...appHandlers(facts),
    ...settingsHandlers(services.settings, services.userAddress),
    ...credentialsHandlers(services.credentials, services.cloud),
    ...pricesHandlers(services.prices),
    ...sessionsHandlers({
      sessions: services.sessions,
      redactor: services.redactor,
      demo: facts.demo,
      openNotebook: services.openNotebook,
    }),
    ...resourcesHandlers(services.sessions),
    ...meterHandlers(services.meter),
    ...updatesHandlers(services.updates),
    ...diagnosticsHandlers(services.diagnostics),
    ...portsHandlers(services.ports, services.openPinned),
    ...filesHandlers(services.files, services.pickPaths),
    ...gpuHandlers(services.sessions, services.machineReaders),
    ...notifyHandlers(services.webhooks),
  };
}

export type { AppFacts } from './app';
export type { PathPicker } from './files';
