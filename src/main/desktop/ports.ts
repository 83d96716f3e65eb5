import type { Language } from '../../shared/contract';
import type { MeterView } from '../../shared/meter';
import type { SessionView } from '../../shared/session';
import type { Logger } from '../log/logger';
import type { TrayModel } from './tray-model';

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
}

export interface QuitQuestion {
  message: string;
  detail: string;
  quit: string;
  cancel: string;
}

export interface DialogsPort {
  /** Asks before quitting; true: quit. */
  confirmQuit(question: QuitQuestion): Promise<boolean>;
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

export interface DesktopPorts {
  tray: TrayPort;
  windows: WindowsPort;
  dialogs: DialogsPort;
  clipboard: ClipboardPort;
  notifications: NotificationsPort;
  app: AppPort;
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
}
