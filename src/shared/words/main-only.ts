import { cloudErrorWords } from './cloud-error';
import { noticeWords } from './notice';
import { sshConfigWords } from './ssh-config';
import { trayWords } from './tray';

/**
 * The tables whose sentences only main words: cloud errors and notices leave main already in
 * both languages, the tray and ~/.ssh/config are main's own. The window's build replaces this
 * file with main-only.window.ts (electron.vite.config.mts), so its first script stays small.
 */
export const mainOnlyTables = {
  'cloud-error': cloudErrorWords,
  notice: noticeWords,
  'ssh-config': sshConfigWords,
  tray: trayWords,
};
