import { shell } from 'electron';
import type { ExternalPort } from '../desktop/ports';
import { isExternalLink } from '../desktop/url-policy';

/** The browser for https links, the file manager for a file. */
export const appExternal: ExternalPort = {
  openExternal(url) {
    if (isExternalLink(url)) void shell.openExternal(url);
  },
  showItem(path) {
    shell.showItemInFolder(path);
  },
};
