import { app, session, shell } from 'electron';
import { isExternalLink, isSameOrigin } from '../security/url-policy';

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
      if (!isSameOrigin(url, appOrigin())) event.preventDefault();
    };
    contents.on('will-navigate', guard);
    contents.on('will-redirect', guard);
    contents.on('will-attach-webview', (event) => event.preventDefault());
    contents.setWindowOpenHandler(({ url }) => {
      if (isExternalLink(url)) void shell.openExternal(url);
      return { action: 'deny' };
    });
  });
}
