import type { Language } from '../../shared/contract';
import type { MeterView } from '../../shared/meter';
import type { SessionView } from '../../shared/session';
import type { DiagnosticsService } from '../diagnostics/diagnostics-service';
import type { Logger } from '../log/logger';
import type { LaunchCommand, LoginItemChange } from './login-item';
import type { TrayHost } from './tray-host';
import type { TrayModel } from './tray-model';
import type { UpdateController } from './updates/update-controller';

/**
 * What the desktop controller drives. `src/main/app` implements each port over Electron in a
 * few lines; tests implement them with recorders.
 */
export interface TrayPort {
  render(model: TrayModel): void;
}

/** The notebook window's target: one pinned HTTPS origin, with its login token when known. */
export interface NotebookTarget {
  sessionId: string;
  instanceId: string;
  title: string;
  url: string;
  fingerprint256: string;
  /** The login token from the keychain (null: the notebook's own password page). */
  token: string | null;
}

export interface WindowsPort {
  /** Shows and focuses the app window on a route of the window ("#/session?id=…"; "" keeps the page). */
  showMain(route: string): void;
  openNotebook(target: NotebookTarget): void;
  closeNotebook(sessionId: string): void;
  /** There is no tray to come back from: closing the window minimizes it instead of hiding it. */
  keepVisible(): void;
}

export interface QuitQuestion {
  message: string;
  detail: string;
  quit: string;
  cancel: string;
}

/** "Restart now / Later" for a downloaded version. */
export interface RestartQuestion {
  message: string;
  detail: string;
  restart: string;
  later: string;
}

export interface DialogsPort {
  /** Asks before quitting; true: quit. */
  confirmQuit(question: QuitQuestion): Promise<boolean>;
  /** Asks whether to restart into a new version now; true: restart. */
  askRestart(question: RestartQuestion): Promise<boolean>;
}

export interface ClipboardPort {
  writeText(text: string): void;
}

export interface NotificationsPort {
  show(notification: { title: string; body: string; urgent: boolean }, onClick: () => void): void;
}

export interface AppPort {
  /** Ends the process; called once the quit policy said yes. */
  quit(): void;
}

/** The system's own programs: the browser for a link, the file manager for a file. */
export interface ExternalPort {
  /** Opens an https: link in the browser. */
  openExternal(url: string): void;
  /** Shows a file in its folder. */
  showItem(path: string): void;
}

/** The system's list of what starts at login (or the autostart entry on Linux). */
export interface LoginItemPort {
  apply(change: LoginItemChange): void;
}

export interface DesktopPorts {
  tray: TrayPort;
  windows: WindowsPort;
  dialogs: DialogsPort;
  clipboard: ClipboardPort;
  notifications: NotificationsPort;
  app: AppPort;
  external: ExternalPort;
  loginItem: LoginItemPort;
}

/** The sessions as the tray uses them: read them, and the three actions it offers directly. */
export interface DesktopSessions {
  list(): Promise<SessionView[]>;
  hasLastPlan(): Promise<boolean>;
  stop(id: string): Promise<unknown>;
  start(id: string): Promise<unknown>;
  cancel(id: string): Promise<unknown>;
}

/** What the controller reads from the services, each call free to fail. */
export interface DesktopSources {
  sessions: DesktopSessions;
  /** True in demo mode (the built-in simulator: no machine, no notebook behind a session). */
  demo(): Promise<boolean>;
  meter(): Promise<MeterView>;
  notebookToken(instanceId: string): Promise<string | null>;
  language(): Language;
  /** Danlu's private key, for the full SSH command. */
  sshKeyPath: string;
  /** True when "Host danlu-<name>" blocks are written to ~/.ssh/config. */
  sshAliases(): boolean;
  log: Logger;
  /** Resolves after `ms`; how long a question to the services may take before it counts as unanswered. */
  wait?: (ms: number) => Promise<void>;
  /** The running version, for the Help menu. */
  version: string;
  updates: Pick<UpdateController, 'status' | 'check' | 'restart' | 'installOnQuit' | 'onRestart'>;
  diagnostics: Pick<DiagnosticsService, 'export' | 'reportUrl'>;
  /** darwin, win32, linux: how starting at login is done. */
  platform: string;
  /** How this copy is started (for Linux's autostart entry). */
  launchCommand: LaunchCommand;
  startAtLogin(): boolean;
  /** Whether the desktop shows tray icons (asked once). */
  trayHost(): Promise<TrayHost>;
}
