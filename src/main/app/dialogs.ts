import { join } from 'node:path';
import { app, dialog } from 'electron';
import type { DialogsPort } from '../desktop/ports';

/** The native question before quitting; Cancel is the default and what Escape means. */
export const appDialogs: DialogsPort = {
  async confirmQuit(question) {
    const { response } = await dialog.showMessageBox({
      type: 'warning',
      buttons: [question.quit, question.cancel],
      defaultId: 1,
      cancelId: 1,
      message: question.message,
      detail: question.detail,
    });
    return response === 0;
  },
  async askRestart(question) {
    const { response } = await dialog.showMessageBox({
      type: 'info',
      buttons: [question.restart, question.later],
      defaultId: 0,
      cancelId: 1,
      message: question.message,
      detail: question.detail,
    });
    return response === 0;
  },
};

/** Where Export diagnostics writes: the save dialog, in Downloads by default; null when cancelled. */
export async function askDiagnosticsPath(fileName: string, title: string): Promise<string | null> {
  const { canceled, filePath } = await dialog.showSaveDialog({
    title,
    defaultPath: join(app.getPath('downloads'), fileName),
    filters: [{ name: 'Zip', extensions: ['zip'] }],
  });
  return canceled || !filePath ? null : filePath;
}
