import { dialog } from 'electron';
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
};
