import { accessWords } from './access';
import { accountWords } from './account';
import { bootstrapWords } from './bootstrap';
import { cloudErrorWords } from './cloud-error';
import { desktopWords } from './desktop';
import { errorWords } from './error';
import { inputWords } from './input';
import { launchWords } from './launch';
import { notebookWords } from './notebook';
import { noticeWords } from './notice';
import { operationWords } from './operation';
import { pricesWords } from './prices';
import { resourcesWords } from './resources';
import { sessionWords } from './session';
import { settingsWords } from './settings';
import { shellWords } from './shell';
import { sshConfigWords } from './ssh-config';
import { trayWords } from './tray';
import { trustWords } from './trust';
import { updateWords } from './update';
import { waitWords } from './wait';

/**
 * Every sentence a person reads, by area: the window's own words and what main says (errors,
 * step details, log lines, notices, the tray). Each table's keys start with its area, which is
 * its file's name. Main raises keys with parameters; the window's i18next resources are built
 * from the same tables.
 */
export const wordTables = {
  access: accessWords,
  account: accountWords,
  bootstrap: bootstrapWords,
  'cloud-error': cloudErrorWords,
  desktop: desktopWords,
  error: errorWords,
  input: inputWords,
  launch: launchWords,
  notebook: notebookWords,
  notice: noticeWords,
  operation: operationWords,
  prices: pricesWords,
  resources: resourcesWords,
  session: sessionWords,
  settings: settingsWords,
  shell: shellWords,
  'ssh-config': sshConfigWords,
  tray: trayWords,
  trust: trustWords,
  update: updateWords,
  wait: waitWords,
};

export const words = {
  ...accessWords,
  ...accountWords,
  ...bootstrapWords,
  ...cloudErrorWords,
  ...desktopWords,
  ...errorWords,
  ...inputWords,
  ...launchWords,
  ...notebookWords,
  ...noticeWords,
  ...operationWords,
  ...pricesWords,
  ...resourcesWords,
  ...sessionWords,
  ...settingsWords,
  ...shellWords,
  ...sshConfigWords,
  ...trayWords,
  ...trustWords,
  ...updateWords,
  ...waitWords,
};

export type WordKey = keyof typeof words;
