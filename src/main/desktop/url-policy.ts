/** The scheme and host the app's own pages are served from (see app/renderer-protocol.ts). */
export const APP_SCHEME = 'danlu';
export const APP_ORIGIN = `${APP_SCHEME}://app`;

/** A link that may be handed to the system browser: only https:, and no credentials in it. */
export function isExternalLink(url: string): boolean {
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' && parsed.username === '' && parsed.password === '';
  } catch {
    return false;
  }
}

/** True when `url` is on exactly `origin` (scheme, host and port). */
export function isSameOrigin(url: string, origin: string): boolean {
  try {
    const a = new URL(url);
    const b = new URL(origin);
    return a.protocol === b.protocol && a.host === b.host;
  } catch {
    return false;
  }
}
