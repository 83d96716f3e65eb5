import { accessWords } from './access';
import { accountWords } from './account';
import { bootstrapWords } from './bootstrap';
import { desktopWords } from './desktop';
import { errorWords } from './error';
import { filesWords } from './files';
import { gpuWords } from './gpu';
import { inputWords } from './input';
import { launchWords } from './launch';
import { machineLinkWords } from './machine-link';
import { mainOnlyTables } from './main-only';
import { notebookWords } from './notebook';
import { notifyWords } from './notify';
import { operationWords } from './operation';
import { portsWords } from './ports';
import { pricesWords } from './prices';
import { resourcesWords } from './resources';
import { sessionWords } from './session';
import { settingsWords } from './settings';
import { shellWords } from './shell';
import { trustWords } from './trust';
import { updateWords } from './update';
import { waitWords } from './wait';

/**
 * Every sentence a person reads, by area: the window's own words and what main says (errors,
 * step details, log lines, notices, the tray). Each table's keys start with its area, which is
 * its file's name. Main raises keys with parameters; the window's i18next resources are built
 * from the same tables (less the ones only main words, see main-only.ts).
 */
export const wordTables = {
  access: accessWords,
  account: accountWords,
  bootstrap: bootstrapWords,
  desktop: desktopWords,
  error: errorWords,
  files: filesWords,
  gpu: gpuWords,
  input: inputWords,
  launch: launchWords,
  'machine-link': machineLinkWords,
  notebook: notebookWords,
  notify: notifyWords,
  operation: operationWords,
  ports: portsWords,
  prices: pricesWords,
  resources: resourcesWords,
  session: sessionWords,
  settings: settingsWords,
  shell: shellWords,
  trust: trustWords,
  update: updateWords,
  wait: waitWords,
  ...mainOnlyTables,
};

export const words = {
  ...accessWords,
  ...accountWords,
  ...bootstrapWords,
  ...desktopWords,
  ...errorWords,
  ...filesWords,
  ...gpuWords,
  ...inputWords,
  ...launchWords,
  ...machineLinkWords,
  ...notebookWords,
  ...notifyWords,
  ...operationWords,
  ...portsWords,
  ...pricesWords,
  ...resourcesWords,
  ...sessionWords,
  ...settingsWords,
  ...shellWords,
  ...trustWords,
  ...updateWords,
  ...waitWords,
  ...mainOnlyTables['cloud-error'],
  ...mainOnlyTables.notice,
  ...mainOnlyTables['ssh-config'],
  ...mainOnlyTables.tray,
};

export type WordKey = keyof typeof words;
