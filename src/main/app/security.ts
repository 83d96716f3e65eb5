import { app, session, shell, type WebContents } from 'electron';
import { isExternalLink, isSameOrigin } from '../desktop/url-policy';

/** Web contents allowed another origin than the app's (the notebook views, each its own). */
const ownOrigins = new WeakMap<WebContents, string>();

/** Lets one web contents navigate within `origin` only (instead of the app's origin). */
export function confineTo(contents: WebContents, origin: string): void {
  ownOrigins.set(contents, origin);
}

/**
 * The Electron security checklist, applied to every web contents the app ever creates:
 * permissions denied by default, navigation kept to the contents' own origin, new windows
 * refused (http(s) links go to the system browser), <webview> refused.
 */
export function applySecurityPolicy(appOrigin: () => string): void {
  session.defaultSession.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.defaultSession.setPermissionCheckHandler(() => false);

  app.on('web-contents-created', (_event, contents) => {
    const guard = (event: { preventDefault(): void }, url: string) => {
      if (!isSameOrigin(url, ownOrigins.get(contents) ?? appOrigin())) event.preventDefault();
    };
    contents.on('will-navigate', guard);
    contents.on('will-redirect', guard);
    contents.on('will-attach-webview', (event) => event.preventDefault());
    contents.setWindowOpenHandler(({ url }) => {
      if (isExternalLink(url) && !ownOrigins.has(contents)) void shell.openExternal(url);
      return { action: 'deny' };
    });
  });
}
