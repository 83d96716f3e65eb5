import type { BrowserWindow } from 'electron';
import type { NotebookTarget, WindowsPort } from '../desktop/ports';
import { createMainWindow } from './main-window';
import { closeNotebookWindow, type NotebookEvent, openNotebookWindow } from './notebook-window';

/** The app window and the notebook windows, as the desktop controller's port. */
export class AppWindows implements WindowsPort {
  private main: BrowserWindow | null = null;
  /** Set once Danlu really quits; until then closing the window only hides it. */
  closing = false;
  /** No tray to come back from: closing minimizes instead of hiding. */
  private visible = false;

  constructor(
    private readonly rendererUrl: string,
    private readonly preloadDir: string,
    /** Only for the desktop specs: what each notebook window's certificate check and page load did. */
    readonly notebookEvents: NotebookEvent[] | null = null,
  ) {}

  /** The app window, when one exists. */
  window(): BrowserWindow | null {
    return this.main && !this.main.isDestroyed() ? this.main : null;
  }

  showMain(route: string): void {
    const existing = this.window();
    if (!existing) {
      const window = createMainWindow(this.rendererUrl + route, this.preloadDir);
      // Closing the window keeps Danlu in the tray: a running GPU must stay visible.
      window.on('close', (event) => {
        if (this.closing) return;
        event.preventDefault();
        if (this.visible) window.minimize();
        else window.hide();
      });
      this.main = window;
      return;
    }
    if (route) void existing.webContents.executeJavaScript(`location.hash = ${JSON.stringify(route)}`);
    existing.show();
    existing.focus();
  }

  keepVisible(): void {
    this.visible = true;
  }

  openNotebook(target: NotebookTarget): void {
    openNotebookWindow(target, (event) => this.notebookEvents?.push(event));
  }

  closeNotebook(sessionId: string): void {
    closeNotebookWindow(sessionId);
  }
}
