import { BaseWindow, session as electronSession, WebContentsView } from 'electron';
import { ACCEPT, type NotebookPin, pinDecision, REJECT } from '../desktop/notebook-pin';
import type { NotebookTarget } from '../desktop/ports';
import { confineTo } from './security';

/** What happened in a notebook window: the certificate check's verdict, then how the page load ended. */
export type NotebookEvent =
  | { sessionId: string; event: 'certificate'; hostname: string; accepted: boolean }
  | { sessionId: string; event: 'loaded'; title: string }
  | { sessionId: string; event: 'failed'; code: number; description: string };

/** One window per notebook; reopening brings the same one back. */
const open = new Map<string, BaseWindow>();

/**
 * Shows the notebook in Danlu's own window: a WebContentsView in an in-memory partition of
 * its own (per instance, so no certificate decision is ever cached from elsewhere), no preload,
 * sandboxed, trusting exactly the certificate Danlu made for that host, kept to that origin,
 * new windows refused, downloads through a save dialog.
 */
export function openNotebookWindow(target: NotebookTarget, observe: (event: NotebookEvent) => void = () => {}): void {
  const existing = open.get(target.sessionId);
  if (existing && !existing.isDestroyed()) {
    existing.show();
    existing.focus();
    return;
  }
  const url = new URL(target.url);
  const pin: NotebookPin = { host: url.hostname, fingerprint256: target.fingerprint256 };
  const partition = `notebook-${target.instanceId}`;
  const ses = electronSession.fromPartition(partition, { cache: false });
  const { sessionId } = target;
  ses.setCertificateVerifyProc((request, callback) => {
    const accepted = pinDecision({ hostname: request.hostname, certificate: request.certificate }, pin) === ACCEPT;
    observe({ sessionId, event: 'certificate', hostname: request.hostname, accepted });
    callback(accepted ? ACCEPT : REJECT);
  });
  ses.setPermissionRequestHandler((_c, permission, callback) => callback(permission === 'clipboard-sanitized-write'));
  ses.setPermissionCheckHandler(() => false);
  // Electron asks where to save when no path is set: every download goes through a save dialog.
  ses.on('will-download', (_event, item) => item.setSaveDialogOptions({ title: target.title }));

  const window = new BaseWindow({ width: 1280, height: 860, title: target.title });
  const view = new WebContentsView({
    webPreferences: { partition, sandbox: true, contextIsolation: true, nodeIntegration: false, webSecurity: true },
  });
  confineTo(view.webContents, url.origin);
  view.webContents.on('did-finish-load', () =>
    observe({ sessionId, event: 'loaded', title: view.webContents.getTitle() }),
  );
  view.webContents.on('did-fail-load', (_event, code, description, _url, isMainFrame) => {
    if (isMainFrame) observe({ sessionId, event: 'failed', code, description });
  });
  window.contentView.addChildView(view);
  const fillWindow = () => {
    const { width, height } = window.getContentBounds();
    view.setBounds({ x: 0, y: 0, width, height });
  };
  fillWindow();
  window.on('resize', fillWindow);
  view.webContents.on('before-input-event', (event, input) => {
    const mod = process.platform === 'darwin' ? input.meta : input.control;
    if (input.type === 'keyDown' && ((mod && input.key.toLowerCase() === 'r') || input.key === 'F5')) {
      event.preventDefault();
      view.webContents.reload();
    }
  });
  window.on('closed', () => {
    open.delete(target.sessionId);
    view.webContents.close();
    void ses.clearStorageData();
  });
  open.set(target.sessionId, window);
  const first = new URL(target.url);
  if (target.token) first.searchParams.set('token', target.token);
  void view.webContents.loadURL(first.toString());
}

/** Closes the notebook window of a session that is gone. */
export function closeNotebookWindow(sessionId: string): void {
  open.get(sessionId)?.close();
}
