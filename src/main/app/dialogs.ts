import { join } from 'node:path';
import { app, dialog } from 'electron';
import type { DialogsPort } from '../desktop/ports';

/** A native question with two buttons; true when the first is chosen. */
async function ask(
  type: 'warning' | 'info',
  buttons: [string, string],
  defaultId: number,
  text: { message: string; detail: string },
) {
  const { response } = await dialog.showMessageBox({
    type,
    buttons,
    defaultId,
    cancelId: 1,
    message: text.message,
    detail: text.detail,
  });
  return response === 0;
}

/** Before quitting, Cancel is the default and what Escape means; before restarting, Escape means Later. */
export const appDialogs: DialogsPort = {
  confirmQuit: (question) => ask('warning', [question.quit, question.cancel], 1, question),
  askRestart: (question) => ask('info', [question.restart, question.later], 0, question),
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

/** The open dialog for files in and out: files and folders to upload, or the folder to download into. */
export async function pickPaths(what: 'upload' | 'downloadFolder'): Promise<string[]> {
  const { canceled, filePaths } = await dialog.showOpenDialog({
    properties:
      what === 'upload'
        ? ['openFile', 'openDirectory', 'multiSelections', 'dontAddToRecent']
        : ['openDirectory', 'createDirectory', 'dontAddToRecent'],
  });
  return canceled ? [] : filePaths;
}
